import { PageContainer, ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { App, Drawer, Result, Spin } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import {
  ShiftCashiersDocument,
  ShiftListDocument,
  ShiftReportViewDocument,
  ShiftReportWorkbookDocument,
  type ShiftListQuery,
} from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { topLevelMessage } from "../../lib/errors";
import { formatTime, formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";
import { SHIFT_STATUS } from "./labels";
import { OverShortTag, ReportView } from "./ReportView";
import { saveWorkbook } from "./workbook";

type Shift = ShiftListQuery["shifts"]["edges"][number]["node"];

function ShiftReportDrawer({ shift, onClose }: { shift: Shift | null; onClose: () => void }) {
  const client = useApolloClient();
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);
  const { data, error, loading } = useQuery(ShiftReportViewDocument, {
    variables: { shiftId: shift?.id ?? "" }, skip: shift === null, fetchPolicy: "network-only",
  });
  const download = async () => {
    if (!shift) return;
    setDownloading(true);
    try {
      const book = (await client.query({ query: ShiftReportWorkbookDocument, variables: { shiftId: shift.id },
        fetchPolicy: "network-only" })).data!.shiftReport;
      saveWorkbook(book.xlsx, `${shift.station.code} ${book.title}`);
    } catch (e) {
      message.error(topLevelMessage(e));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Drawer title={shift ? `${shift.station.name} 第 ${shift.number} 班` : ""} open={shift !== null} onClose={onClose}
      width={760} destroyOnHidden>
      {loading && <Spin />}
      {error && <Result status="error" title="无法加载班结报表" subTitle={topLevelMessage(error)} />}
      {data && <ReportView report={data.shiftReport} onDownload={() => void download()} downloading={downloading} />}
    </Drawer>
  );
}

/** Shifts of the stations in scope, newest first, with their cash count; a shift's report in a drawer. */
export default function ShiftsPage() {
  const client = useApolloClient();
  const { stationId, can } = useSession();
  const book = useCursorBook();
  const [open, setOpen] = useState<Shift | null>(null);
  const cashiers = useQuery(ShiftCashiersDocument, { skip: !can("VIEW_STAFF") });
  const cashierOptions = Object.fromEntries((cashiers.data?.staffUsers.edges ?? []).map(({ node }) => [
    node.id, { text: `${node.name}（${node.username}）` }]));
  const columns: ProColumns<Shift>[] = [
    {
      title: "班次", search: false,
      render: (_, s) => <a onClick={() => setOpen(s)} data-testid="shift-report-open">第 {s.number} 班</a>,
    },
    { title: "站点", search: false, render: (_, s) => s.station.name },
    { title: "状态", dataIndex: "status", valueType: "select", valueEnum: SHIFT_STATUS },
    {
      title: "收银员", dataIndex: "cashierId", valueType: "select", valueEnum: cashierOptions,
      hideInSearch: !can("VIEW_STAFF"), render: (_, s) => s.cashierName ?? "—",
    },
    { title: "开班时间", dataIndex: "opened", valueType: "dateRange", render: (_, s) => formatTime(s.openedAt) },
    { title: "交班时间", search: false, render: (_, s) => formatTime(s.closedAt) },
    { title: "备用金", search: false, render: (_, s) => formatYuan(s.openingCash.fen) },
    { title: "应有现金", search: false, render: (_, s) => (s.expectedCash ? formatYuan(s.expectedCash.fen) : "—") },
    { title: "实点现金", search: false, render: (_, s) => (s.countedCash ? formatYuan(s.countedCash.fen) : "—") },
    { title: "长短款", search: false, render: (_, s) => <OverShortTag fen={s.overShort?.fen} /> },
    { title: "原因", search: false, ellipsis: true, render: (_, s) => s.overShortReason ?? "" },
  ];
  return (
    <PageContainer>
      <ProTable<Shift>
        rowKey="id"
        columns={columns}
        params={{ stationId }}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        rowClassName={(s) => ((s.overShort?.fen ?? 0) !== 0 ? "fc-over-short" : "")}
        request={async (params) => {
          const [from, to] = (params.opened as [string, string] | undefined) ?? [];
          const filter = {
            stationIds: stationId ? [stationId] : null,
            status: params.status || null,
            cashierIds: params.cashierId ? [params.cashierId] : null,
            from: from ? dayjs(from).startOf("day").toISOString() : null,
            to: to ? dayjs(to).add(1, "day").startOf("day").toISOString() : null,
          };
          return book.page(JSON.stringify(filter), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: ShiftListDocument, variables: { first, after, filter },
              fetchPolicy: "network-only" })).data!.shifts,
          );
        }}
      />
      <style>{".fc-over-short > td { background: #fff7e6; }"}</style>
      <ShiftReportDrawer shift={open} onClose={() => setOpen(null)} />
    </PageContainer>
  );
}
