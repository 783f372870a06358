import { describe, expect, it } from "vitest";
import { mapPayloadErrors, topLevelMessage } from "./errors";

describe("payload errors", () => {
  it("puts field errors on their fields, nested paths included", () => {
    const mapped = mapPayloadErrors(
      [
        { field: "username", message: "用户名已被使用", code: "DUPLICATE" },
        { field: "grants.0.stationIds", message: "请选择站点", code: "REQUIRED" },
        { field: null, message: "用户名或密码错误", code: "INVALID_CREDENTIALS" },
      ],
      ["username", "grants"],
    );
    expect(mapped.fields).toEqual([
      { name: ["username"], errors: ["用户名已被使用"] },
      { name: ["grants", 0, "stationIds"], errors: ["请选择站点"] },
    ]);
    expect(mapped.general).toEqual(["用户名或密码错误"]);
  });

  it("treats errors on fields the form does not show as general", () => {
    expect(mapPayloadErrors([{ field: "id", message: "站点不存在" }], ["name"]).general).toEqual(["站点不存在"]);
  });

  it("explains top-level errors in Chinese", () => {
    expect(topLevelMessage({ errors: [{ message: "x", extensions: { code: "UNAUTHENTICATED" } }] })).toBe(
      "登录已过期，请重新登录",
    );
    expect(topLevelMessage(new Error("fetch failed"))).toBe("网络异常，请稍后重试");
  });
});
