// The member's stored-value cards: balance (principal and bonus), state, the statement of the card opened,
// and reporting a card lost (挂失), which stops it paying at once. Figures are the platform's.
import { ensureSignedIn } from "../../lib/auth";
import * as cards from "../../lib/cards";
import { time, yuan } from "../../lib/format";

const LOSABLE = ["ACTIVE", "FROZEN"];

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function view(card: cards.Card) {
  return {
    id: card.id, number: card.number, name: card.product.name, child: card.role === "CHILD",
    state: cards.CARD_STATES[card.state] || card.state, active: card.state === "ACTIVE",
    total: yuan(card.balance.total.fen), principal: yuan(card.balance.principal.fen), bonus: yuan(card.balance.bonus.fen),
    expires: card.expiresAt ? time(card.expiresAt) : "", losable: LOSABLE.includes(card.state),
  };
}

function entry(e: cards.StatementEntry) {
  const fen = Number(e.amount.fen);
  return { cursor: e.cursor, at: time(e.at), what: cards.STATEMENT_KINDS[e.kind] || (fen < 0 ? "支出" : "收入"),
    account: e.account === "BONUS" ? "赠送金" : "本金", amount: `${fen > 0 ? "+" : ""}${yuan(fen)}`, after: yuan(e.heldAfter.fen) };
}

Component({
  data: { items: [] as any[], loaded: false, openId: "", entries: [] as any[], more: false, cursor: "", error: "" },
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
