// The member's vehicles: add by plate, remove.
import { viewer } from "../../lib/auth";
import { execute } from "../../lib/graphql";

Component({
  data: { memberId: "", vehicles: [] as any[], plate: "", error: "" },
  methods: {
    async onLoad() {
      const me = await viewer();
      this.setData({ memberId: me.id, vehicles: me.vehicles });
    },
    onPlate(event: WechatMiniprogram.Input) {
      this.setData({ plate: event.detail.value.toUpperCase() });
    },
    async onAdd() {
      const payload = (await execute("MemberVehicleAdd", { input: { memberId: this.data.memberId, plate: this.data.plate } })).memberVehicleAdd;
      if (payload.errors.length) {
        this.setData({ error: payload.errors[0].message });
        return;
      }
      this.setData({ vehicles: [...this.data.vehicles, payload.vehicle], plate: "", error: "" });
    },
    async onRemove(event: WechatMiniprogram.TouchEvent) {
      const payload = (await execute("MemberVehicleRemove", { input: { id: String(event.currentTarget.dataset.id) } })).memberVehicleRemove;
      if (payload.errors.length) this.setData({ error: payload.errors[0].message });
      else this.setData({ vehicles: payload.member.vehicles, error: "" });
    },
  },
});
