import { ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient } from "@apollo/client/react";
import { Table } from "antd";
import { useRef, useState } from "react";
import {
  RefundExportDocument,
  RefundListDocument,
  type RefundFilter,
  type RefundListQuery,
  type RefundRowFragment,
} from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime, formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";
import { REFUND_STATUS, TENDER } from "../orders/labels";
import { csvYuan, type CsvColumn } from "./csv";
import { ExportButton } from "./ExportButton";
import { refundFilter, type SearchParams } from "./filters";

type Totals = RefundListQuery["refunds"]["totals"];

const CSV: CsvColumn<RefundRowFragment>[] = [
  { title: "申请时间", value: (r) => formatTime(r.createdAt) },
  { title: "站点", value: (r) => `${r.station.code} ${r.station.name}` },
  { title: "订单号", value: (r) => r.order.number },
  { title: "支付方式", value: (r) => TENDER[r.tender] ?? r.tender },
  { title: "状态", value: (r) => REFUND_STATUS[r.status] ?? r.status },
  { title: "退款金额（元）", value: (r) => csvYuan(r.amount.fen) },
  { title: "原支付金额（元）", value: (r) => csvYuan(r.payment.amount.fen) },
  { title: "原因", value: (r) => r.reason },
  { title: "申请人", value: (r) => r.requestedBy },
  { title: "原支付交易号", value: (r) => r.payment.transactionId },
  { title: "渠道退款号", value: (r) => r.channelRefundId },
  { title: "渠道状态", value: (r) => r.channelState },
  { title: "到账时间", value: (r) => (r.settledAt ? formatTime(r.settledAt) : "") },
];

/** Refunds of the filter, newest first, with the filter's totals; the whole filter exported as CSV. */
export function RefundTable() {
  const client = useApolloClient();
  const { stationId, viewer, can } = useSession();
  const book = useCursorBook();
  const [totals, setTotals] = useState<Totals | null>(null);
  const filter = useRef<RefundFilter>({});
  const stations = Object.fromEntries(viewer.stations.map((s) => [s.id, { text: `${s.code} ${s.name}` }]));
  const columns: ProColumns<RefundRowFragment>[] = [
    { title: "申请时间", dataIndex: "time", valueType: "dateTimeRange", render: (_, r) => formatTime(r.createdAt) },
    {
      title: "站点", dataIndex: "station", valueType: "select", valueEnum: stations,
      fieldProps: { "data-testid": "refunds-station" }, render: (_, r) => r.station.name,
    },
    { title: "订单号", search: false, render: (_, r) => r.order.number },
    { title: "支付方式", dataIndex: "tender", valueType: "select", valueEnum: TENDER, render: (_, r) => TENDER[r.tender] ?? r.tender },
    { title: "状态", dataIndex: "status", valueType: "select", valueEnum: REFUND_STATUS, render: (_, r) => REFUND_STATUS[r.status] ?? r.status },
    { title: "退款金额", search: false, align: "right", render: (_, r) => formatYuan(r.amount.fen) },
    { title: "原支付", search: false, align: "right", render: (_, r) => formatYuan(r.payment.amount.fen) },
    { title: "原因", search: false, ellipsis: true, render: (_, r) => r.reason },
    { title: "申请人", search: false, render: (_, r) => r.requestedBy ?? "—" },
    { title: "渠道退款号", search: false, copyable: true, render: (_, r) => r.channelRefundId ?? "—" },
    { title: "到账时间", search: false, render: (_, r) => formatTime(r.settledAt) },
  ];
  return (
    <ProTable<RefundRowFragment>
      rowKey="id"
      columns={columns}
      params={{ stationId }}
      options={{ setting: true, reload: true, density: false }}
      search={{ defaultCollapsed: false, labelWidth: "auto" }}
      scroll={{ x: "max-content" }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      toolBarRender={() => (can("EXPORT_DATA") ? [
        <ExportButton key="export" name="退款记录" columns={CSV} testId="refunds-export"
          fetch={async (first, after) => (await client.query({ query: RefundExportDocument,
            variables: { first, after, filter: filter.current }, fetchPolicy: "network-only" })).data!.refunds} />,
      ] : [])}
      summary={() => totals && (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={columns.length}>
            <span data-testid="refund-totals">合计 {totals.count} 笔　退款金额 {formatYuan(totals.amount.fen)}</span>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
      request={async (params) => {
        filter.current = refundFilter(params as SearchParams, stationId);
        return book.page(JSON.stringify(filter.current), params.current ?? 1, params.pageSize ?? 20, async (first, after) => {
          const page = (await client.query({ query: RefundListDocument, variables: { first, after, filter: filter.current },
            fetchPolicy: "network-only" })).data!.refunds;
          setTotals(page.totals);
          return { ...page, totalCount: page.totals.count };
        });
      }}
    />
  );
}
