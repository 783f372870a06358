// The member centre: profile, orders, vehicles, cards, settings; tier and points open when their services do;
// fleet administrators (车队管理员) also find their fleet here.
import { ensureSignedIn, viewer } from "../../lib/auth";
import { fleetNames } from "../fleet/api";
import { message } from "../../lib/format";

Component({
  data: { member: null as any, error: "", fleetName: "" },
  methods: {
    async onShow() {
      try {
        await ensureSignedIn();
        this.setData({ member: await viewer(), error: "" });
        const fleets = await fleetNames().catch(() => []);
        this.setData({ fleetName: fleets.length ? (fleets.length > 1 ? `${fleets[0].name} 等 ${fleets.length} 个` : fleets[0].name) : "" });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    go(event: WechatMiniprogram.TouchEvent) {
      wx.navigateTo({ url: String(event.currentTarget.dataset.url) });
    },
  },
});
