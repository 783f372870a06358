// 基本资料 of the member page: the profile as the API gives it (the phone masked unless revealed by who may see it)
// and the tags, edited in place by who manages members.
import { ProCard, ProDescriptions } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Button, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { MemberTagsUpdateDocument, type MemberFieldsFragment } from "../../gql/graphql";
import { formatTime } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { CHANNEL_LABELS, maskPhone } from "./growth";
import { cleanTags } from "./member360";

const GENDERS = { MALE: "男", FEMALE: "女", UNKNOWN: "未知" } as const;
const VEHICLE_TYPES: Record<string, string> = {
  CAR: "轿车", SUV: "SUV", MPV: "MPV", VAN: "面包车", TRUCK: "货车", BUS: "客车", MOTORCYCLE: "摩托车", OTHER: "其他",
};

function TagsEditor({ member }: { member: MemberFieldsFragment }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<string[] | null>(null);
  const [update, { loading }] = useMutation(MemberTagsUpdateDocument);
  const save = async () => {
    const tags = cleanTags(editing ?? []);
    const ok = await submitMutation(
      async () => (await update({ variables: { id: member.id, tags } })).data?.memberUpdate,
      { notify: message, success: "标签已保存" },
    );
    if (ok) setEditing(null);
  };
  if (editing !== null) {
    return (
      <Space wrap data-testid="member-tags-editor">
        <Select mode="tags" style={{ minWidth: 280 }} value={editing} onChange={setEditing} placeholder="输入标签后回车"
          tokenSeparators={[",", "，"]} open={false} data-testid="member-tags-input" />
        <Button size="small" type="primary" loading={loading} onClick={() => void save()} data-testid="member-tags-save">保存</Button>
        <Button size="small" onClick={() => setEditing(null)}>取消</Button>
      </Space>
    );
  }
  return (
    <Space wrap data-testid="member-tags">
      {member.tags.length ? member.tags.map((t) => <Tag key={t}>{t}</Tag>) : "—"}
      {can("MANAGE_MEMBERS") && (
        <Button size="small" type="link" onClick={() => setEditing([...member.tags])} data-testid="member-tags-edit">编辑标签</Button>
      )}
    </Space>
  );
}

export function MemberProfile({ member }: { member: MemberFieldsFragment }) {
  const { can } = useSession();
  const [revealed, setRevealed] = useState(false);
  const mayReveal = can("VIEW_PHONE_NUMBERS");
  return (
    <ProCard title="基本资料" bordered data-testid="member-360-profile">
      <ProDescriptions<MemberFieldsFragment> column={3} dataSource={member}>
        <ProDescriptions.Item label="会员号">{member.number}</ProDescriptions.Item>
        <ProDescriptions.Item label="手机号">
          <Space>
            <span data-testid="member-phone">
              {member.phone ? (revealed && mayReveal ? member.phone : maskPhone(member.phone)) : "—"}
            </span>
            {mayReveal && member.phone && (
              <Button size="small" type="link" onClick={() => setRevealed(!revealed)}>
                {revealed ? "隐藏" : "显示完整号码"}
              </Button>
            )}
          </Space>
        </ProDescriptions.Item>
        <ProDescriptions.Item label="姓名"><span data-testid="member-name">{member.name || "—"}</span></ProDescriptions.Item>
        <ProDescriptions.Item label="性别">{GENDERS[member.gender]}</ProDescriptions.Item>
        <ProDescriptions.Item label="生日">{member.birthday ?? "—"}</ProDescriptions.Item>
        <ProDescriptions.Item label="注册渠道">
          {member.channel ? CHANNEL_LABELS[member.channel] : "—"}
          {member.referrer && `（推荐人：${member.referrer.name}${member.referrer.employeeCode ? ` ${member.referrer.employeeCode}` : ""}）`}
        </ProDescriptions.Item>
        <ProDescriptions.Item label="微信">{member.hasWechat ? "已绑定小程序" : "未绑定"}</ProDescriptions.Item>
        <ProDescriptions.Item label="营销授权">
          {member.marketingConsent ? `已同意（${formatTime(member.marketingConsentAt)}）` : "未同意"}
        </ProDescriptions.Item>
        <ProDescriptions.Item label="注册时间">{formatTime(member.registeredAt)}</ProDescriptions.Item>
        <ProDescriptions.Item label="标签" span={3}><TagsEditor member={member} /></ProDescriptions.Item>
      </ProDescriptions>
    </ProCard>
  );
}

export function MemberVehicles({ member }: { member: MemberFieldsFragment }) {
  return (
    <ProCard title="车辆" bordered data-testid="member-360-vehicles">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={member.vehicles}
        locale={{ emptyText: "暂无车辆" }}
        columns={[
          { title: "车牌", dataIndex: "plate", render: (plate: string, v) => <Tag color={v.newEnergy ? "green" : "blue"}>{plate}</Tag> },
          { title: "车型", dataIndex: "vehicleType", render: (t: string) => VEHICLE_TYPES[t] ?? t },
          { title: "新能源", dataIndex: "newEnergy", render: (n: boolean) => (n ? "是" : "否") },
        ]}
      />
    </ProCard>
  );
}
