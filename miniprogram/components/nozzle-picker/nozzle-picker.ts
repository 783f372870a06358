// The station's nozzles with their live state; the driver picks the one they fuelled at.
import { NOZZLE_STATES, yuan } from "../../lib/format";

Component({
  properties: {
    nozzles: { type: Array, value: [] },
    selected: { type: Number, value: 0 },
  },
  data: { items: [] as any[] },
  observers: {
    "nozzles, selected"(nozzles: any[], selected: number) {
      this.setData({
        items: (nozzles || []).map((n) => ({
          number: n.number, grade: n.grade.name, price: yuan(n.grade.price.fen), state: n.state,
          stateText: NOZZLE_STATES[n.state] || n.state, busy: n.state === "FUELING",
          amount: n.state === "FUELING" || n.state === "COMPLETED" ? yuan(n.amount.fen) : "",
          selected: n.number === selected,
        })),
      });
    },
  },
  methods: {
    onPick(event: WechatMiniprogram.TouchEvent) {
      const number = Number(event.currentTarget.dataset.number);
      this.triggerEvent("select", { number });
    },
  },
});
