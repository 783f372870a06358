import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Checkbox, Empty, List, Tag } from "antd";
import { useState } from "react";
import { FuelingsDocument, PosFuelingDriveOffDocument } from "../../gql/graphql";
import { formatTime, formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";
import type { Selected } from "./CheckoutPanel";
import { ReasonDialog } from "./ReasonDialog";

/** Completed fuelings not yet paid at this station, newest first: click to select them for checkout; one whose
 * driver left without paying is written off as a drive-off (逃单, MANAGE_ORDERS). */
export function UnpaidFuelings({ stationId, selected, onToggle, onGone }: {
  stationId: string; selected: Selected[]; onToggle: (item: Selected) => void; onGone: (id: string) => void;
}) {
  const { can } = useSession();
  const { data, loading } = useQuery(FuelingsDocument, {
    variables: { first: 20, filter: { stationIds: [stationId], paid: false } },
    pollInterval: 3000,
  });
  const [driveOff] = useMutation(PosFuelingDriveOffDocument, { refetchQueries: ["Fuelings", "PosShiftOrders"] });
  const [leaving, setLeaving] = useState<Selected | null>(null);
  const rows = data?.fuelings.edges.map((e) => e.node) ?? [];
  const chosen = new Set(selected.map((s) => s.id));
  return (
    <>
      <List
        loading={loading && !data}
        dataSource={rows}
        locale={{ emptyText: <Empty description="暂无待支付的加油记录" /> }}
        renderItem={(f) => {
          const item = { id: f.id, label: `${f.nozzleNumber}号枪 ${formatYuan(f.amount.fen)}` };
          return (
            <List.Item data-testid="unpaid-fueling" style={{ fontSize: 18, cursor: "pointer" }} onClick={() => onToggle(item)}
              actions={can("MANAGE_ORDERS") ? [
                <Button key="drive-off" danger size="small" data-testid="drive-off"
                  onClick={(e) => { e.stopPropagation(); setLeaving(item); }}>逃单</Button>,
              ] : undefined}>
              <Checkbox checked={chosen.has(f.id)} />
              <Tag color="volcano" style={{ fontSize: 16 }}>{f.nozzleNumber}号枪</Tag>
              <span>{f.grade.name} {(f.volume.ml / 1000).toFixed(2)} L</span>
              <strong>{formatYuan(f.amount.fen)}</strong>
              <span style={{ color: "#8c8c8c" }}>{formatTime(f.endedAt).slice(11)}</span>
            </List.Item>
          );
        }}
      />
      <ReasonDialog title={leaving ? `逃单：${leaving.label}` : ""} open={leaving !== null} okText="登记逃单" success="已登记逃单"
        run={async (reason) => (await driveOff({ variables: { fuelingId: leaving!.id, reason } })).data?.fuelingDriveOff}
        onDone={() => { if (leaving) onGone(leaving.id); }} onClose={() => setLeaving(null)}>
        <p>该笔加油将记为逃单损失，不再出现在待支付列表。</p>
      </ReasonDialog>
    </>
  );
}
