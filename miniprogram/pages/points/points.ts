// 我的积分: the points held (and what they pay now, when the platform says), the statement page by page.
import { ensureSignedIn } from "../../lib/auth";
import * as loyalty from "../../lib/loyalty";
import { message } from "../../lib/format";

Component({
  data: {
    balance: "", value: "", tierName: "", expiring: "", movements: [] as loyalty.Movement[], more: false, cursor: "",
    loading: false, error: "",
  },
  methods: {
    onShow() {
      return this.reload();
    },
    async onPullDownRefresh() {
      await this.reload();
      wx.stopPullDownRefresh();
    },
    async reload() {
      this.setData({ movements: [], cursor: "", more: false });
      return this.more();
    },
    async more() {
      if (this.data.loading) return;
      this.setData({ loading: true });
      try {
        await ensureSignedIn();
        const page = await loyalty.statement(this.data.cursor || null);
        this.setData({
          balance: String(page.balance), value: page.value, tierName: page.tierName, expiring: page.expiring,
          movements: [...this.data.movements, ...page.movements], more: page.hasNextPage,
          cursor: page.endCursor || "", error: "",
        });
      } catch (error) {
        this.setData({ error: message(error) });
      } finally {
        this.setData({ loading: false });
      }
    },
    onTier() {
      wx.navigateTo({ url: "/pages/tier/tier" });
    },
  },
});
