import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Divider, Input, Space, Typography } from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import { CheckoutCreateDocument, PaymentRefreshDocument, type PosOrderFieldsFragment } from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { useSession } from "../../lib/session";
import type { GoodsLine } from "./cart";
import { GoodsPicker } from "./GoodsPicker";
import { MemberPanel, type Driver } from "./MemberPanel";
import { cardNumber, memberCardChoices, type CardLookup } from "./cards";
import { AttemptKey, yuanToFen } from "./money";
import { awaitPayment } from "./polling";
import { ReceiptModal } from "./ReceiptModal";
import { quoteRequest } from "./quote";
import { QuoteSummary } from "./QuoteSummary";
import { newTenderRow, TenderRows } from "./TenderRows";
import { placeTenderErrors } from "./tenderErrors";
import { allocate, type TenderRow } from "./tenders";
import { useCheckoutQuote } from "./useCheckoutQuote";

export interface Selected {
  id: string;
  label: string;
}

const ERRORS: Record<string, string> = {
  NO_OPEN_SHIFT: "请先开班", ALREADY_PAID: "所选加油记录已结账", NO_MERCHANT: "本站未配置该支付渠道",
  IDEMPOTENCY_CONFLICT: "请重新结账",
};
type PaidOrder = PosOrderFieldsFragment & { receiptHtml: string };
const REFRESH_QUERIES = ["CurrentShift", "PosShiftOrders", "Fuelings"];

/** Keys that belong to a dialog or a field handling them itself, not to the checkout. */
function elsewhere(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  return Boolean(target?.closest(".ant-modal-wrap, .ant-drawer, .ant-select-dropdown"));
}

/** Pay the selected fuelings and goods with one or more tenders (cash with change, bank card with its reference,
 * a scanned payment code: polled while the payer confirms; a stored-value card, the member's points, on account),
 * for the driver when identified (the order records the
 * member and plate). What is due comes from the API's quote, asked again whenever the fuelings, goods, member,
 * manual discount or tender kinds change; it can be paid once the quote of what is on screen has come without
 * errors. Enter pays, Esc clears (the member too, as does a completed checkout); a retry after a lost answer reuses
 * the attempt's idempotency key. A refusal naming a tender is shown in its row. */
export function CheckoutPanel({ stationId, selected, onClear }: {
  stationId: string; selected: Selected[]; onClear: () => void;
}) {
  const { message } = App.useApp();
  const { can } = useSession();
  const [checkout] = useMutation(CheckoutCreateDocument, { refetchQueries: REFRESH_QUERIES });
  const [refresh] = useMutation(PaymentRefreshDocument);
  const [goods, setGoods] = useState<GoodsLine[]>([]);
  const [rows, setRows] = useState<TenderRow[]>(() => [newTenderRow("CASH")]);
  const [discount, setDiscount] = useState("");
  const [discountReason, setDiscountReason] = useState("");
  const [driver, setDriver] = useState<Driver | null>(null);
  const [round, setRound] = useState(0);
  const [busy, setBusy] = useState(false);
  const [paid, setPaid] = useState<PaidOrder | null>(null);
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<string, string[]>>(new Map());
  const paying = useRef(false);
  const keys = useRef(new AttemptKey());
  const canDiscount = can("MANAGE_ORDERS");
  const canIdentify = can("VIEW_MEMBERS");

  const memberId = driver?.member.id ?? null;
  const orderPlate = memberId ? driver?.plate ?? null : null;
  const memberCards = useMemo(() => memberCardChoices(driver?.member.cards ?? []), [driver]);
  const discountFen = canDiscount && discount.trim() ? yuanToFen(discount) : 0;
  const request = discountFen === null ? null : quoteRequest({
    stationId, fuelingIds: selected.map((s) => s.id), goods, discountFen, discountReason, rows,
    memberId,
  });
  const quoted = useCheckoutQuote(request);
  const { fields, general } = quoted.problems;
  const payableFen = quoted.quote?.payable.fen ?? null;
  const allocation = useMemo(() => allocate(payableFen ?? 0, rows, { memberId, orderPlate }),
    [payableFen, rows, memberId, orderPlate]);
  const empty = selected.length === 0 && goods.length === 0;
  const ready = !empty && !busy && request !== null && quoted.settled && allocation.inputs !== null;

  const editRow = (key: string, change: Partial<TenderRow>) => {
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));
    setRowErrors((current) => {
      if (!current.has(key)) return current;
      const next = new Map(current);
      next.delete(key);
      return next;
    });
  };
  const cardLookedUp = (key: string, lookup: CardLookup) => setRows((current) => current.map((r) => (
    r.key === key && r.kind === "CARD" && cardNumber(r.reference) === lookup.number ? { ...r, card: lookup } : r)));

  const clear = () => {
    setGoods([]);
    setRows([newTenderRow("CASH")]);
    setRowErrors(new Map());
    setDiscount("");
    setDiscountReason("");
    setDriver(null);
    setRound((r) => r + 1);  // the member area starts afresh
    onClear();
  };

  const pay = async () => {
    if (!ready || paying.current || !allocation.inputs || !request) return;
    paying.current = true;
    setBusy(true);
    const { fuelingIds, goods: sold, discountFen: discounted, discountReason: reason } = request.input;
    const input = {
      stationId, fuelingIds, goods: sold, tenders: allocation.inputs, discountFen: discounted, discountReason: reason,
      memberId: request.input.memberId, vehiclePlate: orderPlate,
    };
    const sentRows = rows;
    try {
      const result = (await checkout({ variables: { input: {
        ...input, idempotencyKey: keys.current.for(JSON.stringify(input)),
      } } })).data?.checkoutCreate;
      if (result?.errors.length) {
        const placed = placeTenderErrors(result.errors, sentRows);
        setRowErrors(placed.rows);
        if (placed.passwordAsked.length) {
          setRows((current) => current.map((r) => (placed.passwordAsked.includes(r.key) ? { ...r, passwordAsked: true } : r)));
        }
        placed.rest.forEach((e) => message.error(ERRORS[e.code] ?? e.message));
        if (placed.rows.size) message.error("支付未完成，请查看支付方式中的提示");
        return;
      }
      if (!result?.order) return;
      const order = await awaitPayment(result.order,
        async (paymentId) => (await refresh({ variables: { paymentId } })).data?.paymentRefresh,
        (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
        () => message.loading({ content: "顾客正在支付，请稍候…", key: "paying", duration: 0 }));
      message.destroy("paying");
      keys.current.done();
      clear();
      if (order.status === "PAID") {
        setPaid(order);
      } else {
        const said = order.payments.map((p) => p.channelMessage).filter(Boolean).join("；");
        message.warning(`订单 ${order.number} 未付清${said ? `：${said}` : ""}。可在“本班订单”中查询结果或作废`, 8);
      }
    } catch (error) {
      message.destroy("paying");
      message.error(`${topLevelMessage(error)}（可直接重试，不会重复扣款）`);
    } finally {
      paying.current = false;
      setBusy(false);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (paid || elsewhere(event)) return;
      if (event.key === "Enter") {
        event.preventDefault();
        void pay();
      }
      if (event.key === "Escape" && !busy) clear();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div data-testid="checkout-panel">
      <QuoteSummary quote={request ? quoted.quote : null} loading={quoted.loading} />
      <div style={{ color: "#8c8c8c" }} data-testid="checkout-fuelings">
        {selected.map((s) => s.label).join("，") || "请在上方选择加油记录，或添加商品"}
      </div>
      <Problems messages={fields.get("fuelingIds")} />
      {canIdentify && (
        <>
          <Divider orientation="left" plain>会员</Divider>
          <MemberPanel key={round} driver={driver} onChange={setDriver} />
          <Problems messages={fields.get("memberId")} />
        </>
      )}
      <Divider orientation="left" plain>商品</Divider>
      <GoodsPicker lines={goods} problems={fields} onChange={setGoods} />
      {canDiscount && (
        <>
          <Divider orientation="left" plain>手工优惠</Divider>
          <Space.Compact style={{ width: "100%" }}>
            <Input size="large" addonBefore="优惠（元）" value={discount} style={{ width: "45%" }} data-testid="discount"
              status={discountFen === null || fields.has("discountFen") ? "error" : undefined}
              onChange={(e) => setDiscount(e.target.value)} />
            <Input size="large" placeholder="优惠原因（必填）" value={discountReason} data-testid="discount-reason"
              status={fields.has("discountReason") ? "error" : undefined}
              disabled={!discount.trim()} onChange={(e) => setDiscountReason(e.target.value)} />
          </Space.Compact>
          <Problems messages={discountFen === null ? ["金额格式不正确"] : fields.get("discountFen")} />
          <Problems messages={fields.get("discountReason")} />
        </>
      )}
      <Divider orientation="left" plain>支付</Divider>
      <TenderRows rows={rows} allocation={allocation} idle={empty || payableFen === null} errors={rowErrors}
        memberId={memberId} memberCards={memberCards} orderPlate={orderPlate} onChange={setRows} onEdit={editRow}
        onCardLookup={cardLookedUp} />
      {[...general, ...(quoted.failure ? [`无法计算应收：${quoted.failure}`] : [])].map((m) => (
        <Alert key={m} type="error" showIcon message={m} style={{ marginTop: 12 }} data-testid="quote-problem" />
      ))}
      <Space.Compact block style={{ marginTop: 16 }}>
        <Button size="large" style={{ width: "30%" }} disabled={busy} onClick={clear} data-testid="checkout-clear">取消（Esc）</Button>
        <Button type="primary" size="large" style={{ width: "70%" }} loading={busy} data-testid="checkout-pay"
          disabled={!ready} onClick={() => void pay()}>
          收款（Enter）
        </Button>
      </Space.Compact>
      <ReceiptModal order={paid} onClose={() => setPaid(null)} />
    </div>
  );
}

/** The quote's problems with the field just above. */
function Problems({ messages }: { messages: string[] | undefined }) {
  return <>{messages?.map((m) => (
    <Typography.Text key={m} type="danger" data-testid="quote-problem" style={{ display: "block" }}>{m}</Typography.Text>
  ))}</>;
}
