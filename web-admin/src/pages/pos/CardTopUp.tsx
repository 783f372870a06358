import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Input, Modal, Result, Segmented, Space, Typography } from "antd";
import { useState } from "react";
import {
  PosCardTopUpByCodeDocument,
  PosCardTopUpDocument,
  PosCardTopUpPaymentRefreshDocument,
  type PosTopUpPaymentFragment,
} from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { formatYuan } from "../../lib/format";
import { CardInfo } from "./CardInfo";
import { bonusTiersText, cardNumber, type CardLookup } from "./cards";
import { fieldErrors, topUpProblem, type FieldErrors } from "./topUp";
import { yuanToFen } from "./money";
import { POLL_DELAYS_MS } from "./polling";
import { useCardLookup } from "./useCardLookup";

type Method = "CASH" | "WECHAT" | "ALIPAY";
const METHODS: { label: string; value: Method }[] = [
  { label: "现金", value: "CASH" }, { label: "微信付款码", value: "WECHAT" }, { label: "支付宝付款码", value: "ALIPAY" },
];
const CODE = /^\d{16,24}$/;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Done {
  amountFen: number;
  bonusFen: number;
  balanceFen: number;
  number: string;
}

/** 储值卡充值 at the POS, paid in cash into the open shift's drawer or by the payer's WeChat / Alipay payment code
 * (微信/支付宝付款码): the card by its number (read or typed), the amount, and after the top-up the bonus the API
 * granted by the product's tiers. A code is sent once; while the payer confirms the POS asks again with a growing
 * delay, and the card is credited only once the channel says paid. One idempotency key per attempt: a retry after
 * a lost answer tops up once (a refused code starts a new attempt, with a new code). */
export function CardTopUp({ stationId }: { stationId: string }) {
  const { message } = App.useApp();
  const [topUp] = useMutation(PosCardTopUpDocument, { refetchQueries: ["CurrentShift"], awaitRefetchQueries: true });
  const [byCode] = useMutation(PosCardTopUpByCodeDocument);
  const [refresh] = useMutation(PosCardTopUpPaymentRefreshDocument);
  const [method, setMethod] = useState<Method>("CASH");
  const [code, setCode] = useState("");
  const [waiting, setWaiting] = useState<PosTopUpPaymentFragment | null>(null);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [amount, setAmount] = useState("");
  const [lookup, setLookup] = useState<CardLookup | null>(null);
  const [attempt, setAttempt] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({ fields: new Map(), general: [] });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const number = cardNumber(typed);
  useCardLookup(open ? number : "", (found) => setLookup(found));
  const current = lookup?.number === number ? lookup : null;
  const amountFen = amount.trim() ? yuanToFen(amount) : null;
  const problem = topUpProblem(current, amount) ?? (method !== "CASH" && !CODE.test(code.trim())
    ? "请扫描顾客的付款码" : null);

  const start = () => {
    setTyped("");
    setAmount("");
    setLookup(null);
    setErrors({ fields: new Map(), general: [] });
    setDone(null);
    setAttempt(crypto.randomUUID());
    setMethod("CASH");
    setCode("");
    setWaiting(null);
    setOpen(true);
  };
  const finish = (payment: PosTopUpPaymentFragment) => {
    setWaiting(null);
    if (payment.status === "SUCCEEDED" && payment.card) {
      setDone({ amountFen: payment.amount.fen, bonusFen: payment.bonus.fen, balanceFen: payment.card.balance.total.fen,
        number: payment.card.number });
      setLookup({ status: "found", number: payment.card.number, card: payment.card });
    } else if (payment.final) {  // refused or reversed: nothing was credited; a new code is a new attempt
      setErrors({ fields: new Map(), general: [`付款未成功${payment.message ? `：${payment.message}` : ""}，未充值，请重新扫码`] });
      setCode("");
      setAttempt(crypto.randomUUID());
    } else {
      setWaiting(payment);
    }
  };
  /** While the payer confirms, ask again with a growing delay; still pending after that, the cashier asks again. */
  const follow = async (payment: PosTopUpPaymentFragment) => {
    let current = payment;
    for (const delay of POLL_DELAYS_MS) {
      if (current.final) break;
      setWaiting(current);
      await wait(delay);
      current = (await refresh({ variables: { id: current.id } })).data?.cardTopUpPaymentRefresh ?? current;
    }
    finish(current);
  };
  const submitCode = async () => {
    if (current?.status !== "found" || amountFen === null) return;
    const payload = (await byCode({ variables: { input: {
      cardId: current.card.id, stationId, amountFen, method, authCode: code.trim(), idempotencyKey: attempt,
    } } })).data?.cardTopUpByCode;
    if (!payload) return;
    if (payload.errors.length) {
      setErrors(fieldErrors(payload.errors));
      return;
    }
    setErrors({ fields: new Map(), general: [] });
    if (payload.topUp) await follow(payload.topUp);
  };
  const askAgain = async () => {
    if (!waiting || busy) return;
    setBusy(true);
    try {
      await follow(waiting);
    } catch (error) {
      message.error(topLevelMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    if (problem || busy || current?.status !== "found" || amountFen === null) return;
    setBusy(true);
    try {
      if (method !== "CASH") {
        await submitCode();
        return;
      }
      const payload = (await topUp({ variables: { input: {
        cardId: current.card.id, stationId, amountFen, method: "CASH", idempotencyKey: attempt,
      } } })).data?.cardTopUp;
      if (!payload) return;
      if (payload.errors.length) {
        setErrors(fieldErrors(payload.errors));
        return;
      }
      setErrors({ fields: new Map(), general: [] });
      if (payload.topUp && payload.card) {
        setDone({ amountFen: payload.topUp.amount.fen, bonusFen: payload.topUp.bonus.fen,
          balanceFen: payload.card.balance.total.fen, number: payload.card.number });
        setLookup({ status: "found", number: payload.card.number, card: payload.card });
      }
    } catch (error) {
      message.error(`${topLevelMessage(error)}（可直接重试，不会重复充值）`);
    } finally {
      setBusy(false);
    }
  };

  const tiers = current?.status === "found" ? bonusTiersText(current.card) : null;
  return (
    <>
      <Button size="large" data-testid="card-top-up" onClick={start}>储值卡充值</Button>
      <Modal title="储值卡充值" open={open} onCancel={() => setOpen(false)} destroyOnHidden maskClosable={false}
        footer={done ? [
          <Button key="ok" type="primary" onClick={() => setOpen(false)} data-testid="card-top-up-done">完成</Button>,
        ] : waiting ? [
          <Button key="cancel" onClick={() => setOpen(false)} disabled={busy}>稍后处理</Button>,
          <Button key="ok" type="primary" loading={busy} onClick={() => void askAgain()}
            data-testid="card-top-up-ask-again">再次查询</Button>,
        ] : [
          <Button key="cancel" onClick={() => setOpen(false)} disabled={busy}>取消</Button>,
          <Button key="ok" type="primary" loading={busy} disabled={problem !== null} onClick={() => void submit()}
            data-testid="card-top-up-submit">{method === "CASH" ? "确认收款并充值" : "收款并充值"}</Button>,
        ]}>
        {done ? (
          <div data-testid="card-top-up-result"><Result status="success" title="充值成功" subTitle={(
            <Space direction="vertical" size={2} style={{ fontSize: 16 }}>
              <span>卡号 {done.number}</span>
              <span>充值 <strong data-testid="card-top-up-amount">{formatYuan(done.amountFen)}</strong>，赠送
                {" "}<strong data-testid="card-top-up-bonus">{formatYuan(done.bonusFen)}</strong></span>
              <span>卡内余额 <strong data-testid="card-top-up-balance">{formatYuan(done.balanceFen)}</strong></span>
            </Space>
          )} /></div>
        ) : (
          <Space direction="vertical" style={{ width: "100%" }} size="middle">
            <Segmented block options={METHODS} value={method} disabled={busy || waiting !== null}
              data-testid="card-top-up-method"
              onChange={(value) => { setMethod(value as Method); setAttempt(crypto.randomUUID());
                setErrors({ fields: new Map(), general: [] }); }} />
            <Input size="large" addonBefore="卡号" autoFocus value={typed} data-testid="card-top-up-number"
              placeholder="刷卡或输入储值卡卡号" inputMode="numeric" status={errors.fields.has("cardId") ? "error" : undefined}
              onChange={(e) => { setTyped(e.target.value); setErrors({ fields: new Map(), general: [] }); }} />
            <CardInfo lookup={current} />
            <Messages messages={errors.fields.get("cardId")} />
            <Input size="large" addonBefore="充值金额（元）" value={amount} data-testid="card-top-up-amount-input"
              status={amount.trim() && amountFen === null || errors.fields.has("amountFen") ? "error" : undefined}
              onChange={(e) => { setAmount(e.target.value); setErrors({ fields: new Map(), general: [] }); }}
              onPressEnter={() => void submit()} />
            {method !== "CASH" && (
              <Input size="large" addonBefore="付款码" value={code} data-testid="card-top-up-code" inputMode="numeric"
                placeholder={method === "WECHAT" ? "扫描顾客微信付款码" : "扫描顾客支付宝付款码"} disabled={busy || waiting !== null}
                status={errors.general.length ? "error" : undefined}
                onChange={(e) => { setCode(e.target.value); setErrors({ fields: new Map(), general: [] }); }}
                onPressEnter={() => void submit()} />
            )}
            {tiers && <Typography.Text type="secondary" data-testid="card-top-up-tiers">充值赠送：{tiers}（以实际到账为准）</Typography.Text>}
            <Messages messages={errors.fields.get("amountFen")} />
            {problem && (typed.trim() || amount.trim()) ? <Typography.Text type="secondary">{problem}</Typography.Text> : null}
            {errors.general.map((m) => <Alert key={m} type="error" showIcon message={m} />)}
            {waiting && <Alert type="info" showIcon data-testid="card-top-up-waiting"
              message="等待顾客在手机上确认付款…" description="确认付款后才会充值到卡；可稍后再次查询，超过 5 分钟未付款将自动撤销。" />}
            <Typography.Text type="secondary">{method === "CASH" ? "现金收入本班钱箱。"
              : "款项进入本站商户号，渠道确认付款后充值到卡。"}</Typography.Text>
          </Space>
        )}
      </Modal>
    </>
  );
}

function Messages({ messages }: { messages: string[] | undefined }) {
  return <>{messages?.map((m) => <Typography.Text key={m} type="danger" style={{ display: "block" }}>{m}</Typography.Text>)}</>;
}
