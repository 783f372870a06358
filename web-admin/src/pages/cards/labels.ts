// Names of card kinds, states, modes, top-up methods and statement entries as the console shows them.
import type { CardKind, CardMode, CardState, CardTopUpMethod } from "../../gql/graphql";

export const CARD_KIND: Record<CardKind, string> = { VIRTUAL: "电子卡", PHYSICAL: "实体卡" };
export const CARD_STATE: Record<CardState, string> = {
  ACTIVE: "正常",
  FROZEN: "已冻结",
  REPORTED_LOST: "已挂失",
  DISABLED: "已停用",
  CLOSED: "已销户",
};
export const CARD_STATE_COLOR: Record<CardState, string> = {
  ACTIVE: "green",
  FROZEN: "blue",
  REPORTED_LOST: "orange",
  DISABLED: "default",
  CLOSED: "red",
};
export const CARD_MODE: Record<CardMode, string> = { ALLOCATED: "划拨", SHARED: "共享扣款" };
export const TOP_UP_METHOD: Record<CardTopUpMethod, string> = {
  CASH: "现金（站点收银）",
  BANK_TRANSFER: "银行转账",
  WECHAT: "微信支付",
  ALIPAY: "支付宝",
};
export const ACCOUNT: Record<string, string> = { PRINCIPAL: "本金", BONUS: "赠送金" };

const ENTRY_KIND: Record<string, string> = {
  card_top_up: "充值",
  sale: "消费",
  card_allocate: "划拨",
  card_take_back: "返款",
  card_close: "销户",
};

/** The statement entry's kind in Chinese; a kind the console does not know yet is shown as the API names it. */
export function entryKind(kind: string): string {
  return ENTRY_KIND[kind] ?? kind;
}
