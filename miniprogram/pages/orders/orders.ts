// The member's orders, newest first, 20 a page.
import { message, ORDER_STATES, time, yuan } from "../../lib/format";
import { orders } from "../../lib/orders";

Component({
  data: { items: [] as any[], cursor: null as string | null, more: true, error: "" },
  methods: {
    onLoad() {
      return this.next();
    },
    onReachBottom() {
      return this.next();
    },
    async next() {
      if (!this.data.more) return;
      try {
        const page = await orders(this.data.cursor);
        const items = page.edges.map(({ node }: any) => ({ id: node.id, number: node.number, station: node.stationName,
          status: ORDER_STATES[node.status] || node.status, amount: yuan(node.payable.fen), at: time(node.createdAt),
          invoiced: Boolean(node.invoiceRequest) }));
        this.setData({ items: [...this.data.items, ...items], cursor: page.pageInfo.endCursor, more: page.pageInfo.hasNextPage });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    onOpen(event: WechatMiniprogram.TouchEvent) {
      wx.navigateTo({ url: `/pages/order/order?id=${encodeURIComponent(String(event.currentTarget.dataset.id))}` });
    },
  },
});
