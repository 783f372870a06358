import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { App, Empty, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import {
  CurrentShiftDocument,
  PaymentRefreshDocument,
  PosOrderReceiptDocument,
  PosOrderVoidDocument,
  PosShiftOrdersDocument,
  type PosOrderFieldsFragment,
} from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { formatTime, formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";
import { ORDER_STATUS, PAYMENT_STATUS, REFUND_STATUS, TENDER } from "../orders/labels";
import { driverLabel } from "./member";
import { ReasonDialog } from "./ReasonDialog";
import { ReceiptModal } from "./ReceiptModal";
import { RefundDialog, type RefundTarget } from "./RefundDialog";

type Order = PosOrderFieldsFragment;

const STATUS_COLOR: Record<string, string> = {
  AWAITING_PAYMENT: "orange", PAID: "green", PARTIALLY_REFUNDED: "blue", REFUNDED: "default", VOIDED: "default",
  DRIVE_OFF: "red",
};

/** The open shift's orders, newest first, with the driver when identified: the receipt again, a pending payment
 * asked again, an unpaid order voided (MANAGE_ORDERS), a payment refunded (REFUND_PAYMENTS). */
export function ShiftOrders({ stationId }: { stationId: string }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const client = useApolloClient();
  const shift = useQuery(CurrentShiftDocument, { variables: { stationId } }).data?.currentShift ?? null;
  const { data, loading, refetch } = useQuery(PosShiftOrdersDocument, {
    variables: { shiftId: shift?.id ?? "" }, skip: !shift, pollInterval: 10000,
  });
  const [refresh] = useMutation(PaymentRefreshDocument);
  const [voidOrder] = useMutation(PosOrderVoidDocument, { refetchQueries: ["PosShiftOrders", "Fuelings"] });
  const [receipt, setReceipt] = useState<{ number: string; receiptHtml: string } | null>(null);
  const [voiding, setVoiding] = useState<Order | null>(null);
  const [refunding, setRefunding] = useState<RefundTarget | null>(null);
  const orders = shift ? data?.orders.edges.map((e) => e.node) ?? [] : [];

  const showReceipt = async (order: Order) => {
    try {
      const node = (await client.query({ query: PosOrderReceiptDocument, variables: { id: order.id }, fetchPolicy: "network-only" })).data?.node;
      if (node?.__typename === "Order") setReceipt(node);
    } catch (error) {
      message.error(topLevelMessage(error));
    }
  };
  const ask = async (paymentId: string) => {
    try {
      const order = (await refresh({ variables: { paymentId } })).data?.paymentRefresh;
      const payment = order?.payments.find((p) => p.id === paymentId);
      message.info(`${PAYMENT_STATUS[payment?.status ?? ""] ?? "未知"}${payment?.channelMessage ? `：${payment.channelMessage}` : ""}`);
      await refetch();
    } catch (error) {
      message.error(topLevelMessage(error));
    }
  };

  if (!shift) return <Empty description="未开班" />;
  return (
    <>
      <List loading={loading && !data} dataSource={orders} locale={{ emptyText: <Empty description="本班暂无订单" /> }}
        renderItem={(order) => (
          <List.Item data-testid="shift-order" actions={[
            <a key="receipt" onClick={() => void showReceipt(order)}>小票</a>,
            ...(order.status === "AWAITING_PAYMENT" && can("MANAGE_ORDERS")
              ? [<a key="void" onClick={() => setVoiding(order)} data-testid="order-void">作废</a>] : []),
          ]}>
            <List.Item.Meta
              title={<Space>
                <span>{order.number}</span>
                <Tag color={STATUS_COLOR[order.status]}>{ORDER_STATUS[order.status]?.text ?? order.status}</Tag>
                <strong>{formatYuan(order.payable.fen)}</strong>
              </Space>}
              description={<Space direction="vertical" size={2} style={{ width: "100%" }}>
                <span>{formatTime(order.createdAt).slice(11)} · {order.lines.map((l) => l.description).join("，")}</span>
                {driverLabel(order.member, order.vehiclePlate) && (
                  <span data-testid="shift-order-driver">{driverLabel(order.member, order.vehiclePlate)}</span>
                )}
                {order.payments.map((p) => (
                  <Space key={p.id} size="small">
                    <span>{TENDER[p.tender] ?? p.tender} {formatYuan(p.amount.fen)}</span>
                    <Typography.Text type={p.status === "SUCCEEDED" ? "success" : p.status === "PENDING" ? "warning" : "danger"}>
                      {PAYMENT_STATUS[p.status] ?? p.status}
                    </Typography.Text>
                    {p.status === "PENDING" && <a onClick={() => void ask(p.id)}>查询</a>}
                    {p.status === "SUCCEEDED" && can("REFUND_PAYMENTS") && (
                      <a data-testid="payment-refund" onClick={() => setRefunding({ order, payment: p })}>退款</a>
                    )}
                  </Space>
                ))}
                {order.refunds.map((r) => (
                  <Typography.Text key={r.id} type="secondary">退款 {formatYuan(r.amount.fen)}（{REFUND_STATUS[r.status] ?? r.status}）</Typography.Text>
                ))}
              </Space>}
            />
          </List.Item>
        )} />
      <ReceiptModal order={receipt} onClose={() => setReceipt(null)} />
      <ReasonDialog title={voiding ? `作废订单 ${voiding.number}` : ""} open={voiding !== null} okText="作废" success="订单已作废"
        run={async (reason) => (await voidOrder({ variables: { orderId: voiding!.id, reason } })).data?.orderVoid}
        onDone={() => undefined} onClose={() => setVoiding(null)}>
        <p>作废后，该订单的加油记录回到待支付，可重新结账。</p>
      </ReasonDialog>
      <RefundDialog target={refunding} onClose={() => setRefunding(null)} />
    </>
  );
}
