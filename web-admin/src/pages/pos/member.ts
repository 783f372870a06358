// The driver identified at the checkout: what the cashier typed or scanned into the member field, told apart by
// its shape (the API checks the number, the plate and the code), and the vehicle plate to record with the sale.

/** A question for memberLookup: exactly one of its keys. */
export type MemberQuery =
  | { by: "phone"; phone: string }
  | { by: "memberCode"; memberCode: string }
  | { by: "plate"; plate: string }
  | { by: "cardNumber"; cardNumber: string };

export type MemberInput = MemberQuery | { by: "unknown"; message: string };

const SPACING = /[\s\-·•.]/g;

/** 11 digits: a mobile number; 18 digits: the member code a scanner types from the mini-program; any other
 * number of up to 20 digits: a stored-value card's number (entered, or typed by a card reader); longer digits
 * are none of these; anything else is taken for a plate. Null while the field is blank. */
export function classifyMemberInput(raw: string): MemberInput | null {
  const text = raw.replace(SPACING, "");
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    if (text.length === 11) return { by: "phone", phone: text };
    if (text.length === 18) return { by: "memberCode", memberCode: text };
    if (text.length <= 20) return { by: "cardNumber", cardNumber: text };
    return { by: "unknown", message: "请输入 11 位手机号、18 位会员码、卡号或车牌号" };
  }
  return { by: "plate", plate: text.toUpperCase() };
}

/** The variables of memberLookup for the question. */
export function lookupVariables(query: MemberQuery):
  { phone: string | null; plate: string | null; memberCode: string | null; cardNumber: string | null } {
  return {
    phone: query.by === "phone" ? query.phone : null,
    plate: query.by === "plate" ? query.plate : null,
    memberCode: query.by === "memberCode" ? query.memberCode : null,
    cardNumber: query.by === "cardNumber" ? query.cardNumber : null,
  };
}

/** The plate to record once the member is chosen: the one looked up, else the member's only vehicle, else none
 * (the cashier picks one of several). */
export function initialPlate(query: MemberQuery, vehicles: readonly { plate: string }[]): string | null {
  if (query.by === "plate") return vehicles.find((v) => v.plate === query.plate)?.plate ?? query.plate;
  return vehicles.length === 1 ? vehicles[0].plate : null;
}

/** Who an order was for, as the shift's orders list it: the member and the plate, or null for a walk-in. */
export function driverLabel(member: { number: string; name?: string | null } | null | undefined,
  plate: string | null | undefined): string | null {
  const who = member ? `会员 ${member.number}${member.name ? ` ${member.name}` : ""}` : null;
  if (who && plate) return `${who} · ${plate}`;
  return who ?? (plate ? `车牌 ${plate}` : null);
}
