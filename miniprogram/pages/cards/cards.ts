// The member's stored-value cards: balance (principal and bonus), state, the statement of the card opened,
// reporting a card lost (挂失), which stops it paying at once, and topping a card up by WeChat Pay (充值: the
// sheet offers amounts within the product's range and shows the bonus before paying; the card's balance is
// read again once the top-up is final), and setting or changing the card's payment password with the SMS code
// sent to the card's bound mobile. Figures are the platform's.
import { ensureSignedIn } from "../../lib/auth";
import * as cards from "../../lib/cards";
import { message, time, yuan } from "../../lib/format";
import * as password from "./password";
import * as topup from "./topup";

const LOSABLE = ["ACTIVE", "FROZEN"];

function view(card: cards.Card) {
  return {
    id: card.id, number: card.number, name: card.product.name, child: card.role === "CHILD",
    state: cards.CARD_STATES[card.state] || card.state, active: card.state === "ACTIVE",
    total: yuan(card.balance.total.fen), principal: yuan(card.balance.principal.fen), bonus: yuan(card.balance.bonus.fen),
    expires: card.expiresAt ? time(card.expiresAt) : "", losable: LOSABLE.includes(card.state),
    topUp: card.allows.includes("TOP_UP"), setPassword: card.allows.includes("SET_PASSWORD"),
    passwordLabel: card.hasPassword ? "修改支付密码" : "设置支付密码",
  };
}

const CLOSED_SHEET = { open: false, cardId: "", name: "", presets: [] as any[], amountFen: 0, entered: "", bonus: "",
  problem: "", paying: false, status: "" };

function presetView(options: topup.TopUpOptions, fen: number) {
  const bonus = topup.bonusFor(options.product.bonusTiers, fen);
  return { fen, label: yuan(fen).replace(/\.00$/, ""), bonus: bonus ? `送${yuan(bonus).replace(/\.00$/, "")}` : "" };
}

const CLOSED_PASSWORD = { open: false, cardId: "", title: "", password: "", repeat: "", smsCode: "", problem: "",
  field: "", wait: 0, sending: false, saving: false };
let countdown: number | null = null;

let options: topup.TopUpOptions | null = null;
let attempt: topup.TopUpAttempt | null = null;

function entry(e: cards.StatementEntry) {
  const fen = Number(e.amount.fen);
  return { cursor: e.cursor, at: time(e.at), what: cards.STATEMENT_KINDS[e.kind] || (fen < 0 ? "支出" : "收入"),
    account: e.account === "BONUS" ? "赠送金" : "本金", amount: `${fen > 0 ? "+" : ""}${yuan(fen)}`, after: yuan(e.heldAfter.fen) };
}

Component({
  data: { items: [] as any[], loaded: false, openId: "", entries: [] as any[], more: false, cursor: "", error: "",
    sheet: { ...CLOSED_SHEET }, pw: { ...CLOSED_PASSWORD } },
  methods: {
    async onShow() {
      try {
        await ensureSignedIn();
        const list = await cards.viewerCards();
        this.setData({ items: list.map(view), loaded: true, error: "" });
      } catch (error) {
        this.setData({ error: message(error), loaded: true });
      }
    },
    async onOpen(event: WechatMiniprogram.TouchEvent) {
      const id = String(event.currentTarget.dataset.id);
      if (id === this.data.openId) {
        this.setData({ openId: "", entries: [], more: false, cursor: "" });
        return;
      }
      this.setData({ openId: id, entries: [], more: false, cursor: "" });
      await this.more();
    },
    async more() {
      try {
        const page = await cards.statement(this.data.openId, this.data.cursor || null);
        const entries = [...this.data.entries, ...page.entries.map(entry)];
        this.setData({ entries, more: page.hasNextPage, cursor: entries.length ? entries[entries.length - 1].cursor : "" });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    onReportLost(event: WechatMiniprogram.TouchEvent) {
      const id = String(event.currentTarget.dataset.id);
      wx.showModal({ title: "挂失储值卡", content: "挂失后该卡立即停止消费，找回后请到油站解除挂失。确定挂失？",
        success: (res) => { if (res.confirm) this.reportLost(id); } });
    },
    async onTopUp(event: WechatMiniprogram.TouchEvent) {
      const id = String(event.currentTarget.dataset.id);
      try {
        options = await topup.topUpOptions(id);
        attempt = null;
        const list = topup.presets(options).map((fen) => presetView(options!, fen));
        this.setData({ sheet: { ...CLOSED_SHEET, open: true, cardId: id, name: options.product.name, presets: list,
          bonus: topup.bonusText(options, null) }, error: "" });
        if (list.length) this.choose(list[Math.min(list.length - 1, 2)].fen, "");
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    onPreset(event: WechatMiniprogram.TouchEvent) {
      this.choose(Number(event.currentTarget.dataset.fen), "");
    },
    onAmountInput(event: WechatMiniprogram.Input) {
      const entered = String(event.detail.value || "");
      this.choose(topup.parseYuan(entered) || 0, entered);
    },
    choose(fen: number, entered: string) {
      if (!options) return;
      const problem = entered || fen ? topup.amountProblem(options, fen || null) : "";
      this.patchSheet({ amountFen: fen, entered, problem, bonus: topup.bonusText(options, fen || null), status: "" });
    },
    patchSheet(patch: Partial<typeof CLOSED_SHEET>) {
      this.setData({ sheet: { ...this.data.sheet, ...patch } });
    },
    onCloseSheet() {
      if (this.data.sheet.paying) return;
      options = null;
      attempt = null;
      this.setData({ sheet: { ...CLOSED_SHEET } });
    },
    async onPayTopUp() {
      const sheet = this.data.sheet;
      if (!options || sheet.paying) return;
      const problem = topup.amountProblem(options, sheet.amountFen || null);
      if (problem) {
        this.patchSheet({ problem });
        return;
      }
      if (!attempt || attempt.cardId !== sheet.cardId || attempt.amountFen !== sheet.amountFen) {
        attempt = topup.newTopUp(sheet.cardId, sheet.amountFen);  // kept while this attempt is retried
      }
      this.patchSheet({ paying: true, problem: "", status: "" });
      try {
        const state = await topup.payTopUp(attempt);
        if (state.status === "SUCCEEDED") {
          attempt = null;
          options = null;
          this.setData({ sheet: { ...CLOSED_SHEET } });
          wx.showToast({ title: "充值成功", icon: "success" });
          await this.onShow();  // the balance, as the platform holds it now
          return;
        }
        if (state.final) attempt = null;  // closed or failed: the next try is a new attempt
        this.patchSheet({ paying: false, status: state.final
          ? `${topup.TOP_UP_STATUS[state.status] || state.status}${state.message ? `：${state.message}` : ""}`
          : "充值结果确认中，请稍后查看余额" });
      } catch (error) {
        this.patchSheet({ paying: false, problem: message(error) });
      }
    },
    onPassword(event: WechatMiniprogram.TouchEvent) {
      const id = String(event.currentTarget.dataset.id);
      const card = this.data.items.find((c: any) => c.id === id);
      this.setData({ pw: { ...CLOSED_PASSWORD, open: true, cardId: id, title: card ? card.passwordLabel : "支付密码" } });
    },
    patchPassword(patch: Partial<typeof CLOSED_PASSWORD>) {
      this.setData({ pw: { ...this.data.pw, ...patch } });
    },
    onPasswordInput(event: WechatMiniprogram.Input) {
      const field = String(event.currentTarget.dataset.field) as "password" | "repeat" | "smsCode";
      this.patchPassword({ [field]: String(event.detail.value || ""), problem: "", field: "" });
    },
    onClosePassword() {
      if (this.data.pw.saving) return;
      if (countdown !== null) clearInterval(countdown);
      countdown = null;
      this.setData({ pw: { ...CLOSED_PASSWORD } });
    },
    async onSendCode() {
      const pw = this.data.pw;
      if (pw.sending || pw.wait > 0) return;
      this.patchPassword({ sending: true, problem: "", field: "" });
      try {
        await password.sendCode(pw.cardId);
        this.patchPassword({ sending: false, wait: password.RESEND_AFTER_S });
        wx.showToast({ title: "验证码已发送", icon: "success" });
        countdown = setInterval(() => {
          const wait = this.data.pw.wait - 1;
          this.patchPassword({ wait: Math.max(0, wait) });
          if (wait <= 0 && countdown !== null) { clearInterval(countdown); countdown = null; }
        }, 1000) as unknown as number;
      } catch (error) {
        this.patchPassword({ sending: false, problem: message(error), field: "smsCode" });
      }
    },
    async onSavePassword() {
      const pw = this.data.pw;
      if (pw.saving) return;
      const problem = password.passwordProblem(pw.password, pw.repeat, pw.smsCode);
      if (problem) {
        this.patchPassword({ problem: problem.message, field: problem.field });
        return;
      }
      this.patchPassword({ saving: true, problem: "", field: "" });
      try {
        const card = await password.setPassword(pw.cardId, pw.password, pw.smsCode);
        this.setData({ items: this.data.items.map((c: any) => (c.id === card.id ? view(card) : c)) });
        this.patchPassword({ saving: false });
        this.onClosePassword();
        wx.showToast({ title: "支付密码已设置", icon: "success" });
      } catch (error) {
        const field = error instanceof Error && "errors" in error ? String((error as any).errors[0]?.field || "") : "";
        this.patchPassword({ saving: false, problem: message(error), field });
      }
    },
    async reportLost(id: string) {
      try {
        const card = await cards.reportLost(id);
        this.setData({ items: this.data.items.map((c: any) => (c.id === id ? view(card) : c)), error: "" });
        wx.showToast({ title: "已挂失", icon: "success" });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
  },
});
