// The card's payment password (支付密码), set or changed by its holder with the SMS code the platform sends to
// the card's bound mobile. The sheet checks what it can before asking (six digits, typed twice the same);
// the platform decides the rest (a password too simple, a wrong or expired code) and names the field.
import { PayloadError } from "../../lib/auth";
import type { Card } from "../../lib/cards";
import { execute } from "../../lib/graphql";

export const RESEND_AFTER_S = 60;  // the platform sends one code a minute

/** What is wrong with the entries before anything is sent (null: nothing), and which field it is. */
export function passwordProblem(password: string, repeat: string, smsCode: string):
  { field: "password" | "repeat" | "smsCode"; message: string } | null {
  if (!/^\d{6}$/.test(password)) return { field: "password", message: "支付密码须为 6 位数字" };
  if (repeat !== password) return { field: "repeat", message: "两次输入的密码不一致" };
  if (!/^\d{4,8}$/.test(smsCode)) return { field: "smsCode", message: "请输入短信验证码" };
  return null;
}

export async function sendCode(cardId: string): Promise<void> {
  const payload = (await execute("CardPasswordCodeSend", { input: { cardId } })).cardPasswordCodeSend;
  if (payload.errors.length) throw new PayloadError(payload.errors);
}

export async function setPassword(cardId: string, password: string, smsCode: string): Promise<Card> {
  const payload = (await execute("CardPasswordSet", { input: { cardId, password, smsCode } })).cardPasswordSet;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload.card;
}
