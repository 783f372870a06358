// What the driver is about to pay, as the platform priced it: lines, the discounts for this member, the
// amount and the payee; then how to pay: WeChat Pay, or one of the member's stored-value cards (balance
// shown, the payment password asked when the card's product wants it for this amount or the platform said
// it is needed). Choosing another tender emits `tender` (the page asks the platform to price the sale for it);
// the pay button emits `pay` with the choice. It shows the API's figures only.
import { asksPassword } from "../../lib/cards";
import { PAYMENT_STATES, yuan } from "../../lib/format";

Component({
  properties: {
    quote: { type: Object, value: {} },
    payee: { type: String, value: "" },
    paying: { type: Boolean, value: false },
    status: { type: String, value: "" },
    error: { type: String, value: "" },
    cards: { type: Array, value: [] },  // the member's cards that can pay (lib/cards Card)
    passwordRequired: { type: Boolean, value: false },  // the platform refused for want of the password
  },
  data: {
    lines: [] as any[], discounts: [] as any[], total: "", payable: "", statusText: "", ready: false,
    tender: "WECHAT", cardId: "", password: "", cardOptions: [] as any[], showPassword: false, payLabel: "",
  },
  observers: {
    "quote, status"(quote: any, status: string) {
      const ready = Boolean(quote && quote.payable);
      this.setData({
        ready,
        lines: ready ? quote.lines.map((l: any) => ({ description: l.description, amount: yuan(l.amount.fen) })) : [],
        discounts: ready ? quote.discounts.map((d: any) => ({ label: d.label, amount: `-${yuan(d.amount.fen)}` })) : [],
        total: ready ? yuan(quote.total.fen) : "",
        payable: ready ? yuan(quote.payable.fen) : "",
        statusText: status ? PAYMENT_STATES[status] || status : "",
      });
      this.refresh();
    },
    "cards, passwordRequired"() {
      this.refresh();
    },
  },
  methods: {
    refresh() {
      const cards = (this.data.cards || []) as any[];
      const cardId = cards.some((c) => c.id === this.data.cardId) ? this.data.cardId : (cards[0]?.id || "");
      const tender = this.data.tender === "CARD" && !cards.length ? "WECHAT" : this.data.tender;
      const card = cards.find((c) => c.id === cardId);
      const payableFen = this.data.ready ? (this.data.quote as any).payable.fen : 0;
      this.setData({
        cardId, tender,
        cardOptions: cards.map((c) => ({ id: c.id, label: `${c.product.name} 尾号${c.number.slice(-4)}`,
          balance: yuan(c.balance.total.fen) })),
        showPassword: tender === "CARD" && (this.data.passwordRequired || asksPassword(card, payableFen)),
        payLabel: `${tender === "CARD" ? "储值卡支付" : "微信支付"} ${this.data.payable}`,
      });
    },
    choose(tender: string, extra: Record<string, unknown> = {}) {
      const changed = tender !== this.data.tender;
      this.setData({ tender, ...extra });
      this.refresh();
      if (changed) this.triggerEvent("tender", { tender });
    },
    onTender(event: WechatMiniprogram.TouchEvent) {
      this.choose(String(event.currentTarget.dataset.tender));
    },
    onCard(event: WechatMiniprogram.TouchEvent) {
      this.choose("CARD", { cardId: String(event.currentTarget.dataset.id), password: "" });
    },
    onPassword(event: WechatMiniprogram.Input) {
      this.setData({ password: event.detail.value });
    },
    onPay() {
      if (!this.data.ready || this.data.paying) return;
      const card = this.data.tender === "CARD";
      this.triggerEvent("pay", card
        ? { tender: "CARD", cardId: this.data.cardId, password: this.data.showPassword ? this.data.password : "" }
        : { tender: "WECHAT" });
    },
  },
});
