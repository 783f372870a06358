import { PageContainer, ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient } from "@apollo/client/react";
import { Tag, Tooltip } from "antd";
import { FuelingsDocument, type FuelingsQuery } from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime, formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";

type Fueling = FuelingsQuery["fuelings"]["edges"][number]["node"];

export default function FuelingsPage() {
  const client = useApolloClient();
  const { stationId } = useSession();
  const book = useCursorBook();
  const columns: ProColumns<Fueling>[] = [
    { title: "结束时间", search: false, render: (_, f) => formatTime(f.endedAt) },
    { title: "站点", search: false, render: (_, f) => f.station.name },
    { title: "枪号", dataIndex: "nozzleNumber", search: false },
    { title: "油品", search: false, render: (_, f) => f.grade.name },
    { title: "升数", search: false, render: (_, f) => `${(f.volume.ml / 1000).toFixed(2)} L` },
    { title: "单价", search: false, render: (_, f) => `${formatYuan(f.unitPrice.fen)}/L` },
    {
      title: "金额",
      search: false,
      render: (_, f) =>
        f.amountMismatch ? (
          <Tooltip title={`按升数×单价计算为 ${formatYuan(f.computedAmount.fen)}`}>
            <Tag color="red">{formatYuan(f.amount.fen)}</Tag>
          </Tooltip>
        ) : (
          formatYuan(f.amount.fen)
        ),
    },
    { title: "泵码", search: false, render: (_, f) => `${(f.totalizer.ml / 1000).toFixed(2)} L` },
    { title: "流水号", dataIndex: "ttc", search: false },
    { title: "支付", dataIndex: "paid", valueType: "select", valueEnum: { true: { text: "已支付", status: "Success" }, false: { text: "待支付", status: "Warning" } } },
  ];
  return (
    <PageContainer>
      <ProTable<Fueling>
        rowKey="id"
        columns={columns}
        params={{ stationId }}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        request={async (params) => {
          const filter = {
            stationIds: stationId ? [stationId] : null,
            paid: params.paid === undefined ? null : params.paid === "true",
          };
          return book.page(JSON.stringify(filter), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: FuelingsDocument, variables: { first, after, filter }, fetchPolicy: "network-only" })).data!.fuelings,
          );
        }}
      />
    </PageContainer>
  );
}
