import { useQuery } from "@apollo/client/react";
import { Checkbox, Empty, List, Tag } from "antd";
import { FuelingsDocument } from "../../gql/graphql";
import { formatTime, formatYuan } from "../../lib/format";
import type { Selected } from "./CheckoutPanel";

/** Completed fuelings not yet paid at this station, newest first: click to select them for checkout. */
export function UnpaidFuelings({ stationId, selected, onToggle }: {
  stationId: string; selected: Selected[]; onToggle: (item: Selected) => void;
}) {
  const { data, loading } = useQuery(FuelingsDocument, {
    variables: { first: 20, filter: { stationIds: [stationId], paid: false } },
    pollInterval: 3000,
  });
  const rows = data?.fuelings.edges.map((e) => e.node) ?? [];
  const chosen = new Set(selected.map((s) => s.id));
  return (
    <List
      loading={loading && !data}
      dataSource={rows}
      locale={{ emptyText: <Empty description="暂无待支付的加油记录" /> }}
      renderItem={(f) => {
        const item = { id: f.id, amountFen: f.amount.fen, label: `${f.nozzleNumber}号枪 ${formatYuan(f.amount.fen)}` };
        return (
          <List.Item data-testid="unpaid-fueling" style={{ fontSize: 18, cursor: "pointer" }} onClick={() => onToggle(item)}>
            <Checkbox checked={chosen.has(f.id)} />
            <Tag color="volcano" style={{ fontSize: 16 }}>{f.nozzleNumber}号枪</Tag>
            <span>{f.grade.name} {(f.volume.ml / 1000).toFixed(2)} L</span>
            <strong>{formatYuan(f.amount.fen)}</strong>
            <span style={{ color: "#8c8c8c" }}>{formatTime(f.endedAt).slice(11)}</span>
          </List.Item>
        );
      }}
    />
  );
}
