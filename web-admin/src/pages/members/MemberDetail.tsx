// A member's profile in a drawer: vehicles, tags, channel, points and tier; the phone masked, revealed only for those who may see it.
import { ProDescriptions } from "@ant-design/pro-components";
import { Button, Drawer, Space, Table, Tag } from "antd";
import { useState } from "react";
import type { MemberFieldsFragment } from "../../gql/graphql";
import { formatTime } from "../../lib/format";
import { useSession } from "../../lib/session";
import { MemberPointsSection } from "../loyalty/MemberPointsSection";
import { CHANNEL_LABELS, maskPhone } from "./growth";

const GENDERS = { MALE: "男", FEMALE: "女", UNKNOWN: "未知" } as const;
const VEHICLE_TYPES: Record<string, string> = {
  CAR: "轿车", SUV: "SUV", MPV: "MPV", VAN: "面包车", TRUCK: "货车", BUS: "客车", MOTORCYCLE: "摩托车", OTHER: "其他",
};

export function MemberDetail({ member, onClose }: { member: MemberFieldsFragment | null; onClose: () => void }) {
  const { can } = useSession();
  const [revealed, setRevealed] = useState(false);
  const mayReveal = can("VIEW_PHONE_NUMBERS");
  const close = () => {
    setRevealed(false);
    onClose();
  };
  return (
    <Drawer title={member ? `会员 ${member.number}` : ""} open={!!member} onClose={close} width={560}>
      {member && (
        <>
          <ProDescriptions<MemberFieldsFragment> column={1} dataSource={member}>
            <ProDescriptions.Item label="会员号" dataIndex="number" />
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
            <ProDescriptions.Item label="姓名">{member.name || "—"}</ProDescriptions.Item>
            <ProDescriptions.Item label="性别">{GENDERS[member.gender]}</ProDescriptions.Item>
            <ProDescriptions.Item label="生日">{member.birthday ?? "—"}</ProDescriptions.Item>
            <ProDescriptions.Item label="标签">
              {member.tags.length ? member.tags.map((t) => <Tag key={t}>{t}</Tag>) : "—"}
            </ProDescriptions.Item>
            <ProDescriptions.Item label="注册渠道">
              {member.channel ? CHANNEL_LABELS[member.channel] : "—"}
              {member.referrer && `（推荐人：${member.referrer.name}${member.referrer.employeeCode ? ` ${member.referrer.employeeCode}` : ""}）`}
            </ProDescriptions.Item>
            <ProDescriptions.Item label="微信">{member.hasWechat ? "已绑定小程序" : "未绑定"}</ProDescriptions.Item>
            <ProDescriptions.Item label="营销授权">
              {member.marketingConsent ? `已同意（${formatTime(member.marketingConsentAt)}）` : "未同意"}
            </ProDescriptions.Item>
            <ProDescriptions.Item label="注册时间">{formatTime(member.registeredAt)}</ProDescriptions.Item>
          </ProDescriptions>
          <Table
            size="small"
            rowKey="id"
            title={() => "车辆"}
            pagination={false}
            dataSource={member.vehicles}
            columns={[
              { title: "车牌", dataIndex: "plate", render: (plate: string, v) => <Tag color={v.newEnergy ? "green" : "blue"}>{plate}</Tag> },
              { title: "车型", dataIndex: "vehicleType", render: (t: string) => VEHICLE_TYPES[t] ?? t },
            ]}
          />
          <MemberPointsSection key={member.id} memberId={member.id} />
        </>
      )}
    </Drawer>
  );
}
