import { PageContainer, ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Descriptions, Drawer, Form, Input, Modal, Space, Table, Tag } from "antd";
import { useEffect, useRef, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { OrderByIdDocument, OrdersDocument, RefundCreateDocument, type OrderRowFieldsFragment } from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime, formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { yuanToFen } from "../pos/money";
import { ORDER_STATUS, PAYMENT_STATUS, REFUND_STATUS, TENDER } from "./labels";
import { OrderHistory } from "./OrderHistory";

type Order = OrderRowFieldsFragment;
type Payment = Order["payments"][number];

function RefundForm({ payment, onDone }: { payment: Payment; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ amount: string; reason: string }>();
  const [refund, { loading }] = useMutation(RefundCreateDocument);
  const key = useRef(crypto.randomUUID());
  const submit = async () => {
    const values = await form.validateFields();
    const ok = await submitMutation(async () => (await refund({ variables: { input: {
      paymentId: payment.id, amountFen: yuanToFen(values.amount) ?? 0, reason: values.reason,
      idempotencyKey: key.current,
    } } })).data?.refundCreate, { form, fields: ["amountFen", "reason"], notify: message, success: "退款已提交" });
    if (ok) onDone();
  };
  return (
    <Form form={form} layout="inline" onFinish={() => void submit()}>
      <Form.Item name="amount" rules={[{ required: true, message: "金额" }]}>
        <Input placeholder="退款金额（元）" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="reason" rules={[{ required: true, message: "原因" }]}>
        <Input placeholder="退款原因" style={{ width: 180 }} />
      </Form.Item>
      <Button htmlType="submit" loading={loading} danger>退款</Button>
    </Form>
  );
}

/** "M0001 李师傅 138****1234 · 川A12345": who the order was for, as the list and the detail show it. */
function driverLabel(member: { number: string; name?: string | null; phone?: string | null },
  plate: string | null | undefined): string {
  return [member.number, member.name, member.phone].filter(Boolean).join(" ") + (plate ? ` · ${plate}` : "");
}

/** Orders of the stations in scope, newest first; the detail shows lines, payments, refunds, discounts and the
 * order's history; refunds per payment. `?order=<id>` opens that order's detail (links from other pages). */
export default function OrdersPage() {
  const client = useApolloClient();
  const { stationId, can } = useSession();
  const book = useCursorBook();
  const [open, setOpen] = useState<Order | null>(null);
  const [search, setSearch] = useSearchParams();
  const linked = search.get("order");
  const linkedOrder = useQuery(OrderByIdDocument, { variables: { id: linked ?? "" }, skip: !linked, fetchPolicy: "network-only" });
  useEffect(() => {
    const node = linkedOrder.data?.node;
    if (node?.__typename === "Order") setOpen(node);
  }, [linkedOrder.data]);
  const close = () => {
    setOpen(null);
    if (linked) setSearch({}, { replace: true });
  };
  const [refunding, setRefunding] = useState<Payment | null>(null);
  const reload = useRef<() => void>(() => undefined);
  const canRefund = can("REFUND_PAYMENTS");
  const columns: ProColumns<Order>[] = [
    { title: "单号", dataIndex: "number", search: false, render: (_, o) => <a onClick={() => setOpen(o)}>{o.number}</a> },
    { title: "时间", search: false, render: (_, o) => formatTime(o.paidAt ?? o.createdAt) },
    { title: "站点", search: false, render: (_, o) => o.station.name },
    { title: "状态", dataIndex: "status", valueType: "select", valueEnum: ORDER_STATUS },
    { title: "应收", search: false, render: (_, o) => formatYuan(o.payable.fen) },
    {
      title: "支付方式", dataIndex: "tender", valueType: "select", valueEnum: TENDER,
      render: (_, o) => o.payments.filter((p) => p.status === "SUCCEEDED").map((p) => TENDER[p.tender] ?? p.tender).join(" + "),
    },
    { title: "标签", dataIndex: "tag", render: (_, o) => o.tags.map((t) => <Tag key={t}>{t}</Tag>) },
    { title: "会员", search: false, render: (_, o) => (o.member ? driverLabel(o.member, o.vehiclePlate) : "—") },
    { title: "车牌", dataIndex: "vehiclePlate", hideInTable: true },
    { title: "收银员", search: false, render: (_, o) => o.cashierName ?? "—" },
  ];
  return (
    <PageContainer>
      <ProTable<Order>
        rowKey="id"
        columns={columns}
        params={{ stationId }}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        request={async (params) => {
          const filter = {
            stationIds: stationId ? [stationId] : null,
            statuses: params.status ? [params.status] : null,
            tenders: params.tender ? [params.tender] : null,
            tag: params.tag || null,
            vehiclePlate: params.vehiclePlate?.trim() || null,
          };
          const page = await book.page(JSON.stringify(filter), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: OrdersDocument, variables: { first, after, filter }, fetchPolicy: "network-only" })).data!.orders,
          );
          reload.current = () => void client.refetchQueries({ include: [OrdersDocument] });
          return page;
        }}
      />
      <Drawer title={open ? `订单 ${open.number}` : ""} open={open !== null} onClose={close} width={640}>
        {open && (
          <Space direction="vertical" style={{ width: "100%" }} size="large" data-testid="order-detail">
            <Descriptions column={2} size="small">
              <Descriptions.Item label="状态">{ORDER_STATUS[open.status]?.text ?? open.status}</Descriptions.Item>
              <Descriptions.Item label="站点">{open.station.name}</Descriptions.Item>
              <Descriptions.Item label="合计">{formatYuan(open.total.fen)}</Descriptions.Item>
              <Descriptions.Item label="优惠">{formatYuan(open.discount.fen)}</Descriptions.Item>
              <Descriptions.Item label="应收">{formatYuan(open.payable.fen)}</Descriptions.Item>
              <Descriptions.Item label="收银员">{open.cashierName ?? "—"}</Descriptions.Item>
              <Descriptions.Item label="会员" span={2}>
                <span data-testid="order-member">{open.member ? driverLabel(open.member, open.vehiclePlate) : "散客"}</span>
              </Descriptions.Item>
            </Descriptions>
            <Table size="small" pagination={false} rowKey="description" dataSource={open.lines}
              columns={[{ title: "商品", dataIndex: "description" }, { title: "金额", render: (_, l) => formatYuan(l.amount.fen) }]} />
            <Table size="small" pagination={false} rowKey="id" dataSource={open.payments} columns={[
              { title: "支付方式", render: (_, p) => TENDER[p.tender] ?? p.tender },
              { title: "状态", render: (_, p) => PAYMENT_STATUS[p.status] ?? p.status },
              { title: "金额", render: (_, p) => formatYuan(p.amount.fen) },
              { title: "", render: (_, p) => canRefund && p.status === "SUCCEEDED"
                ? <Button size="small" onClick={() => setRefunding(p)}>退款</Button> : null },
            ]} />
            {open.refunds.length > 0 && (
              <Table size="small" pagination={false} rowKey="id" dataSource={open.refunds} columns={[
                { title: "退款时间", render: (_, r) => formatTime(r.createdAt) },
                { title: "金额", render: (_, r) => formatYuan(r.amount.fen) },
                { title: "原因", dataIndex: "reason" },
                { title: "状态", render: (_, r) => REFUND_STATUS[r.status] ?? r.status },
              ]} />
            )}
            <OrderHistory orderId={open.id} lines={open.lines} />
          </Space>
        )}
      </Drawer>
      <Modal title="退款" open={refunding !== null} footer={null} onCancel={() => setRefunding(null)} destroyOnHidden>
        {refunding && <RefundForm payment={refunding} onDone={() => { setRefunding(null); setOpen(null); reload.current(); }} />}
      </Modal>
    </PageContainer>
  );
}
