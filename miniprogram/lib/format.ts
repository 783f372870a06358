// How amounts, volumes, distances and errors are shown: ¥1,234.56, 12.34 L, 850 m / 3.2 km, a refusal's message.
export function yuan(fen: number | string): string {
  const value = Number(fen);
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, "0")}`;
}

export function litres(ml: number | string): string {
  return `${(Number(ml) / 1000).toFixed(2)} L`;
}

export function distance(metres: number | null | undefined): string {
  if (metres === null || metres === undefined) return "";
  return metres < 1000 ? `${metres} m` : `${(metres / 1000).toFixed(1)} km`;
}

export function time(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const NOZZLE_STATES: Record<string, string> = {
  OFFLINE: "离线", IDLE: "空闲", CALLING: "提枪", CARD_INSERTED: "插卡", AUTHORIZED: "已授权",
  FUELING: "加油中", SUSPENDED: "暂停", COMPLETED: "加油完成",
};

export const ORDER_STATES: Record<string, string> = {
  AWAITING_PAYMENT: "待支付", PAID: "已支付", PARTIALLY_REFUNDED: "部分退款", REFUNDED: "已退款",
  VOIDED: "已作废", DRIVE_OFF: "逃单",
};

export const PAYMENT_STATES: Record<string, string> = {
  CREATED: "待支付", PENDING: "支付中", SUCCEEDED: "支付成功", FAILED: "支付失败", CLOSED: "已关闭",
};

/** What to show of an error: its message (the platform's zh-CN words for a refusal), or the thing itself. */
export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
