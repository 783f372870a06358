// The member centre: profile, orders, vehicles, cards, settings; tier and points open when their services do.
import { ensureSignedIn, viewer } from "../../lib/auth";

Component({
  data: { member: null as any, error: "" },
  methods: {
    async onShow() {
      try {
        await ensureSignedIn();
        this.setData({ member: await viewer(), error: "" });
      } catch (error) {
        this.setData({ error: error instanceof Error ? error.message : String(error) });
      }
    },
    go(event: WechatMiniprogram.TouchEvent) {
      wx.navigateTo({ url: String(event.currentTarget.dataset.url) });
    },
  },
});
