import { describe, expect, it } from "vitest";
import { confirmProblem, limitsInput, limitsText, limitsValues, passwordStatus } from "./security";

describe("the payment password", () => {
  const now = new Date("2026-12-01T10:00:00Z");

  it("is locked until the API's time, and 解锁 sets a new one", () => {
    const status = passwordStatus({ hasPassword: true, passwordLocked: "2026-12-01T10:30:00+00:00" }, now);
    expect(status.locked).toBe(true);
    expect(status.action).toBe("解锁");
    expect(status.text).toMatch(/^已锁定（至 .+）$/);
  });

  it("is set or not set once a lock has passed or when there is none", () => {
    expect(passwordStatus({ hasPassword: true, passwordLocked: "2026-12-01T09:59:00+00:00" }, now))
      .toEqual({ text: "已设置", color: "green", locked: false, action: "修改支付密码" });
    expect(passwordStatus({ hasPassword: false, passwordLocked: null }, now).action).toBe("设置支付密码");
  });

  it("asks for the same new password twice", () => {
    expect(confirmProblem("246801", undefined)).toBe("请再次输入新密码");
    expect(confirmProblem("246801", "246810")).toBe("两次输入的密码不一致");
    expect(confirmProblem("246801", "246801")).toBeNull();
  });
});

describe("a child's own limits", () => {
  it("fill the form in yuan and leave empty what has no limit of its own", () => {
    expect(limitsValues({ perTransactionLimit: { fen: 20_000 }, dailyLimit: null, monthlyLimit: { fen: 0 }, dailyCountLimit: 3 }))
      .toEqual({ perTransactionLimitFen: "200.00", dailyLimitFen: "", monthlyLimitFen: "0.00", dailyCountLimit: 3 });
  });

  it("replace every limit: empty is none of its own, 0 allows nothing", () => {
    expect(limitsInput("Q2FyZDox", { perTransactionLimitFen: "200.5", dailyLimitFen: " ", monthlyLimitFen: "0", dailyCountLimit: undefined }))
      .toEqual({ childId: "Q2FyZDox", perTransactionLimitFen: 20_050, dailyLimitFen: null, monthlyLimitFen: 0, dailyCountLimit: null });
  });

  it("read in one line", () => {
    expect(limitsText({ perTransactionLimit: { fen: 20_000 }, dailyCountLimit: 2 })).toBe("单笔 ¥200.00，每日 2 次");
    expect(limitsText({})).toBe("不限");
  });
});
