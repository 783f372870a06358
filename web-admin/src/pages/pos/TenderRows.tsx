import { CloseOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Input, Radio, Space, Typography } from "antd";
import { formatYuan } from "../../lib/format";
import { codeTender, fenToYuanText } from "./money";
import { MAX_TENDERS, remainingText, tenderRow, type Allocation, type TenderRow, type TenderRowKind } from "./tenders";

const KINDS: { value: TenderRowKind; label: string }[] = [
  { value: "CASH", label: "现金" }, { value: "UNIONPAY", label: "银行卡" }, { value: "CODE", label: "付款码" },
];

let made = 0;
export function newTenderRow(kind: TenderRowKind): TenderRow {
  made += 1;
  return tenderRow(kind, `t${made}`);
}

/** The tenders of the checkout, one row each: a blank amount takes what the other rows leave; what is still to
 * pay is shown as the cashier types (nothing while there is nothing to pay). */
export function TenderRows({ rows, allocation, idle, onChange }: {
  rows: TenderRow[]; allocation: Allocation; idle: boolean; onChange: (rows: TenderRow[]) => void;
}) {
  const edit = (key: string, change: Partial<TenderRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
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
            <Space style={{ width: "100%", justifyContent: "space-between" }}>
              <Radio.Group value={row.kind} size="large" buttonStyle="solid" optionType="button" options={KINDS}
                onChange={(e) => edit(row.key, { kind: e.target.value as TenderRowKind })} />
              {rows.length > 1 && (
                <Button type="text" icon={<CloseOutlined />} aria-label="移除" onClick={() => onChange(rows.filter((r) => r.key !== row.key))} />
              )}
            </Space>
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
              {check.problem && !idle && <Typography.Text type="danger" data-testid="tender-problem">{check.problem}</Typography.Text>}
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
