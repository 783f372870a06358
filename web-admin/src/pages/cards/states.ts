// What the card drawer offers, as the API says: the state changes the viewer may make now (`transitions`, from
// the API's state table for the card's role, filtered by the viewer's permission) and what money the card may
// move (`allows`). The console keeps no state table of its own.
import type { CardAction, CardEvent, CardState } from "../../gql/graphql";

export type CardTransition = { event: CardEvent; label: string; to: CardState };
type WithTransitions = { transitions: readonly CardTransition[] };

/** The state changes offered as buttons of their own (closing has its own form, with the refund split). */
export function stateChanges(card: WithTransitions): CardTransition[] {
  return card.transitions.filter((t) => t.event !== "CLOSE");
}

/** The viewer may close the card now. */
export function mayClose(card: WithTransitions): boolean {
  return card.transitions.some((t) => t.event === "CLOSE");
}

/** The card may do `action` now, as the API says in `allows`. */
export function may(card: { allows: readonly CardAction[] }, action: CardAction): boolean {
  return card.allows.includes(action);
}
