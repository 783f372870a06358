import { CloseOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Input, Radio, Space, Typography } from "antd";
import { formatYuan } from "../../lib/format";
import { CardTenderFields } from "./CardTenderFields";
import type { CardLookup, MemberCardChoice } from "./cards";
import { codeTender, fenToYuanText } from "./money";
import { PointsTenderFields } from "./PointsTenderFields";
import { MAX_TENDERS, remainingText, tenderRow, type Allocation, type TenderRow, type TenderRowKind } from "./tenders";

const KINDS: { value: TenderRowKind; label: string }[] = [
  { value: "CASH", label: "现金" }, { value: "UNIONPAY", label: "银行卡" }, { value: "CODE", label: "付款码" },
  { value: "CARD", label: "储值卡" }, { value: "POINTS", label: "积分" }, { value: "ON_ACCOUNT", label: "挂账" },
];

let made = 0;
export function newTenderRow(kind: TenderRowKind): TenderRow {
  made += 1;
  return tenderRow(kind, `t${made}`);
}

/** The tenders of the checkout, one row each: a blank amount takes what the other rows leave; what is still to
 * pay is shown as the cashier types (nothing while there is nothing to pay). A stored-value card shows what the
 * API says of it; points need the identified member; on account pays by the order's plate or the one typed. The
 * checkout's refusals naming a row are shown in it until the row changes. */
export function TenderRows({ rows, allocation, idle, errors, memberId, memberCards, orderPlate, onChange, onEdit: edit,
  onCardLookup }: {
  rows: TenderRow[]; allocation: Allocation; idle: boolean; errors: ReadonlyMap<string, string[]>;
  memberId: string | null; orderPlate: string | null;
  /** The identified member's cards that may pay, offered in CARD rows. */
  memberCards: readonly MemberCardChoice[];
  onChange: (rows: TenderRow[]) => void;
  /** A change the cashier made to one row. */
  onEdit: (key: string, change: Partial<TenderRow>) => void;
  /** What the API answered for the card number of a row. */
  onCardLookup: (key: string, lookup: CardLookup) => void;
}) {
  const kinds = KINDS.map((k) => (k.value === "POINTS" && !memberId ? { ...k, disabled: true } : k));
  const add = () => onChange([...rows, newTenderRow(rows.some((r) => r.kind === "CODE") ? "CASH" : "CODE")]);
  const { remainingFen } = allocation;
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="middle">
      {rows.map((row, i) => {
        const check = allocation.rows[i];
        const channel = row.kind === "CODE" ? codeTender(row.authCode) : null;
        return (
          <div key={row.key} data-testid="tender-row" data-kind={row.kind}
            style={{ border: "1px solid #f0f0f0", borderRadius: 8, padding: 12 }}>
            <div style={{ display: "flex", width: "100%", justifyContent: "space-between", alignItems: "flex-start" }}>
              <Radio.Group value={row.kind} size="large" buttonStyle="solid" optionType="button" options={kinds}
                data-testid="tender-kind" style={{ display: "flex", flexWrap: "wrap", rowGap: 4 }}
                onChange={(e) => edit(row.key, {
                  kind: e.target.value as TenderRowKind, reference: "", authCode: "", password: "", card: null, passwordAsked: false,
                })} />
              {rows.length > 1 && (
                <Button type="text" icon={<CloseOutlined />} aria-label="移除" onClick={() => onChange(rows.filter((r) => r.key !== row.key))} />
              )}
            </div>
            <Space direction="vertical" style={{ width: "100%", marginTop: 8 }}>
              <Input size="large" addonBefore="金额（元）" value={row.amount} data-testid="tender-amount"
                placeholder={check.amountFen !== null && check.amountFen > 0 ? `${fenToYuanText(check.amountFen)}（余额）` : "金额"}
                onChange={(e) => edit(row.key, { amount: e.target.value })} />
              {row.kind === "CASH" && (
                <>
                  <Input size="large" addonBefore="实收（元）" value={row.given} data-testid="cash-given"
                    placeholder={check.amountFen !== null && check.amountFen > 0 ? fenToYuanText(check.amountFen) : ""}
                    onChange={(e) => edit(row.key, { given: e.target.value })} />
                  <div style={{ fontSize: 18 }}>找零：<strong data-testid="cash-change">
                    {check.changeFen === null ? "—" : formatYuan(check.changeFen)}</strong></div>
                </>
              )}
              {row.kind === "UNIONPAY" && (
                <Input size="large" addonBefore="参考号" value={row.reference} data-testid="card-reference"
                  onChange={(e) => edit(row.key, { reference: e.target.value })} />
              )}
              {row.kind === "CODE" && (
                <Input size="large" addonBefore="付款码" autoFocus value={row.authCode} data-testid="auth-code"
                  placeholder="扫描顾客的微信或支付宝付款码" addonAfter={channel === "ALIPAY" ? "支付宝" : channel === "WECHAT" ? "微信" : null}
                  onChange={(e) => edit(row.key, { authCode: e.target.value.trim() })} />
              )}
              {row.kind === "CARD" && (
                <CardTenderFields row={row} passwordNeeded={check.passwordNeeded} choices={memberCards}
                  onEdit={(change) => edit(row.key, change)} onLookup={(lookup) => onCardLookup(row.key, lookup)} />
              )}
              {row.kind === "POINTS" && <PointsTenderFields memberId={memberId} />}
              {row.kind === "ON_ACCOUNT" && (
                <Input size="large" addonBefore="车牌号" value={row.reference} data-testid="on-account-plate"
                  placeholder={orderPlate ? `留空按订单车牌 ${orderPlate} 挂账` : "车队车辆的车牌号"}
                  onChange={(e) => edit(row.key, { reference: e.target.value })} />
              )}
              {check.problem && !idle && <Typography.Text type="danger" data-testid="tender-problem">{check.problem}</Typography.Text>}
              {errors.get(row.key)?.map((m) => (
                <Typography.Text key={m} type="danger" strong data-testid="tender-error">{m}</Typography.Text>
              ))}
            </Space>
          </div>
        );
      })}
      <Space style={{ width: "100%", justifyContent: "space-between" }}>
        <Button icon={<PlusOutlined />} size="large" disabled={rows.length >= MAX_TENDERS} onClick={add} data-testid="tender-add">
          组合支付
        </Button>
        <Typography.Text strong style={{ fontSize: 20 }} type={remainingFen === 0 ? "success" : "danger"} data-testid="tender-remaining">
          {idle ? null : remainingText(remainingFen)}
        </Typography.Text>
      </Space>
    </Space>
  );
}
