import { describe, expect, it } from "vitest";
import { feeRate } from "./labels";
import { formField, merchantInput } from "./merchantInput";

describe("fee rate", () => {
  it("shows basis points as a percentage", () => {
    expect(feeRate(38)).toBe("0.38%");
    expect(feeRate(0)).toBe("0.00%");
    expect(feeRate(600)).toBe("6.00%");
  });
});

describe("merchant input", () => {
  const values = {
    channel: "wechat", mchId: " 1900000109 ", appId: "wxd930ea5d5a258f4f", payeeName: "石桥辅加油站",
    miniProgramAppId: " wx8888888888888888 ", merchantSerial: "", merchantPrivateKey: "  ",
    platformKeyId: "PUB_KEY_ID_01", platformKeyPem: "-----BEGIN PUBLIC KEY-----\nAA\n-----END PUBLIC KEY-----\n",
  };

  it("sends a key left empty as null, so the stored one is kept", () => {
    const input = merchantInput("U3RhdGlvbjox", values);
    expect(input).toMatchObject({
      mchId: "1900000109", apiKey: null, apiV3Key: null, miniProgramAppId: "wx8888888888888888",
      merchantSerial: null, merchantPrivateKey: null,
      platformKeys: [{ serial: "PUB_KEY_ID_01", pem: "-----BEGIN PUBLIC KEY-----\nAA\n-----END PUBLIC KEY-----" }],
    });
  });

  it("sends no WeChat Pay key without its id, and no JSAPI fields for Alipay", () => {
    expect(merchantInput("S", { ...values, platformKeyId: "" }).platformKeys).toBeNull();
    const alipay = merchantInput("S", { ...values, channel: "alipay", merchantPrivateKey: "PEM" });
    expect([alipay.miniProgramAppId, alipay.merchantPrivateKey, alipay.platformKeys]).toEqual([null, null, null]);
  });

  it("shows the API's platformKeys errors on the public key field", () => {
    expect(formField({ field: "platformKeys", message: "x" }).field).toBe("platformKeyPem");
    expect(formField({ field: "merchantPrivateKey", message: "x" }).field).toBe("merchantPrivateKey");
  });
});
