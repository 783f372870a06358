import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Input, Modal, Result, Space, Typography } from "antd";
import { useState } from "react";
import { PosCardTopUpDocument } from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { formatYuan } from "../../lib/format";
import { CardInfo } from "./CardInfo";
import { bonusTiersText, cardNumber, type CardLookup } from "./cards";
import { fieldErrors, topUpProblem, type FieldErrors } from "./topUp";
import { yuanToFen } from "./money";
import { useCardLookup } from "./useCardLookup";

interface Done {
  amountFen: number;
  bonusFen: number;
  balanceFen: number;
  number: string;
}

/** 储值卡充值 at the POS, paid in cash into the open shift's drawer: the card by its number (read or typed), the
 * amount, and after the top-up the bonus the API granted by the product's tiers. One idempotency key per open
 * dialog: a retry after a lost answer tops up once. */
export function CardTopUp({ stationId }: { stationId: string }) {
  const { message } = App.useApp();
  const [topUp] = useMutation(PosCardTopUpDocument, { refetchQueries: ["CurrentShift"], awaitRefetchQueries: true });
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
  const problem = topUpProblem(current, amount);

  const start = () => {
    setTyped("");
    setAmount("");
    setLookup(null);
    setErrors({ fields: new Map(), general: [] });
    setDone(null);
    setAttempt(crypto.randomUUID());
    setOpen(true);
  };
  const submit = async () => {
    if (problem || busy || current?.status !== "found" || amountFen === null) return;
    setBusy(true);
    try {
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
      <Modal title="储值卡充值（现金）" open={open} onCancel={() => setOpen(false)} destroyOnHidden maskClosable={false}
        footer={done ? [
          <Button key="ok" type="primary" onClick={() => setOpen(false)} data-testid="card-top-up-done">完成</Button>,
        ] : [
          <Button key="cancel" onClick={() => setOpen(false)} disabled={busy}>取消</Button>,
          <Button key="ok" type="primary" loading={busy} disabled={problem !== null} onClick={() => void submit()}
            data-testid="card-top-up-submit">确认收款并充值</Button>,
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
            <Input size="large" addonBefore="卡号" autoFocus value={typed} data-testid="card-top-up-number"
              placeholder="刷卡或输入储值卡卡号" inputMode="numeric" status={errors.fields.has("cardId") ? "error" : undefined}
              onChange={(e) => { setTyped(e.target.value); setErrors({ fields: new Map(), general: [] }); }} />
            <CardInfo lookup={current} />
            <Messages messages={errors.fields.get("cardId")} />
            <Input size="large" addonBefore="充值金额（元）" value={amount} data-testid="card-top-up-amount-input"
              status={amount.trim() && amountFen === null || errors.fields.has("amountFen") ? "error" : undefined}
              onChange={(e) => { setAmount(e.target.value); setErrors({ fields: new Map(), general: [] }); }}
              onPressEnter={() => void submit()} />
            {tiers && <Typography.Text type="secondary" data-testid="card-top-up-tiers">充值赠送：{tiers}（以实际到账为准）</Typography.Text>}
            <Messages messages={errors.fields.get("amountFen")} />
            {problem && (typed.trim() || amount.trim()) ? <Typography.Text type="secondary">{problem}</Typography.Text> : null}
            {errors.general.map((m) => <Alert key={m} type="error" showIcon message={m} />)}
            <Typography.Text type="secondary">现金收入本班钱箱。</Typography.Text>
          </Space>
        )}
      </Modal>
    </>
  );
}

function Messages({ messages }: { messages: string[] | undefined }) {
  return <>{messages?.map((m) => <Typography.Text key={m} type="danger" style={{ display: "block" }}>{m}</Typography.Text>)}</>;
}
