// The member's points statement, newest first: what each movement was (earned, redeemed at checkout, a gift,
// expired, given back or taken back by a refund), when, the points and what was held after. `more` asks
// for the next page.
import { movement, type Movement } from "../../lib/loyalty";

Component({
  properties: {
    movements: { type: Array, value: [] },
    more: { type: Boolean, value: false },
    loading: { type: Boolean, value: false },
  },
  data: { rows: [] as ReturnType<typeof movement>[] },
  observers: {
    movements(list: Movement[]) {
      this.setData({ rows: (list || []).map(movement) });
    },
  },
  methods: {
    onMore() {
      if (!this.data.loading) this.triggerEvent("more", {});
    },
  },
});
