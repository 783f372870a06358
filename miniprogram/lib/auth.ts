// Signing in: wx.login's code is exchanged by the platform (code2Session; WeChat's session_key never reaches
// the phone); a guest binds a phone (the phone-number button's code, or an SMS code) before the first payment.
import { getConfig } from "./config";
import { execute } from "./graphql";
import * as session from "./session";

export interface Member {
  id: string;
  number: string;
  status: "GUEST" | "REGISTERED";
  name?: string | null;
  phone?: string | null;
}

interface FieldError { field: string | null; code: string; message: string }

export class PayloadError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors[0]?.message || "操作失败");
  }
}

function wxLogin(): Promise<string> {
  return new Promise((resolve, reject) => {
    wx.login({ success: (res) => (res.code ? resolve(res.code) : reject(new Error("微信登录失败"))),
      fail: (err) => reject(new Error(err.errMsg)) });
  });
}

export async function login(): Promise<Member> {
  const code = await wxLogin();
  const data = await execute("MemberWechatLogin", { input: { appId: getConfig().appId, code } });
  const payload = data.memberWechatLogin;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  session.save({ token: payload.token, refreshToken: payload.refreshToken });
  return payload.member as Member;
}

export function signedIn(): boolean {
  return session.tokens() !== null;
}

export async function ensureSignedIn(): Promise<void> {
  if (!signedIn()) await login();
}

export async function viewer(): Promise<Member & { vehicles: { id: string; plate: string }[] }> {
  return (await execute("MemberViewer")).memberViewer;
}

export async function sendSmsCode(phone: string): Promise<void> {
  const payload = (await execute("MemberSmsCodeSend", { input: { phone } })).memberSmsCodeSend;
  if (payload.errors.length) throw new PayloadError(payload.errors);
}

export async function bindPhone(input: { wechatCode?: string; phone?: string; smsCode?: string }): Promise<Member> {
  const payload = (await execute("MemberPhoneBind", { input })).memberPhoneBind;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload.member as Member;
}

export function signOut(): void {
  session.clear();
}
