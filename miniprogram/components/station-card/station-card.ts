// A station in the nearby list: distance, open now, today's prices, the payee; navigate and call.
import { distance, yuan } from "../../lib/format";

Component({
  properties: {
    station: { type: Object, value: {} },
  },
  data: { distanceText: "", grades: [] as { name: string; priceText: string }[], openText: "", open: false },
  observers: {
    station(station: any) {
      if (!station || !station.id) return;
      this.setData({
        distanceText: distance(station.distanceM),
        grades: (station.grades || []).map((g: any) => ({ name: g.name, priceText: yuan(g.price.fen) })),
        openText: station.openNow === false ? "休息中" : station.openNow ? "营业中" : "",
        open: station.openNow !== false,
      });
    },
  },
  methods: {
    onSelect() {
      this.triggerEvent("select", { id: (this.data.station as any).id });
    },
    onNavigate() {
      const s = this.data.station as any;
      if (!s.latitude || !s.longitude) return;
      wx.openLocation({ latitude: Number(s.latitude), longitude: Number(s.longitude), name: s.name, address: s.address || "" });
    },
    onCall() {
      const phone = (this.data.station as any).phone;
      if (phone) wx.makePhoneCall({ phoneNumber: phone });
    },
  },
});
