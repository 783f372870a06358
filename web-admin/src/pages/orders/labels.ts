// Chinese labels of order and payment states and tenders.

export const ORDER_STATUS: Record<string, { text: string; status: "Success" | "Warning" | "Default" | "Error" | "Processing" }> = {
  AWAITING_PAYMENT: { text: "待支付", status: "Warning" },
  PAID: { text: "已支付", status: "Success" },
  PARTIALLY_REFUNDED: { text: "部分退款", status: "Processing" },
  REFUNDED: { text: "已退款", status: "Default" },
  VOIDED: { text: "已作废", status: "Default" },
  DRIVE_OFF: { text: "逃单", status: "Error" },
};

export const TENDER: Record<string, string> = {
  CASH: "现金", UNIONPAY: "银行卡", WECHAT: "微信支付", ALIPAY: "支付宝",
  CARD: "储值卡", POINTS: "积分抵扣", COUPON: "优惠券", ON_ACCOUNT: "挂账",
};

export const PAYMENT_STATUS: Record<string, string> = {
  CREATED: "已创建", PENDING: "支付中", SUCCEEDED: "成功", FAILED: "失败", CLOSED: "已关闭",
};

export const REFUND_STATUS: Record<string, string> = { PENDING: "退款中", SUCCEEDED: "已退款", FAILED: "失败" };

export const EVENT_KIND: Record<string, string> = { ORDER: "订单", PAYMENT: "支付", REFUND: "退款", TAGS: "标签" };

/** A state of an order's history in Chinese: statuses come in lower case, tags joined by commas. */
export function eventValue(kind: string, value: string | null | undefined): string {
  if (value === null || value === undefined) return "新建";
  if (kind === "TAGS") return value === "" ? "无标签" : value.split(",").join("、");
  const key = value.toUpperCase();
  const label = kind === "ORDER" ? ORDER_STATUS[key]?.text : kind === "PAYMENT" ? PAYMENT_STATUS[key] : REFUND_STATUS[key];
  return label ?? value;
}
