import { useQuery } from "@apollo/client/react";
import { Empty, List, Tag } from "antd";
import { FuelingsDocument } from "../../gql/graphql";
import { formatTime, formatYuan } from "../../lib/format";

/** Completed fuelings not yet paid at this station, newest first, ready for checkout. */
export function UnpaidFuelings({ stationId }: { stationId: string }) {
  const { data, loading } = useQuery(FuelingsDocument, {
    variables: { first: 20, filter: { stationIds: [stationId], paid: false } },
    pollInterval: 3000,
  });
  const rows = data?.fuelings.edges.map((e) => e.node) ?? [];
  return (
    <List
      loading={loading && !data}
      dataSource={rows}
      locale={{ emptyText: <Empty description="暂无待支付的加油记录" /> }}
      renderItem={(f) => (
        <List.Item data-testid="unpaid-fueling" style={{ fontSize: 18 }}>
          <Tag color="volcano" style={{ fontSize: 16 }}>{f.nozzleNumber}号枪</Tag>
          <span>{f.grade.name} {(f.volume.ml / 1000).toFixed(2)} L</span>
          <strong>{formatYuan(f.amount.fen)}</strong>
          <span style={{ color: "#8c8c8c" }}>{formatTime(f.endedAt).slice(11)}</span>
        </List.Item>
      )}
    />
  );
}
