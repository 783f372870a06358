// Chinese labels of order and payment states and tenders.

export const ORDER_STATUS: Record<string, { text: string; status: "Success" | "Warning" | "Default" | "Error" | "Processing" }> = {
  AWAITING_PAYMENT: { text: "待支付", status: "Warning" },
  PAID: { text: "已支付", status: "Success" },
  PARTIALLY_REFUNDED: { text: "部分退款", status: "Processing" },
  REFUNDED: { text: "已退款", status: "Default" },
  VOIDED: { text: "已作废", status: "Default" },
  DRIVE_OFF: { text: "逃单", status: "Error" },
};

export const TENDER: Record<string, string> = { CASH: "现金", UNIONPAY: "银行卡", WECHAT: "微信支付", ALIPAY: "支付宝" };

export const PAYMENT_STATUS: Record<string, string> = {
  CREATED: "已创建", PENDING: "支付中", SUCCEEDED: "成功", FAILED: "失败", CLOSED: "已关闭",
};

export const REFUND_STATUS: Record<string, string> = { PENDING: "退款中", SUCCEEDED: "已退款", FAILED: "失败" };
