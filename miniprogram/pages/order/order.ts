// An order and its receipt (lines, discounts, payments), with the e-invoice request.
import { message, ORDER_STATES, PAYMENT_STATES, time, yuan } from "../../lib/format";
import { order } from "../../lib/orders";

Component({
  data: { id: "", order: null as any, paid: false, error: "" },
  methods: {
    async onLoad(options: Record<string, string | undefined>) {
      this.setData({ id: options.id || "", paid: options.paid === "1" });
      await this.load();
    },
    async load() {
      try {
        const o = await order(this.data.id);
        if (!o) {
          this.setData({ error: "订单不存在" });
          return;
        }
        this.setData({ order: {
          ...o, statusText: ORDER_STATES[o.status] || o.status, created: time(o.createdAt), paid: time(o.paidAt),
          totalText: yuan(o.total.fen), discountText: yuan(o.discount.fen), payableText: yuan(o.payable.fen),
          lines: o.lines.map((l: any) => ({ description: l.description, amount: yuan(l.amount.fen) })),
          discounts: o.discounts.map((d: any) => ({ label: d.label, amount: `-${yuan(d.amount.fen)}` })),
          payments: o.payments.map((p: any) => ({ status: PAYMENT_STATES[p.status] || p.status, amount: yuan(p.amount.fen),
            tender: p.tender === "WECHAT" ? "微信支付" : p.tender })),
          invoiceable: (o.status === "PAID" || o.status === "PARTIALLY_REFUNDED") && !o.invoiceRequest,
        } });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    onInvoice() {
      wx.navigateTo({ url: `/pages/invoice/invoice?orderId=${encodeURIComponent(this.data.id)}` });
    },
  },
});
