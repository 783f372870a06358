// Payment channels of merchant accounts.

export const CHANNEL: Record<string, string> = { wechat: "微信支付", alipay: "支付宝" };

/** 38 basis points -> "0.38%". */
export function feeRate(bp: number): string {
  return `${(bp / 100).toFixed(2)}%`;
}
