import { Button, Input, Space } from "antd";
import { CardInfo } from "./CardInfo";
import { cardNumber, type CardLookup, type MemberCardChoice } from "./cards";
import type { TenderRow } from "./tenders";
import { useCardLookup } from "./useCardLookup";

/** A CARD row's number (typed, or read by a card reader that types the digits and Enter), the card found, and the
 * password when the API asks for it. Enter in the number field shows the card; once it is shown, Enter pays. The
 * identified member's own cards are offered while the field is blank (the member code scanned, then one tap). */
export function CardTenderFields({ row, passwordNeeded, choices, onEdit, onLookup }: {
  row: TenderRow; passwordNeeded: boolean; choices: readonly MemberCardChoice[];
  onEdit: (change: Partial<TenderRow>) => void; onLookup: (lookup: CardLookup) => void;
}) {
  const number = cardNumber(row.reference);
  useCardLookup(number, onLookup);
  const shown = row.card?.status === "found" && row.card.number === number;
  return (
    <>
      <Input size="large" addonBefore="卡号" autoFocus value={row.reference} data-testid="card-number"
        placeholder="刷卡或输入储值卡卡号" inputMode="numeric"
        onKeyDown={(e) => { if (e.key === "Enter" && !shown) e.stopPropagation(); }}
        onChange={(e) => onEdit({ reference: e.target.value, card: null, password: "", passwordAsked: false })} />
      {!number && choices.length > 0 && (
        <Space wrap data-testid="member-cards">
          {choices.map((c) => (
            <Button key={c.number} onClick={() => onEdit({ reference: c.number, card: null, password: "", passwordAsked: false })}>
              {c.label}
            </Button>
          ))}
        </Space>
      )}
      <CardInfo lookup={row.card?.number === number ? row.card : null} />
      {passwordNeeded && (
        <Input.Password size="large" addonBefore="支付密码" value={row.password} data-testid="card-password"
          maxLength={6} inputMode="numeric" autoComplete="off" placeholder="请持卡人输入支付密码"
          onChange={(e) => onEdit({ password: e.target.value.trim() })} />
      )}
    </>
  );
}
