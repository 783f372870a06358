// 母卡管理: the parent card's children with their balances and own limits; add a child, allocate to one or
// many children at once, take money back, set a child's limits, and the parent's statement. Balances, limits
// and refusals are the platform's; the amounts typed in are sent as they are.
import { ensureSignedIn } from "../../lib/auth";
import * as cards from "../../lib/cards";
import * as family from "../../lib/family";
import { message, time, yuan } from "../../lib/format";

const EMPTY_LIMITS = { perTransactionLimitFen: "", dailyLimitFen: "", monthlyLimitFen: "", dailyCountLimit: "" };

function limitsText(c: family.FamilyCard): string {
  const parts = [c.perTransactionLimit ? `单笔 ${yuan(c.perTransactionLimit.fen)}` : "",
    c.dailyLimit ? `每日 ${yuan(c.dailyLimit.fen)}` : "", c.monthlyLimit ? `每月 ${yuan(c.monthlyLimit.fen)}` : "",
    c.dailyCountLimit !== null && c.dailyCountLimit !== undefined ? `每日 ${c.dailyCountLimit} 笔` : ""].filter(Boolean);
  return parts.length ? parts.join(" · ") : "无单独限额";
}

const yuanText = (m: { fen: string | number } | null | undefined) => (m ? (Number(m.fen) / 100).toFixed(2).replace(/\.00$/, "") : "");

function child(c: family.FamilyCard, shared: boolean) {
  return {
    id: c.id, number: c.number, tail: c.number.slice(-4), state: cards.CARD_STATES[c.state] || c.state,
    active: c.state === "ACTIVE", balance: shared ? "共享母卡余额" : yuan(c.balance.total.fen),
    limits: limitsText(c), receives: !shared && c.allows.includes("RECEIVE"),
    givesBack: !shared && c.allows.includes("GIVE_BACK") && Number(c.balance.total.fen) > 0,
    form: { perTransactionLimitFen: yuanText(c.perTransactionLimit), dailyLimitFen: yuanText(c.dailyLimit),
      monthlyLimitFen: yuanText(c.monthlyLimit), dailyCountLimit: c.dailyCountLimit == null ? "" : String(c.dailyCountLimit) },
  };
}

function entry(e: cards.StatementEntry) {
  const f = Number(e.amount.fen);
  return { cursor: e.cursor, at: time(e.at), what: cards.STATEMENT_KINDS[e.kind] || (f < 0 ? "支出" : "收入"),
    account: e.account === "BONUS" ? "赠送金" : "本金", amount: `${f > 0 ? "+" : ""}${yuan(f)}`, after: yuan(e.heldAfter.fen) };
}

function limitsOf(form: Record<string, string>): family.Limits {
  return { perTransactionLimitFen: family.fen(form.perTransactionLimitFen), dailyLimitFen: family.fen(form.dailyLimitFen),
    monthlyLimitFen: family.fen(form.monthlyLimitFen), dailyCountLimit: family.count(form.dailyCountLimit) };
}

Component({
  data: {
    parents: [] as { id: string; number: string; name: string }[], parentIndex: 0, parent: null as any,
    children: [] as ReturnType<typeof child>[], amounts: [] as string[], allocatable: false, loaded: false,
    adding: false, addForm: { mode: "ALLOCATED", number: "", ...EMPTY_LIMITS }, modeFixed: false,
    limitsIndex: -1, limitsForm: { ...EMPTY_LIMITS }, busy: false,
    entries: [] as ReturnType<typeof entry>[], more: false, cursor: "", error: "", notice: "",
  },
  methods: {
    onShow() {
      return this.load();
    },
    async load() {
      try {
        await ensureSignedIn();
        const list = await family.parents();
        const index = Math.min(this.data.parentIndex, Math.max(0, list.length - 1));
        const p = list.length ? await family.parent(list[index].id) : null;
        const shared = p?.mode === "SHARED";
        this.setData({
          parents: list.map((c) => ({ id: c.id, number: c.number, name: c.product.name })), parentIndex: index,
          parent: p ? { id: p.id, number: p.number, name: p.product.name, total: yuan(p.balance.total.fen),
            principal: yuan(p.balance.principal.fen), bonus: yuan(p.balance.bonus.fen),
            mode: p.mode ? family.MODES[p.mode] || p.mode : "未设置（添加首张子卡时选择）", canAdd: p.allows.includes("ADD_CHILD") } : null,
          children: p ? p.children.map((c) => child(c, shared)) : [], amounts: p ? p.children.map(() => "") : [],
          allocatable: Boolean(p && !shared && p.allows.includes("ALLOCATE") && p.children.some((c) => c.allows.includes("RECEIVE"))),
          modeFixed: Boolean(p?.mode), addForm: { ...this.data.addForm, mode: p?.mode || this.data.addForm.mode },
          loaded: true, error: "",
        });
        if (p) await this.statement(true);
      } catch (error) {
        this.setData({ error: message(error), loaded: true });
      }
    },
    onParent(event: WechatMiniprogram.TouchEvent) {
      this.setData({ parentIndex: Number(event.currentTarget.dataset.index), limitsIndex: -1, adding: false });
      return this.load();
    },
    async statement(fresh = false) {
      try {
        const page = await cards.statement(this.data.parent.id, fresh ? null : this.data.cursor || null);
        const entries = [...(fresh ? [] : this.data.entries), ...page.entries.map(entry)];
        this.setData({ entries, more: page.hasNextPage, cursor: entries.length ? entries[entries.length - 1].cursor : "" });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    moreStatement() {
      return this.statement(false);
    },
    onAmount(event: WechatMiniprogram.Input) {
      const amounts = [...this.data.amounts];
      amounts[Number(event.currentTarget.dataset.index)] = event.detail.value;
      this.setData({ amounts });
    },
    async onAllocate() {
      if (this.data.busy) return;
      let allocations: { childId: string; amountFen: number }[];
      try {
        allocations = this.data.children.flatMap((c, i) => {
          const amount = c.receives ? family.fen(this.data.amounts[i]) : null;
          return amount ? [{ childId: c.id, amountFen: amount }] : [];
        });
      } catch (error) {
        this.setData({ error: message(error) });
        return;
      }
      if (!allocations.length) {
        this.setData({ error: "请输入要划拨给子卡的金额" });
        return;
      }
      await this.move(() => family.allocate(this.data.parent.id, allocations),
        `已划拨 ${yuan(allocations.reduce((s, a) => s + a.amountFen, 0))}`);
    },
    onTakeBack(event: WechatMiniprogram.TouchEvent) {
      const c = this.data.children[Number(event.currentTarget.dataset.index)];
      wx.showModal({
        title: `子卡尾号 ${c.tail} 返款`, content: "", editable: true, placeholderText: `留空则全部返还（${c.balance}）`,
        success: (res) => {
          if (!res.confirm) return;
          let amount: number | null;
          try {
            amount = family.fen((res as { content?: string }).content);
          } catch (error) {
            this.setData({ error: message(error) });
            return;
          }
          this.move(() => family.takeBack(this.data.parent.id, c.id, amount), amount === null ? "已全部返还母卡" : `已返还 ${yuan(amount)}`);
        },
      });
    },
    async move(work: () => Promise<unknown>, done: string) {
      this.setData({ busy: true, error: "", notice: "" });
      try {
        await work();
        this.setData({ notice: done });
        wx.showToast({ title: done, icon: "success" });
        await this.load();
      } catch (error) {
        this.setData({ error: message(error) });
      } finally {
        this.setData({ busy: false });
      }
    },
    onAddOpen() {
      this.setData({ adding: !this.data.adding, error: "" });
    },
    onAddField(event: WechatMiniprogram.Input) {
      this.setData({ addForm: { ...this.data.addForm, [String(event.currentTarget.dataset.field)]: event.detail.value } });
    },
    onMode(event: WechatMiniprogram.TouchEvent) {
      if (!this.data.modeFixed) this.setData({ addForm: { ...this.data.addForm, mode: String(event.currentTarget.dataset.mode) } });
    },
    async onAdd() {
      if (this.data.busy) return;
      const form = this.data.addForm as Record<string, string>;
      this.setData({ busy: true, error: "" });
      try {
        const added = await family.addChild(this.data.parent.id, form.mode, form.number, limitsOf(form));
        this.setData({ adding: false, addForm: { mode: form.mode, number: "", ...EMPTY_LIMITS }, notice: `已添加子卡 ${added.number}` });
        wx.showToast({ title: "已添加子卡", icon: "success" });
        await this.load();
      } catch (error) {
        this.setData({ error: message(error) });
      } finally {
        this.setData({ busy: false });
      }
    },
    onLimitsOpen(event: WechatMiniprogram.TouchEvent) {
      const index = Number(event.currentTarget.dataset.index);
      this.setData({ limitsIndex: index === this.data.limitsIndex ? -1 : index,
        limitsForm: { ...this.data.children[index].form }, error: "" });
    },
    onLimitField(event: WechatMiniprogram.Input) {
      this.setData({ limitsForm: { ...this.data.limitsForm, [String(event.currentTarget.dataset.field)]: event.detail.value } });
    },
    async onLimitsSave() {
      if (this.data.busy) return;
      const c = this.data.children[this.data.limitsIndex];
      this.setData({ busy: true, error: "" });
      try {
        await family.setLimits(c.id, limitsOf(this.data.limitsForm as Record<string, string>));
        this.setData({ limitsIndex: -1, notice: `子卡尾号 ${c.tail} 限额已保存` });
        wx.showToast({ title: "限额已保存", icon: "success" });
        await this.load();
      } catch (error) {
        this.setData({ error: message(error) });
      } finally {
        this.setData({ busy: false });
      }
    },
  },
});

