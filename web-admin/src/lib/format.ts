// Display formats of the console: dates in Beijing time, money as ¥1,234.56.
import dayjs from "dayjs";

export function formatTime(value: string | null | undefined): string {
  return value ? dayjs(value).format("YYYY-MM-DD HH:mm:ss") : "—";
}

export function formatYuan(fen: number): string {
  return `¥${(fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export const MOBILE = /^1[3-9]\d{9}$/;
