import { CloseOutlined, UserOutlined } from "@ant-design/icons";
import { useApolloClient } from "@apollo/client/react";
import { Alert, Button, Input, List, Select, Space, Typography } from "antd";
import { useState } from "react";
import { PosMemberLookupDocument, type PosMemberFieldsFragment } from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { useSession } from "../../lib/session";
import { maskPhone } from "../members/growth";
import { classifyMemberInput, initialPlate, lookupVariables, type MemberQuery } from "./member";
import { MemberRegister } from "./MemberRegister";

export type PosMember = PosMemberFieldsFragment;

/** The driver the checkout is for, and the plate recorded with the sale. */
export interface Driver {
  member: PosMember;
  plate: string | null;
}

/** The checkout's 会员 area: the cashier types a phone number or plate, or scans the member code the driver
 * shows (digits and Enter), and the member found is identified; a plate several members share asks which one;
 * a phone that is no member's may be registered on the spot. Esc in the field or ✕ clears the member. */
export function MemberPanel({ driver, onChange }: { driver: Driver | null; onChange: (driver: Driver | null) => void }) {
  const client = useApolloClient();
  const { can } = useSession();
  const [text, setText] = useState("");
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [matches, setMatches] = useState<{ query: MemberQuery; members: PosMember[] } | null>(null);
  const [unknownPhone, setUnknownPhone] = useState<string | null>(null);
  const [registering, setRegistering] = useState<string | null>(null);

  const reset = () => {
    setText("");
    setProblem(null);
    setMatches(null);
    setUnknownPhone(null);
  };
  const choose = (member: PosMember, query: MemberQuery) => {
    reset();
    onChange({ member, plate: initialPlate(query, member.vehicles) });
  };
  const clear = () => {
    reset();
    onChange(null);
  };

  const lookUp = async () => {
    const input = classifyMemberInput(text);
    if (!input || searching) return;
    setProblem(null);
    setMatches(null);
    setUnknownPhone(null);
    if (input.by === "unknown") {
      setProblem(input.message);
      return;
    }
    setSearching(true);
    try {
      const result = (await client.query({
        query: PosMemberLookupDocument, variables: lookupVariables(input), fetchPolicy: "no-cache",
      })).data?.memberLookup;
      if (input.by === "memberCode") setText("");  // used once: never looked up again
      if (!result) return;
      if (result.errors.length > 0) setProblem(result.errors.map((e) => e.message).join("；"));
      else if (result.members.length === 1) choose(result.members[0], input);
      else if (result.members.length > 1) setMatches({ query: input, members: result.members });
      else if (input.by === "phone") setUnknownPhone(input.phone);
      else if (input.by === "plate") setProblem(`车牌 ${input.plate} 未绑定会员`);
      else if (input.by === "cardNumber") setProblem(`卡号 ${input.cardNumber} 未找到持卡会员（不记名卡、已挂失或已销户的卡不能识别会员）`);
      else setProblem("未找到会员");
    } catch (error) {
      setProblem(topLevelMessage(error));
    } finally {
      setSearching(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="member-panel">
      <Input.Search size="large" placeholder="手机号、车牌号、卡号，或扫描会员码" value={text} loading={searching}
        enterButton="识别" data-testid="member-input" prefix={<UserOutlined />}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" || e.key === "Escape") e.stopPropagation();
          if (e.key === "Escape") clear();
        }}
        onSearch={() => void lookUp()} />
      {problem && <Typography.Text type="danger" data-testid="member-problem">{problem}</Typography.Text>}
      {matches && (
        <List size="small" bordered header={`${matches.members.length} 位会员绑定了该车牌，请选择`} dataSource={matches.members}
          renderItem={(member) => (
            <List.Item data-testid="member-match" style={{ cursor: "pointer" }} onClick={() => choose(member, matches.query)}>
              <span>{member.number} {member.name ?? ""}</span>
              <span>{member.phone ? maskPhone(member.phone) : ""}</span>
            </List.Item>
          )} />
      )}
      {unknownPhone && (
        <Alert type="info" showIcon data-testid="member-not-found" message={`${maskPhone(unknownPhone)} 还不是会员`}
          action={can("REGISTER_MEMBERS") ? (
            <Button size="small" type="primary" onClick={() => setRegistering(unknownPhone)} data-testid="member-register-open">
              登记会员
            </Button>
          ) : null} />
      )}
      {driver && (
        <div data-testid="member-identified" style={{ border: "1px solid #91caff", background: "#e6f4ff", borderRadius: 8, padding: 12 }}>
          <Space style={{ width: "100%", justifyContent: "space-between" }}>
            <Space size="middle" style={{ fontSize: 16 }}>
              <span>会员号 <strong data-testid="member-number">{driver.member.number}</strong></span>
              {driver.member.name && <span data-testid="member-name">{driver.member.name}</span>}
              {driver.member.phone && <span data-testid="member-phone">{maskPhone(driver.member.phone)}</span>}
            </Space>
            <Button type="text" icon={<CloseOutlined />} aria-label="清除会员" onClick={clear} data-testid="member-clear" />
          </Space>
          {(driver.member.vehicles.length > 0 || driver.plate) && (
            <Select size="large" allowClear placeholder="车牌（选填）" style={{ width: "100%", marginTop: 8 }} data-testid="member-plate"
              value={driver.plate ?? undefined} onChange={(plate?: string) => onChange({ ...driver, plate: plate ?? null })}
              onKeyDown={(e) => { if (e.key === "Enter" || e.key === "Escape") e.stopPropagation(); }}
              options={[...new Set([...driver.member.vehicles.map((v) => v.plate), ...(driver.plate ? [driver.plate] : [])])]
                .map((plate) => ({ value: plate, label: plate }))} />
          )}
        </div>
      )}
      <MemberRegister phone={registering} onClose={() => setRegistering(null)}
        onRegistered={(member) => {
          setRegistering(null);
          choose(member, { by: "phone", phone: member.phone ?? "" });
        }} />
    </Space>
  );
}
