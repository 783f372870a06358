import { PageContainer, ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient } from "@apollo/client/react";
import { Tag } from "antd";
import { AnomaliesDocument, type AnomaliesQuery } from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime } from "../../lib/format";

type Anomaly = AnomaliesQuery["anomalies"]["edges"][number]["node"];
type Details = Record<string, number>;

function describe(a: Anomaly): string {
  const d = a.details as Details;
  if (a.kind === "TOTALIZER_BREAK")
    return `泵码不连续：上笔泵码 ${(d.previous_totalizer_ml / 1000).toFixed(2)} L + 本笔 ${(d.volume_ml / 1000).toFixed(2)} L，上报 ${(d.reported_totalizer_ml / 1000).toFixed(2)} L，相差 ${(d.difference_ml / 1000).toFixed(2)} L`;
  return `金额不符：油机上报 ¥${(d.reported_fen / 100).toFixed(2)}，按升数计算 ¥${(d.computed_fen / 100).toFixed(2)}`;
}

export default function AnomaliesPage() {
  const client = useApolloClient();
  const book = useCursorBook();
  const columns: ProColumns<Anomaly>[] = [
    { title: "发现时间", render: (_, a) => formatTime(a.createdAt) },
    { title: "站点", render: (_, a) => a.station.name },
    { title: "类型", render: (_, a) => <Tag color={a.kind === "TOTALIZER_BREAK" ? "red" : "orange"}>{a.kind === "TOTALIZER_BREAK" ? "泵码异常" : "金额异常"}</Tag> },
    { title: "详情", render: (_, a) => describe(a) },
    { title: "状态", render: (_, a) => (a.resolvedAt ? "已处理" : <Tag color="volcano">待处理</Tag>) },
  ];
  return (
    <PageContainer>
      <ProTable<Anomaly>
        rowKey="id"
        columns={columns}
        search={false}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20 }}
        request={async (params) =>
          book.page("anomalies", params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: AnomaliesDocument, variables: { first, after }, fetchPolicy: "network-only" })).data!.anomalies,
          )
        }
      />
    </PageContainer>
  );
}
