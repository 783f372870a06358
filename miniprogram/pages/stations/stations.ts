// Stations nearby: the phone's location (GCJ-02), distance, open now, today's prices and the payee.
import { ensureSignedIn } from "../../lib/auth";
import { nearbyStations, stationFromScan } from "../../lib/fueling";
import { message } from "../../lib/format";

function location(): Promise<{ latitude: number; longitude: number } | undefined> {
  return new Promise((resolve) => {
    wx.getLocation({ type: "gcj02", success: (res) => resolve({ latitude: res.latitude, longitude: res.longitude }),
      fail: () => resolve(undefined) });
  });
}

Component({
  data: { stations: [] as any[], located: true, loading: false, error: "" },
  methods: {
    onLoad() {
      return this.load();
    },
    onPullDownRefresh() {
      return this.load().finally(() => wx.stopPullDownRefresh({}));
    },
    async load() {
      this.setData({ loading: true, error: "" });
      try {
        await ensureSignedIn();
        const here = await location();
        this.setData({ stations: await nearbyStations(here), located: Boolean(here) });
      } catch (error) {
        this.setData({ error: message(error) });
      } finally {
        this.setData({ loading: false });
      }
    },
    onSelect(event: WechatMiniprogram.CustomEvent<{ id: string }>) {
      wx.navigateTo({ url: `/pages/fuel/fuel?stationId=${encodeURIComponent(event.detail.id)}` });
    },
    onScan() {
      wx.scanCode({ onlyFromCamera: true, success: (res) => {
        const id = stationFromScan(res.path || res.result);
        if (id) wx.navigateTo({ url: `/pages/fuel/fuel?stationId=${encodeURIComponent(id)}` });
        else wx.showToast({ title: "不是加油站的二维码", icon: "none" });
      } });
    },
  },
});
