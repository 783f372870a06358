import { useQuery } from "@apollo/client/react";
import { Alert, Empty, Space, Spin, Table, Timeline, Typography } from "antd";
import { OrderDetailDocument } from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { formatTime, formatYuan } from "../../lib/format";
import { EVENT_KIND, eventValue, TENDER } from "./labels";

/** An order's discounts (with the line each applies to) and its history, oldest change first. */
export function OrderHistory({ orderId, lines }: { orderId: string; lines: { description: string }[] }) {
  const { data, loading, error } = useQuery(OrderDetailDocument, { variables: { id: orderId }, fetchPolicy: "network-only" });
  if (loading && !data) return <Spin />;
  if (error) return <Alert type="error" showIcon message="无法加载订单记录" description={topLevelMessage(error)} />;
  const order = data?.node?.__typename === "Order" ? data.node : null;
  if (!order) return null;
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      {order.discounts.length > 0 && (
        <Table size="small" pagination={false} rowKey={(_, i) => String(i)} dataSource={order.discounts}
          data-testid="order-discounts" title={() => "优惠明细"} columns={[
            { title: "优惠", dataIndex: "label" },
            { title: "适用", render: (_, d) => (d.line === null || d.line === undefined ? "整单" : lines[d.line]?.description ?? `第 ${d.line + 1} 行`) },
            { title: "金额", align: "right", render: (_, d) => `-${formatYuan(d.amount.fen)}` },
            { title: "原因", render: (_, d) => d.reason ?? "" },
          ]} />
      )}
      <div data-testid="order-history">
        <Typography.Title level={5}>订单记录</Typography.Title>
        {order.history.length === 0 ? <Empty description="暂无记录" /> : (
          <Timeline items={order.history.map((e, i) => ({
            key: i,
            color: e.kind === "REFUND" ? "orange" : e.kind === "PAYMENT" ? "green" : "blue",
            children: (
              <div data-testid="order-event">
                <Typography.Text strong>{EVENT_KIND[e.kind] ?? e.kind}</Typography.Text>{" "}
                {eventValue(e.kind, e.fromValue)} → {eventValue(e.kind, e.toValue)}
                {e.tender && <>　{TENDER[e.tender] ?? e.tender}</>}
                {e.amount && <>　{formatYuan(e.amount.fen)}</>}
                <div><Typography.Text type="secondary">{e.actorLabel}　{formatTime(e.at)}</Typography.Text></div>
              </div>
            ),
          }))} />
        )}
      </div>
    </Space>
  );
}
