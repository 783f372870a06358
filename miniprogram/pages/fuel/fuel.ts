// One-tap fueling: the station (chosen, or deep-linked by its QR code), the nozzle by its live state, the
// fueling just completed on it, the price the platform computes for this member, WeChat Pay (the payment
// followed until final) or one of the member's stored-value cards, then the receipt. A retry of the same
// payment reuses its idempotency key.
import { ensureSignedIn, PayloadError } from "../../lib/auth";
import * as cards from "../../lib/cards";
import * as fueling from "../../lib/fueling";
import { litres, message, time, yuan } from "../../lib/format";

Component({
  data: {
    stationId: "", station: null as fueling.Station | null, nozzles: [] as fueling.Nozzle[], nozzle: 0,
    fuelings: [] as any[], fuelingId: "", quote: null as fueling.Quote | null, paying: false, status: "",
    error: "", attempt: null as fueling.Attempt | null, paymentId: "",
    cards: [] as cards.Card[], cardAttempt: null as cards.CardAttempt | null, passwordRequired: false,
    tender: "WECHAT" as "WECHAT" | "CARD",
  },
  methods: {
    async onLoad(options: Record<string, string | undefined>) {
      const id = options.stationId || fueling.stationFromScan(options.q || "") || (options.scene ? decodeURIComponent(options.scene) : "");
      if (!id) {
        this.setData({ error: "请先选择加油站" });
        return;
      }
      await ensureSignedIn();
      await this.loadStation(id);
      await this.loadCards();
    },
    async loadCards() {
      try {
        this.setData({ cards: await cards.payingCards() });
      } catch {
        this.setData({ cards: [] });  // WeChat Pay stays available
      }
    },
    async loadStation(id: string) {
      try {
        const station = await fueling.station(id);
        if (!station) {
          this.setData({ error: "加油站不存在" });
          return;
        }
        this.setData({ stationId: id, station, nozzles: await fueling.nozzles(id), error: "" });
        wx.setNavigationBarTitle({ title: station.name });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    async onNozzle(event: WechatMiniprogram.CustomEvent<{ number: number }>) {
      const nozzle = event.detail.number;
      this.setData({ nozzle, fuelingId: "", quote: null, attempt: null, status: "", error: "" });
      try {
        const list = await fueling.fuelings(this.data.stationId, nozzle);
        this.setData({
          fuelings: list.map((f) => ({ id: f.id, amount: yuan(f.amount.fen), volume: litres(f.volume.ml),
            price: yuan(f.unitPrice.fen), endedAt: time(f.endedAt) })),
          error: list.length ? "" : "这把油枪 15 分钟内没有待支付的加油记录",
        });
        if (list.length === 1) await this.choose(list[0].id);
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    async onFueling(event: WechatMiniprogram.TouchEvent) {
      await this.choose(String(event.currentTarget.dataset.id));
    },
    async choose(fuelingId: string) {
      this.setData({ fuelingId, quote: null, attempt: null, cardAttempt: null, passwordRequired: false, status: "",
        error: "", tender: "WECHAT" });
      try {
        this.setData({ quote: await fueling.quote(this.data.stationId, fuelingId) });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    /** The sheet's tender changed: the sale priced again for it (the sheet stays open with the last price until
     * the new one arrives; an answer overtaken by another change is dropped). */
    async onTender(event: WechatMiniprogram.CustomEvent<{ tender: "WECHAT" | "CARD" }>) {
      const tender = event.detail.tender;
      const { stationId, fuelingId } = this.data;
      this.setData({ tender });
      try {
        const priced = await fueling.quote(stationId, fuelingId, tender);
        if (this.data.tender === tender && this.data.fuelingId === fuelingId) this.setData({ quote: priced });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    async onPay(event?: WechatMiniprogram.CustomEvent<{ tender?: string; cardId?: string; password?: string }>) {
      const choice = event?.detail || {};
      if (choice.tender === "CARD") return this.payByCard(String(choice.cardId), choice.password || "");
      if (!this.data.fuelingId || this.data.paying) return;
      // the same attempt (and key) until it ends: a retry after a lost answer pays once
      const attempt = this.data.attempt || fueling.newAttempt(this.data.stationId, this.data.fuelingId);
      this.setData({ attempt, paying: true, error: "", status: "" });
      try {
        const made = await fueling.checkout(attempt);
        this.setData({ paymentId: made.payment.id, status: made.payment.status });
        await fueling.requestPayment(made.requestPayment);
        const state = await fueling.followPayment(made.payment.id);
        this.setData({ status: state.payment.status, attempt: state.final ? null : attempt });
        if (state.payment.status === "SUCCEEDED") {
          wx.redirectTo({ url: `/pages/order/order?id=${encodeURIComponent(state.order.id)}&paid=1` });
        } else if (state.final) {
          this.setData({ error: state.payment.message || "支付未完成，请重新支付" });
        }
      } catch (error) {
        if (error instanceof PayloadError && error.errors[0]?.code === "PHONE_REQUIRED") {
          wx.navigateTo({ url: "/pages/login/login" });
        }
        this.setData({ error: message(error) });
      } finally {
        this.setData({ paying: false });
      }
    },
    async payByCard(cardId: string, password: string) {
      if (!this.data.fuelingId || this.data.paying || !cardId) return;
      const attempt = this.data.cardAttempt || cards.newCardAttempt(this.data.stationId, this.data.fuelingId);
      this.setData({ cardAttempt: attempt, paying: true, error: "", status: "" });
      try {
        const paid = await cards.payByCard(attempt, cardId, password);
        this.setData({ status: paid.payment.status, cardAttempt: null });
        wx.redirectTo({ url: `/pages/order/order?id=${encodeURIComponent(paid.order.id)}&paid=1` });
      } catch (error) {
        // a refusal charged nothing: the same attempt may go again, with the password or another card
        const passwordRequired = error instanceof PayloadError && error.errors.some((e) => e.field === "password");
        this.setData({ error: message(error), passwordRequired: passwordRequired || this.data.passwordRequired });
      } finally {
        this.setData({ paying: false });
      }
    },
    onScan() {
      wx.scanCode({ onlyFromCamera: true, success: (res) => {
        const id = fueling.stationFromScan(res.path || res.result);
        if (id) this.loadStation(id);
      } });
    },
  },
});
