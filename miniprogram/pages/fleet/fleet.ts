// The fleet the member administers (车队管理): its balances and status, its vehicles with their limits and
// today's use (a vehicle opens its limits page), a plate added to the whitelist, and the monthly statement
// of a chosen month with its totals and lines. Credit, adjustments and top-ups stay with the company.
import { ensureSignedIn } from "../../lib/auth";
import * as api from "./api";
import { fleetView, recentMonths, statementView, type Fleet } from "./logic";
import { message } from "../../lib/format";

Component({
  data: {
    fleets: [] as { id: string; name: string }[], index: 0, fleet: null as any, loaded: false, plate: "",
    months: [] as string[], monthIndex: 0, statement: null as any, statementError: "", error: "",
    wanted: "",
  },
  methods: {
    onLoad(query: Record<string, string | undefined> = {}) {
      this.setData({ months: recentMonths(new Date()), wanted: query.id || "" });
    },
    async onShow() {
      try {
        await ensureSignedIn();
        const list = await api.fleetNames();
        const index = Math.max(list.findIndex((f) => f.id === this.data.wanted), 0);
        const shown: Fleet | null = list.length ? await api.fleet(list[index].id) : null;
        this.setData({ fleets: list, index, loaded: true, error: "", fleet: shown ? fleetView(shown) : null,
          wanted: shown ? shown.id : "" });
      } catch (error) {
        this.setData({ error: message(error), loaded: true });
      }
    },
    async onSwitch(event: WechatMiniprogram.PickerChange) {
      const index = Number(event.detail.value);
      this.setData({ wanted: this.data.fleets[index].id, statement: null, statementError: "" });
      await this.onShow();
    },
    onVehicle(event: WechatMiniprogram.TouchEvent) {
      const id = String(event.currentTarget.dataset.id);
      wx.navigateTo({ url: `/pages/fleet-vehicle/fleet-vehicle?fleetId=${encodeURIComponent(this.data.fleet.id)}&id=${encodeURIComponent(id)}` });
    },
    onPlate(event: WechatMiniprogram.Input) {
      this.setData({ plate: event.detail.value.toUpperCase() });
    },
    async onAdd() {
      if (!this.data.fleet) return;
      try {
        await api.addPlate(this.data.fleet.id, this.data.plate);
        this.setData({ plate: "", error: "" });
        wx.showToast({ title: "已添加车辆", icon: "success" });
        await this.onShow();
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    async onMonth(event: WechatMiniprogram.PickerChange) {
      this.setData({ monthIndex: Number(event.detail.value) });
      await this.loadStatement();
    },
    async loadStatement() {
      if (!this.data.fleet) return;
      try {
        const got = await api.statement(this.data.fleet.id, this.data.months[this.data.monthIndex]);
        this.setData({ statement: statementView(got), statementError: "" });
      } catch (error) {
        this.setData({ statement: null, statementError: message(error) });
      }
    },
  },
});
