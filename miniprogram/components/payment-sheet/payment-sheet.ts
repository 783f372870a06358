// What the driver is about to pay, as the platform priced it: lines, the discounts for this member, the
// amount and the payee; the pay button starts WeChat Pay. It shows the API's figures only.
import { PAYMENT_STATES, yuan } from "../../lib/format";

Component({
  properties: {
    quote: { type: Object, value: {} },
    payee: { type: String, value: "" },
    paying: { type: Boolean, value: false },
    status: { type: String, value: "" },
    error: { type: String, value: "" },
  },
  data: { lines: [] as any[], discounts: [] as any[], total: "", payable: "", statusText: "", ready: false },
  observers: {
    "quote, status"(quote: any, status: string) {
      const ready = Boolean(quote && quote.payable);
      this.setData({
        ready,
        lines: ready ? quote.lines.map((l: any) => ({ description: l.description, amount: yuan(l.amount.fen) })) : [],
        discounts: ready ? quote.discounts.map((d: any) => ({ label: d.label, amount: `-${yuan(d.amount.fen)}` })) : [],
        total: ready ? yuan(quote.total.fen) : "",
        payable: ready ? yuan(quote.payable.fen) : "",
        statusText: status ? PAYMENT_STATES[status] || status : "",
      });
    },
  },
  methods: {
    onPay() {
      if (!this.data.ready || this.data.paying) return;
      this.triggerEvent("pay", {});
    },
  },
});
