// Members: the list (search by phone, plate, number or name; channel and registration filters), each member opening
// its page (会员详情), the Excel export and the monthly growth chart.
import { PageContainer, ProCard, ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { App, Button, DatePicker, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link } from "react-router-dom";
import {
  MemberExportDocument,
  MemberGrowthDocument,
  MembersDocument,
  type MemberChannel,
  type MemberFieldsFragment,
  type MemberFilter,
} from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime } from "../../lib/format";
import { useSession } from "../../lib/session";
import { saveWorkbook } from "../shifts/workbook";
import { CHANNEL_LABELS, maskPhone, monthsBetween } from "./growth";
import { GrowthChart } from "./GrowthChart";

type Member = MemberFieldsFragment;

export default function MembersPage() {
  const client = useApolloClient();
  const { can } = useSession();
  const { message } = App.useApp();
  const book = useCursorBook();
  const [filter, setFilter] = useState<MemberFilter>({});
  const [exporting, setExporting] = useState(false);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(11, "month").startOf("month"), dayjs()]);
  const growth = useQuery(MemberGrowthDocument, {
    variables: { from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") },
    fetchPolicy: "network-only",
  });

  const exportMembers = async () => {
    setExporting(true);
    try {
      const { data } = await client.query({
        query: MemberExportDocument,
        variables: { from: filter.registeredFrom ?? null, to: filter.registeredTo ?? null, channel: filter.channel ?? null },
        fetchPolicy: "network-only",
      });
      if (data?.memberExport) {
        saveWorkbook(data.memberExport.xlsx, data.memberExport.filename.replace(/\.xlsx$/, ""));
        message.success(`已导出 ${data.memberExport.rows} 位会员`);
      }
    } catch {
      message.error("导出失败，请稍后再试");
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<Member>[] = [
    { title: "会员号", dataIndex: "number", width: 120, search: false, render: (_, m) => <Link to={`/members/${encodeURIComponent(m.id)}`}>{m.number}</Link> },
    { title: "关键字", dataIndex: "search", hideInTable: true, fieldProps: { placeholder: "完整手机号、车牌、会员号或姓名" } },
    { title: "手机号", dataIndex: "phone", search: false, render: (_, m) => (m.phone ? maskPhone(m.phone) : "—") },
    { title: "姓名", dataIndex: "name", search: false },
    { title: "车牌", dataIndex: "vehicles", search: false, render: (_, m) => m.vehicles.map((v) => <Tag key={v.id}>{v.plate}</Tag>) },
    {
      title: "注册渠道",
      dataIndex: "channel",
      valueEnum: Object.fromEntries(Object.entries(CHANNEL_LABELS).map(([k, text]) => [k, { text }])),
    },
    { title: "标签", dataIndex: "tag", render: (_, m) => m.tags.map((t) => <Tag key={t}>{t}</Tag>) },
    { title: "注册时间", dataIndex: "registered", valueType: "dateRange", render: (_, m) => formatTime(m.registeredAt) },
  ];

  return (
    <PageContainer>
      <ProCard
        title="会员增长（按月、按渠道）"
        style={{ marginBottom: 16 }}
        extra={
          <DatePicker.RangePicker
            picker="month"
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0].startOf("month"), v[1].endOf("month")])}
          />
        }
      >
        <GrowthChart
          rows={growth.data?.memberGrowth ?? []}
          months={monthsBetween(range[0].format("YYYY-MM"), range[1].format("YYYY-MM"))}
          loading={growth.loading}
        />
      </ProCard>
      <ProTable<Member>
        rowKey="id"
        columns={columns}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() =>
          can("EXPORT_DATA") ? [<Button key="export" onClick={exportMembers} loading={exporting}>导出 Excel</Button>] : []
        }
        request={async (params) => {
          const registered = params.registered as [string, string] | undefined;
          const next: MemberFilter = {
            search: params.search || null,
            channel: (params.channel as MemberChannel | undefined) || null,
            tag: params.tag || null,
            registeredFrom: registered?.[0] ? dayjs(registered[0]).format("YYYY-MM-DD") : null,
            registeredTo: registered?.[1] ? dayjs(registered[1]).format("YYYY-MM-DD") : null,
          };
          setFilter(next);
          return book.page(JSON.stringify(next), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: MembersDocument, variables: { first, after, filter: next }, fetchPolicy: "network-only" })).data!.members,
          );
        }}
      />
    </PageContainer>
  );
}
