import { Space, Tag, Typography } from "antd";
import { balanceText, CARD_STATE_LABELS, holderText, type CardLookup } from "./cards";

/** The card a number names, as the API describes it: holder, product, state and balance. */
export function CardInfo({ lookup }: { lookup: CardLookup | null }) {
  if (lookup === null) return null;
  if (lookup.status === "loading") return <Typography.Text type="secondary" data-testid="card-info">正在查询储值卡…</Typography.Text>;
  if (lookup.status === "missing") return <Typography.Text type="danger" data-testid="card-info">储值卡不存在，请核对卡号</Typography.Text>;
  if (lookup.status === "failed") return <Typography.Text type="danger" data-testid="card-info">{lookup.message}</Typography.Text>;
  const { card } = lookup;
  return (
    <div data-testid="card-info" style={{ background: "#f6ffed", border: "1px solid #b7eb8f", borderRadius: 6, padding: "8px 12px" }}>
      <Space wrap size="middle">
        <span>持卡人 <strong data-testid="card-holder">{holderText(card)}</strong></span>
        <span>{card.product.name}</span>
        <Tag color={card.state === "ACTIVE" ? "green" : "red"} data-testid="card-state">{CARD_STATE_LABELS[card.state]}</Tag>
      </Space>
      <div style={{ fontSize: 16, marginTop: 4 }} data-testid="card-balance">{balanceText(card)}</div>
    </div>
  );
}
