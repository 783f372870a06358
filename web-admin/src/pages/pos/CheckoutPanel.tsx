import { useMutation } from "@apollo/client/react";
import { App, Button, Divider, Input, Modal, Radio, Space, Typography } from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import { CheckoutCreateDocument, PaymentRefreshDocument } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";
import { topLevelMessage } from "../../lib/errors";
import { AttemptKey, changeFor, codeTender, fenToYuanText, yuanToFen, type TenderKind } from "./money";

export interface Selected {
  id: string;
  amountFen: number;
  label: string;
}

const ERRORS: Record<string, string> = {
  NO_OPEN_SHIFT: "请先开班", ALREADY_PAID: "所选加油记录已结账", AMOUNT_MISMATCH: "支付金额与应收不符",
  NO_MERCHANT: "本站未配置该支付渠道", IDEMPOTENCY_CONFLICT: "请重新结账",
};

interface PaidOrder {
  number: string;
  status: string;
  receipt: string;
  payments: { id: string; status: string; channelMessage?: string | null }[];
}

/** Pay the selected fuelings: cash (change shown), bank card (reference) or a scanned payment code. Enter pays,
 * Esc cancels; a retry after a lost answer reuses the attempt's idempotency key. */
export function CheckoutPanel({ stationId, selected, onDone }: {
  stationId: string; selected: Selected[]; onDone: () => void;
}) {
  const { message } = App.useApp();
  const [checkout, { loading }] = useMutation(CheckoutCreateDocument);
  const [refresh] = useMutation(PaymentRefreshDocument);
  const [tender, setTender] = useState<TenderKind>("CASH");
  const [given, setGiven] = useState("");
  const [reference, setReference] = useState("");
  const [code, setCode] = useState("");
  const [paid, setPaid] = useState<PaidOrder | null>(null);
  const keys = useRef(new AttemptKey());
  const total = selected.reduce((sum, s) => sum + s.amountFen, 0);
  const givenFen = given === "" ? total : yuanToFen(given);
  const change = tender === "CASH" ? changeFor(total, givenFen) : 0;
  const basis = useMemo(() => [selected.map((s) => s.id).join(","), tender, given, reference, code].join("|"),
    [selected, tender, given, reference, code]);

  useEffect(() => { setGiven(""); setReference(""); setCode(""); }, [selected]);

  const pay = async () => {
    if (!selected.length || loading) return;
    const kind = tender === "WECHAT" || tender === "ALIPAY" ? (codeTender(code) ?? tender) : tender;
    const entry = {
      tender: kind, amountFen: total,
      ...(kind === "CASH" ? { givenFen: givenFen ?? total } : {}),
      ...(kind === "UNIONPAY" ? { reference } : {}),
      ...(kind === "WECHAT" || kind === "ALIPAY" ? { authCode: code } : {}),
    };
    try {
      const result = (await checkout({ variables: { input: {
        stationId, idempotencyKey: keys.current.for(basis), fuelingIds: selected.map((s) => s.id), tenders: [entry],
      } } })).data?.checkoutCreate;
      if (result?.errors.length) {
        result.errors.forEach((e) => message.error(ERRORS[e.code] ?? e.message));
        return;
      }
      let order = result?.order ?? null;
      for (let delay = 2000; order && order.status === "AWAITING_PAYMENT" && delay <= 16000; delay *= 2) {
        const pending = order.payments.find((p) => p.status === "PENDING");
        if (!pending) break;
        message.info("顾客正在支付，请稍候…");
        await new Promise((resolve) => window.setTimeout(resolve, delay));
        order = (await refresh({ variables: { paymentId: pending.id } })).data?.paymentRefresh ?? order;
      }
      if (order) {
        keys.current.done();
        setPaid(order);
        if (order.status === "PAID") onDone();
        else message.warning(order.payments.map((p) => p.channelMessage).filter(Boolean).join("；") || "支付未完成");
      }
    } catch (error) {
      message.error(`${topLevelMessage(error)}（可直接重试，不会重复扣款）`);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (paid) return;
      if (event.key === "Enter") void pay();
      if (event.key === "Escape") onDone();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div data-testid="checkout-panel">
      <Typography.Title level={4} style={{ marginTop: 0 }}>应收 <span data-testid="checkout-total">{formatYuan(total)}</span></Typography.Title>
      <div style={{ color: "#8c8c8c" }}>{selected.map((s) => s.label).join("，") || "请在左侧选择加油记录"}</div>
      <Divider />
      <Radio.Group value={tender} onChange={(e) => setTender(e.target.value as TenderKind)} size="large" buttonStyle="solid">
        <Radio.Button value="CASH">现金</Radio.Button>
        <Radio.Button value="UNIONPAY">银行卡</Radio.Button>
        <Radio.Button value="WECHAT">扫码（微信/支付宝）</Radio.Button>
      </Radio.Group>
      <Space direction="vertical" style={{ width: "100%", marginTop: 16 }} size="middle">
        {tender === "CASH" && (
          <>
            <Input size="large" addonBefore="实收（元）" placeholder={fenToYuanText(total)} value={given}
              onChange={(e) => setGiven(e.target.value)} data-testid="cash-given" />
            <div style={{ fontSize: 20 }}>找零：<strong data-testid="cash-change">{change === null ? "实收不足" : formatYuan(change)}</strong></div>
          </>
        )}
        {tender === "UNIONPAY" && (
          <Input size="large" addonBefore="参考号" value={reference} onChange={(e) => setReference(e.target.value)} />
        )}
        {tender === "WECHAT" && (
          <Input size="large" addonBefore="付款码" autoFocus value={code} placeholder="扫描顾客的付款码"
            onChange={(e) => setCode(e.target.value.trim())} data-testid="auth-code" />
        )}
        <Button type="primary" size="large" block loading={loading} data-testid="checkout-pay"
          disabled={!selected.length || change === null} onClick={() => void pay()}>
          收款（Enter）
        </Button>
      </Space>
      <Modal open={paid !== null} title={paid ? `订单 ${paid.number}` : ""} footer={[
        <Button key="print" onClick={() => window.print()}>打印小票</Button>,
        <Button key="ok" type="primary" onClick={() => setPaid(null)} data-testid="receipt-close">完成</Button>,
      ]} onCancel={() => setPaid(null)}>
        <pre data-testid="receipt" style={{ fontFamily: "monospace", fontSize: 13, width: "32ch", margin: "0 auto" }}>{paid?.receipt}</pre>
      </Modal>
    </div>
  );
}
