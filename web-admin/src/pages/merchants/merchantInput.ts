// What the merchant form sends: trimmed values, a key left empty sent as null (the API keeps the stored one).

import type { PaymentMerchantSetInput } from "../../gql/graphql";

export interface MerchantValues {
  channel: string;
  mchId: string;
  appId: string;
  payeeName: string;
  apiKey?: string;
  apiV3Key?: string;
  apiBaseUrl?: string;
  feeRateBp?: number;
  miniProgramAppId?: string;
  merchantSerial?: string;
  merchantPrivateKey?: string;
  platformKeyId?: string;
  platformKeyPem?: string;
}

/** The form fields the API's error paths name (`platformKeys` errors are shown on the public key). */
export const MERCHANT_FIELDS = ["channel", "mchId", "appId", "payeeName", "apiKey", "apiV3Key", "apiBaseUrl",
  "feeRateBp", "miniProgramAppId", "merchantSerial", "merchantPrivateKey", "platformKeyPem"];

const blank = (value: string | undefined) => value?.trim() || null;

export function merchantInput(stationId: string, values: MerchantValues): PaymentMerchantSetInput {
  const wechat = values.channel === "wechat";
  const keyId = blank(values.platformKeyId);
  const keyPem = blank(values.platformKeyPem);
  return {
    stationId, channel: values.channel, mchId: values.mchId.trim(), appId: values.appId.trim(),
    payeeName: values.payeeName, apiKey: values.apiKey || null, apiV3Key: values.apiV3Key || null,
    apiBaseUrl: blank(values.apiBaseUrl), feeRateBp: values.feeRateBp ?? null,
    miniProgramAppId: wechat ? blank(values.miniProgramAppId) : null,
    merchantSerial: wechat ? blank(values.merchantSerial) : null,
    merchantPrivateKey: wechat ? blank(values.merchantPrivateKey) : null,
    platformKeys: wechat && keyId && keyPem ? [{ serial: keyId, pem: keyPem }] : null,
  };
}

/** The form field an API error belongs to. */
export function formField<E extends { field?: string | null }>(error: E): E {
  return error.field?.startsWith("platformKeys") ? { ...error, field: "platformKeyPem" } : error;
}
