import { ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient } from "@apollo/client/react";
import { Table, Tooltip } from "antd";
import { useRef, useState } from "react";
import {
  PaymentExportDocument,
  PaymentListDocument,
  type PaymentFilter,
  type PaymentListQuery,
  type PaymentRowFragment,
} from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime, formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";
import { PAYMENT_STATUS, TENDER } from "../orders/labels";
import { csvYuan, type CsvColumn } from "./csv";
import { ExportButton } from "./ExportButton";
import { paymentFilter, type SearchParams } from "./filters";

type Totals = PaymentListQuery["payments"]["totals"];

const CSV: CsvColumn<PaymentRowFragment>[] = [
  { title: "支付时间", value: (p) => formatTime(p.createdAt) },
  { title: "站点", value: (p) => `${p.station.code} ${p.station.name}` },
  { title: "订单号", value: (p) => p.order.number },
  { title: "支付方式", value: (p) => TENDER[p.tender] ?? p.tender },
  { title: "状态", value: (p) => PAYMENT_STATUS[p.status] ?? p.status },
  { title: "金额（元）", value: (p) => csvYuan(p.amount.fen) },
  { title: "手续费（元）", value: (p) => csvYuan(p.fee?.fen) },
  { title: "渠道交易号", value: (p) => p.transactionId },
  { title: "终端参考号", value: (p) => p.reference },
  { title: "渠道状态", value: (p) => p.channelState },
  { title: "渠道信息", value: (p) => p.channelMessage },
  { title: "到账时间", value: (p) => (p.settledAt ? formatTime(p.settledAt) : "") },
];

/** Payments of the filter, newest first, with the filter's totals; the whole filter exported as CSV. */
export function PaymentTable() {
  const client = useApolloClient();
  const { stationId, viewer, can } = useSession();
  const book = useCursorBook();
  const [totals, setTotals] = useState<Totals | null>(null);
  const filter = useRef<PaymentFilter>({});
  const stations = Object.fromEntries(viewer.stations.map((s) => [s.id, { text: `${s.code} ${s.name}` }]));
  const columns: ProColumns<PaymentRowFragment>[] = [
    { title: "支付时间", dataIndex: "time", valueType: "dateTimeRange", render: (_, p) => formatTime(p.createdAt) },
    {
      title: "站点", dataIndex: "station", valueType: "select", valueEnum: stations,
      fieldProps: { "data-testid": "payments-station" }, render: (_, p) => p.station.name,
    },
    { title: "订单号", search: false, render: (_, p) => p.order.number },
    { title: "支付方式", dataIndex: "tender", valueType: "select", valueEnum: TENDER, render: (_, p) => TENDER[p.tender] ?? p.tender },
    { title: "状态", dataIndex: "status", valueType: "select", valueEnum: PAYMENT_STATUS, render: (_, p) => PAYMENT_STATUS[p.status] ?? p.status },
    { title: "金额", search: false, align: "right", render: (_, p) => formatYuan(p.amount.fen) },
    { title: "手续费", search: false, align: "right", render: (_, p) => (p.fee ? formatYuan(p.fee.fen) : "—") },
    {
      title: "渠道状态", search: false,
      render: (_, p) => (p.channelState ? <Tooltip title={p.channelMessage}>{p.channelState}</Tooltip> : "—"),
    },
    { title: "交易号 / 参考号", search: false, copyable: true, render: (_, p) => p.transactionId ?? p.reference ?? "—" },
    { title: "到账时间", search: false, render: (_, p) => formatTime(p.settledAt) },
    { title: "交易号或订单号", dataIndex: "search", hideInTable: true, fieldProps: { placeholder: "渠道交易号或订单号" } },
  ];
  return (
    <ProTable<PaymentRowFragment>
      rowKey="id"
      columns={columns}
      params={{ stationId }}
      options={{ setting: true, reload: true, density: false }}
      search={{ defaultCollapsed: false, labelWidth: "auto" }}
      scroll={{ x: "max-content" }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      toolBarRender={() => (can("EXPORT_DATA") ? [
        <ExportButton key="export" name="支付流水" columns={CSV} testId="payments-export"
          fetch={async (first, after) => (await client.query({ query: PaymentExportDocument,
            variables: { first, after, filter: filter.current }, fetchPolicy: "network-only" })).data!.payments} />,
      ] : [])}
      summary={() => totals && (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={columns.length}>
            <span data-testid="payment-totals">
              合计 {totals.count} 笔　金额 {formatYuan(totals.amount.fen)}　手续费 {formatYuan(totals.fee.fen)}
            </span>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
      request={async (params) => {
        filter.current = paymentFilter(params as SearchParams, stationId);
        return book.page(JSON.stringify(filter.current), params.current ?? 1, params.pageSize ?? 20, async (first, after) => {
          const page = (await client.query({ query: PaymentListDocument, variables: { first, after, filter: filter.current },
            fetchPolicy: "network-only" })).data!.payments;
          setTotals(page.totals);
          return { ...page, totalCount: page.totals.count };
        });
      }}
    />
  );
}
