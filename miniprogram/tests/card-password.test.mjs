// The card password sheet's checks before anything is sent (pages/cards/password, from the compiled build):
// six digits, typed twice the same, and a code; each names the field it is about.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const password = require(resolve(import.meta.dirname, "..", "build", "pages", "cards", "password.js"));

describe("card password sheet", () => {
  it("asks for six digits, twice the same, and the SMS code", () => {
    expect(password.passwordProblem("12345", "12345", "123456")).toEqual({ field: "password", message: "支付密码须为 6 位数字" });
    expect(password.passwordProblem("12345a", "12345a", "123456")?.field).toBe("password");
    expect(password.passwordProblem("135790", "135791", "123456")).toEqual({ field: "repeat", message: "两次输入的密码不一致" });
    expect(password.passwordProblem("135790", "135790", "")?.field).toBe("smsCode");
    expect(password.passwordProblem("135790", "135790", "482913")).toBeNull();
  });

  it("waits a minute before another code, as the platform sends one a minute", () => {
    expect(password.RESEND_AFTER_S).toBe(60);
  });
});
