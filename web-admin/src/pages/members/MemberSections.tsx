// The member page's other sections: tier progress, stored-value cards (each opening the card's drawer), recent
// orders (each linking to its detail on the orders page), the ride-hailing certification and coupons.
import { ProCard } from "@ant-design/pro-components";
import { useQuery } from "@apollo/client/react";
import { Alert, Descriptions, Empty, Progress, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { MemberCardsDocument, MemberOrdersDocument, type MemberProfileQuery } from "../../gql/graphql";
import { formatTime, formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";
import { CardDetail } from "../cards/CardDetail";
import { CARD_KIND, CARD_STATE, CARD_STATE_COLOR } from "../cards/labels";
import { CERTIFICATION_STATUS, formatLitres } from "../loyalty/labels";
import { ORDER_STATUS } from "../orders/labels";
import { nextTierHint, tendersPaid } from "./member360";

type Profile = NonNullable<MemberProfileQuery["member"]>;
const RECENT_ORDERS = 10;

export function TierProgressCard({ progress }: { progress: Profile["tierProgress"] }) {
  const shown = progress.progressPct !== null && progress.progressPct !== undefined;
  return (
    <div data-testid="member-360-tier">
      <Descriptions column={3} size="small">
        <Descriptions.Item label="当前等级">
          {progress.tier ? <Tag color="gold" data-testid="member-tier">{progress.tier.name}</Tag> : "未设置等级"}
        </Descriptions.Item>
        <Descriptions.Item label="下一等级">{progress.nextTier?.name ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={`近 ${progress.windowDays} 天`}>
          {progress.spend && progress.volume
            ? `消费 ${formatYuan(progress.spend.fen)} · 加油 ${formatLitres(progress.volume.ml)}`
            : "仅全公司订单查看权限可见"}
        </Descriptions.Item>
      </Descriptions>
      {shown && progress.nextTier && <Progress percent={progress.progressPct ?? 0} size="small" data-testid="member-tier-progress" />}
      <Typography.Text type="secondary" data-testid="member-tier-hint">{nextTierHint(progress)}</Typography.Text>
    </div>
  );
}

export function MemberCards({ memberId }: { memberId: string }) {
  const { can } = useSession();
  const [open, setOpen] = useState<string | null>(null);
  const cards = useQuery(MemberCardsDocument, { variables: { id: memberId }, fetchPolicy: "network-only" });
  const rows = cards.data?.member?.cards ?? [];
  return (
    <ProCard
      title="储值卡"
      bordered
      data-testid="member-360-cards"
      extra={can("MANAGE_CARDS") ? <Link to="/cards">储值卡管理</Link> : null}
    >
      {cards.error && <Alert type="error" showIcon message="储值卡加载失败" />}
      <Table
        size="small"
        rowKey="id"
        loading={cards.loading}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: "暂无储值卡" }}
        onRow={() => ({ "data-testid": "member-card-row" }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: "卡号", dataIndex: "number", render: (n: string, c) => <a onClick={() => setOpen(c.id)}>{n}</a> },
          { title: "制卡规则", render: (_, c) => c.product.name },
          { title: "类型", render: (_, c) => `${CARD_KIND[c.kind]}${c.role === "CHILD" ? " · 子卡" : ""}` },
          { title: "状态", render: (_, c) => <Tag color={CARD_STATE_COLOR[c.state]}>{CARD_STATE[c.state]}</Tag> },
          { title: "本金", align: "right", render: (_, c) => formatYuan(Number(c.balance.principal.fen)) },
          { title: "赠送金", align: "right", render: (_, c) => formatYuan(Number(c.balance.bonus.fen)) },
          { title: "可用合计", align: "right", render: (_, c) => <span data-testid="member-card-total">{formatYuan(Number(c.balance.total.fen))}</span> },
          { title: "发卡时间", render: (_, c) => formatTime(c.createdAt) },
        ]}
      />
      <CardDetail cardId={open} onClose={() => setOpen(null)} onChanged={() => void cards.refetch()} />
    </ProCard>
  );
}

export function MemberOrders({ memberId }: { memberId: string }) {
  const orders = useQuery(MemberOrdersDocument, { variables: { memberId, first: RECENT_ORDERS }, fetchPolicy: "network-only" });
  const page = orders.data?.orders;
  return (
    <ProCard
      title={page ? `最近订单（共 ${page.totalCount} 笔）` : "最近订单"}
      bordered
      data-testid="member-360-orders"
      tooltip="只列出您有权查看的站点的订单"
    >
      {orders.error && <Alert type="error" showIcon message="订单加载失败" />}
      <Table
        size="small"
        rowKey="id"
        loading={orders.loading}
        pagination={false}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: "暂无订单" }}
        onRow={() => ({ "data-testid": "member-order-row" }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: "单号", dataIndex: "number", render: (n: string, o) => <Link to={`/orders?order=${encodeURIComponent(o.id)}`}>{n}</Link> },
          { title: "时间", render: (_, o) => formatTime(o.paidAt ?? o.createdAt) },
          { title: "站点", render: (_, o) => o.station.name },
          { title: "状态", render: (_, o) => ORDER_STATUS[o.status]?.text ?? o.status },
          { title: "金额", align: "right", render: (_, o) => formatYuan(Number(o.payable.fen)) },
          { title: "支付方式", render: (_, o) => tendersPaid(o.payments) },
          { title: "车牌", render: (_, o) => o.vehiclePlate ?? "—" },
        ]}
      />
    </ProCard>
  );
}

export function MemberCertification({ certification }: { certification: Profile["certification"] }) {
  const { can } = useSession();
  return (
    <ProCard
      title="网约车司机认证"
      bordered
      data-testid="member-360-certification"
      extra={can("REVIEW_CERTIFICATIONS") && certification?.status === "PENDING" ? <Link to="/certifications">去审核</Link> : null}
    >
      {certification ? (
        <Descriptions column={3} size="small">
          <Descriptions.Item label="状态">
            <Space>
              <Tag color={CERTIFICATION_STATUS[certification.status].color} data-testid="member-certification-status">
                {CERTIFICATION_STATUS[certification.status].text}
              </Tag>
              {certification.certified && <Tag color="green">已认证司机</Tag>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="平台">{certification.platform}</Descriptions.Item>
          <Descriptions.Item label="车牌">{certification.plate}</Descriptions.Item>
          <Descriptions.Item label="提交时间">{formatTime(certification.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label="审核时间">{formatTime(certification.reviewedAt)}</Descriptions.Item>
          {certification.reason && <Descriptions.Item label="审核意见">{certification.reason}</Descriptions.Item>}
        </Descriptions>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未申请认证" />
      )}
    </ProCard>
  );
}

export function MemberCoupons() {
  return (
    <ProCard title="优惠券" bordered data-testid="member-360-coupons">
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="优惠券功能即将上线" />
    </ProCard>
  );
}
