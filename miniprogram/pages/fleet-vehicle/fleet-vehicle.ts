// One vehicle of a fleet the member administers: its daily limits (amount, litres, times) and the grades it
// may buy on account, saved together; freezing it (车辆冻结, e.g. its driver left) or unfreezing it with a
// reason; and taking its plate off the whitelist. The API checks everything and names the field it refuses.
import { ensureSignedIn, PayloadError } from "../../lib/auth";
import * as api from "../fleet/api";
import { errorsByField, limitsForm, parseLimits, vehicleView, type Grade, type Vehicle } from "../fleet/logic";
import { message } from "../../lib/format";

Component({
  data: {
    fleetId: "", id: "", vehicle: null as any, grades: [] as Grade[], options: [] as { code: string; name: string; checked: boolean }[],
    amount: "", volume: "", count: "", gradeCodes: [] as string[], problems: {} as Record<string, string>, error: "", saved: false,
  },
  methods: {
    async onLoad(query: Record<string, string | undefined> = {}) {
      this.setData({ fleetId: String(query.fleetId || ""), id: String(query.id || "") });
      try {
        await ensureSignedIn();
        const fleet = await api.fleet(this.data.fleetId);
        const vehicle = fleet.vehicles.find((v) => v.id === this.data.id);
        if (!vehicle) {
          this.setData({ error: "车辆不存在或您不是该车队的管理员" });
          return;
        }
        this.setData({ grades: fleet.grades });
        this.show(vehicle);
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    show(vehicle: Vehicle) {
      const form = limitsForm(vehicle, this.data.grades);
      this.setData({ vehicle: vehicleView(vehicle, this.data.grades), amount: form.amount, volume: form.volume,
        count: form.count, options: form.grades, gradeCodes: [...vehicle.gradeCodes], problems: {}, error: "" });
    },
    onInput(event: WechatMiniprogram.Input) {
      const field = String(event.currentTarget.dataset.field);
      this.setData({ [field]: event.detail.value });
    },
    onGrades(event: WechatMiniprogram.CheckboxGroupChange) {
      const codes = event.detail.value as string[];
      this.setData({ gradeCodes: codes, options: this.data.options.map((o) => ({ ...o, checked: codes.includes(o.code) })) });
    },
    async onSave() {
      const { input, problems } = parseLimits({ amount: this.data.amount, volume: this.data.volume, count: this.data.count,
        gradeCodes: this.data.gradeCodes });
      if (!input) {
        this.setData({ problems, saved: false });
        return;
      }
      try {
        this.show(await api.setLimits(this.data.id, input));
        this.setData({ saved: true });
        wx.showToast({ title: "限额已保存", icon: "success" });
      } catch (error) {
        if (error instanceof PayloadError) this.setData({ problems: errorsByField(error.errors), saved: false });
        else this.setData({ error: message(error), saved: false });
      }
    },
    onToggleFreeze() {
      const freezing = !this.data.vehicle.frozen;
      wx.showModal({
        title: freezing ? "冻结车辆" : "解冻车辆",
        content: freezing ? "冻结后该车辆不能挂账加油" : "解冻后该车辆恢复挂账",
        editable: true, placeholderText: "原因（选填），如：司机离职",
        success: (res) => { if (res.confirm) this.setFrozen(freezing, String((res as { content?: string }).content || "")); },
      });
    },
    async setFrozen(frozen: boolean, reason: string) {
      try {
        this.show(await api.setFrozen(this.data.id, frozen, reason));
        wx.showToast({ title: frozen ? "已冻结" : "已解冻", icon: "success" });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    onRemove() {
      wx.showModal({
        title: "移除车辆", content: `将 ${this.data.vehicle.plate} 移出车队白名单？已有挂账记录的车辆请改为冻结。`,
        success: (res) => { if (res.confirm) this.remove(); },
      });
    },
    async remove() {
      try {
        await api.removePlate(this.data.id);
        wx.showToast({ title: "已移除", icon: "success" });
        wx.navigateBack({});
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
  },
});
