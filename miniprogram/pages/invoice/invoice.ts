// The e-invoice request: from an order of your own, or from a receipt's QR code (/mp/invoice?o=...&k=...,
// which opens this page with the link in `q`).
import { invoiceLink, requestInvoice } from "../../lib/orders";
import { message } from "../../lib/format";

Component({
  data: { orderId: "", key: "", title: "个人", taxNumber: "", email: "", error: "", done: false, busy: false },
  methods: {
    onLoad(options: Record<string, string | undefined>) {
      const link = options.q ? invoiceLink(options.q) : null;
      this.setData({ orderId: link?.orderId || options.orderId || "", key: link?.key || "" });
      if (!this.data.orderId) this.setData({ error: "缺少订单信息，请扫描小票上的开票二维码" });
    },
    onInput(event: WechatMiniprogram.Input) {
      this.setData({ [String(event.currentTarget.dataset.field)]: event.detail.value });
    },
    async onSubmit() {
      this.setData({ busy: true, error: "" });
      try {
        await requestInvoice({ orderId: this.data.orderId, key: this.data.key || null, title: this.data.title,
          taxNumber: this.data.taxNumber || undefined, email: this.data.email });
        this.setData({ done: true });
      } catch (error) {
        this.setData({ error: message(error) });
      } finally {
        this.setData({ busy: false });
      }
    },
  },
});
