// Which state changes the card drawer offers for a card's state. The API decides (its state table refuses any
// other change and says why); this only chooses the buttons, since a card tells what money it may move
// (`allows`) but not which state changes it accepts.
import type { CardAction, CardState } from "../../gql/graphql";

export type CardEvent = "FREEZE" | "UNFREEZE" | "REPORT_LOST" | "UNREPORT" | "DISABLE" | "ENABLE";

export const EVENT_LABEL: Record<CardEvent, string> = {
  FREEZE: "冻结",
  UNFREEZE: "解冻",
  REPORT_LOST: "挂失",
  UNREPORT: "解除挂失",
  DISABLE: "停用",
  ENABLE: "启用",
};

const OFFERED: Record<CardState, CardEvent[]> = {
  ACTIVE: ["FREEZE", "REPORT_LOST", "DISABLE"],
  FROZEN: ["UNFREEZE", "REPORT_LOST"],
  REPORTED_LOST: ["UNREPORT"],
  DISABLED: ["ENABLE"],
  CLOSED: [],
};

export function eventsFor(state: CardState): CardEvent[] {
  return OFFERED[state];
}

/** The card may do `action` now, as the API says in `allows`. */
export function may(card: { allows: readonly CardAction[] }, action: CardAction): boolean {
  return card.allows.includes(action);
}
