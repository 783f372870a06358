import { useSubscription } from "@apollo/client/react";
import { Alert, Card, Col, Empty, Row, Typography } from "antd";
import { useState } from "react";
import { NozzleStatusChangedDocument, type NozzleStatusChangedSubscription } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";

type Status = NozzleStatusChangedSubscription["nozzleStatusChanged"];

export const STATE_VIEW: Record<Status["state"], { label: string; color: string }> = {
  OFFLINE: { label: "离线", color: "#8c8c8c" },
  IDLE: { label: "空闲", color: "#52c41a" },
  CALLING: { label: "提枪", color: "#faad14" },
  CARD_INSERTED: { label: "插卡", color: "#13c2c2" },
  AUTHORIZED: { label: "已授权", color: "#1677ff" },
  FUELING: { label: "加油中", color: "#d4380d" },
  SUSPENDED: { label: "暂停", color: "#722ed1" },
  COMPLETED: { label: "加油完成", color: "#1677ff" },
};

/** Keeps the newest state per nozzle (by version), whatever order updates arrive in. */
export function mergeStatus(current: Record<number, Status>, next: Status): Record<number, Status> {
  const held = current[next.nozzle.number];
  if (held && held.version > next.version) return current;
  return { ...current, [next.nozzle.number]: next };
}

export function NozzleGrid({ stationId }: { stationId: string }) {
  const [nozzles, setNozzles] = useState<Record<number, Status>>({});
  const { error } = useSubscription(NozzleStatusChangedDocument, {
    variables: { stationId },
    onData: ({ data }) => {
      const status = data.data?.nozzleStatusChanged;
      if (status) setNozzles((current) => mergeStatus(current, status));
    },
  });
  const list = Object.values(nozzles).sort((a, b) => a.nozzle.number - b.nozzle.number);
  if (error) return <Alert type="error" showIcon message="油枪状态连接中断，正在重连…" />;
  if (list.length === 0) return <Empty description="正在连接油枪…" />;
  return (
    <Row gutter={[12, 12]}>
      {list.map((s) => {
        const view = STATE_VIEW[s.state];
        return (
          <Col span={6} key={s.nozzle.number}>
            <Card
              data-testid={`nozzle-${s.nozzle.number}`}
              data-state={s.state}
              styles={{ body: { padding: 12 } }}
              style={{ borderTop: `6px solid ${view.color}`, minHeight: 150 }}
            >
              <Typography.Title level={2} style={{ margin: 0 }}>
                {s.nozzle.number}号 <span style={{ fontSize: 18 }}>{s.nozzle.grade.name}</span>
              </Typography.Title>
              <div style={{ color: view.color, fontSize: 18, fontWeight: 600 }}>{view.label}</div>
              <div style={{ fontSize: 22 }} data-testid={`nozzle-${s.nozzle.number}-amount`}>{formatYuan(s.amount.fen)}</div>
              <div style={{ color: "#595959" }}>
                {(s.volume.ml / 1000).toFixed(2)} L · {formatYuan(s.unitPrice.fen)}/L
              </div>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
