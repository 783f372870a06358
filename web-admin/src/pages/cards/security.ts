// A card's payment password and a child's own limits as the card drawer shows and edits them. The API checks
// both (a simple password, a wrong SMS code, a negative limit): these only shape the form and its input.
import { formatTime, formatYuan } from "../../lib/format";
import { yuanToFen } from "../fleets/labels";

type Money = { fen: unknown } | null | undefined;

export type PasswordStatus = { text: string; color: string; locked: boolean; action: string };

/** How the password stands: locked (until when; 解锁 sets a new one by SMS), set, or not set. */
export function passwordStatus(card: { hasPassword: boolean; passwordLocked?: string | null }, now = new Date()): PasswordStatus {
  if (card.passwordLocked && new Date(card.passwordLocked) > now) {
    return { text: `已锁定（至 ${formatTime(card.passwordLocked)}）`, color: "red", locked: true, action: "解锁" };
  }
  return card.hasPassword
    ? { text: "已设置", color: "green", locked: false, action: "修改支付密码" }
    : { text: "未设置", color: "default", locked: false, action: "设置支付密码" };
}

export const PASSWORD = /^\d{6}$/;

/** Why the second entry of the new password is refused, or null. */
export function confirmProblem(password: string | undefined, again: string | undefined): string | null {
  if (!again) return "请再次输入新密码";
  return again === password ? null : "两次输入的密码不一致";
}

export type LimitsValues = { perTransactionLimitFen?: string; dailyLimitFen?: string; monthlyLimitFen?: string; dailyCountLimit?: number | null };

const yuanText = (m: Money) => (m ? (Number(m.fen) / 100).toFixed(2) : "");

/** The limits form's values for a child (amounts in yuan; empty: no limit of its own). */
export function limitsValues(child: { perTransactionLimit?: Money; dailyLimit?: Money; monthlyLimit?: Money; dailyCountLimit?: number | null }): LimitsValues {
  return {
    perTransactionLimitFen: yuanText(child.perTransactionLimit),
    dailyLimitFen: yuanText(child.dailyLimit),
    monthlyLimitFen: yuanText(child.monthlyLimit),
    dailyCountLimit: child.dailyCountLimit ?? null,
  };
}

const fen = (text?: string) => (text?.trim() ? yuanToFen(text) : null);

/** The input of `cardChildLimitsSet` from the form (every limit replaced; empty: none of its own). */
export function limitsInput(childId: string, v: LimitsValues) {
  return {
    childId,
    perTransactionLimitFen: fen(v.perTransactionLimitFen),
    dailyLimitFen: fen(v.dailyLimitFen),
    monthlyLimitFen: fen(v.monthlyLimitFen),
    dailyCountLimit: v.dailyCountLimit ?? null,
  };
}

/** A child's own limits in one line, for the children's table. */
export function limitsText(child: { perTransactionLimit?: Money; dailyLimit?: Money; monthlyLimit?: Money; dailyCountLimit?: number | null }): string {
  const parts = [
    child.perTransactionLimit && `单笔 ${formatYuan(Number(child.perTransactionLimit.fen))}`,
    child.dailyLimit && `每日 ${formatYuan(Number(child.dailyLimit.fen))}`,
    child.monthlyLimit && `每月 ${formatYuan(Number(child.monthlyLimit.fen))}`,
    child.dailyCountLimit != null && `每日 ${child.dailyCountLimit} 次`,
  ].filter(Boolean);
  return parts.length ? parts.join("，") : "不限";
}
