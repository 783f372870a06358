import { useApolloClient } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { PosCardLookupDocument } from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { CARD_NUMBER, pickCard, type CardLookup } from "./cards";
import { latestAsker } from "./quote";

const LOOKUP_DELAY_MS = 200;

/** Looks the card of `number` up (debounced, the latest number only) and tells what was found: `loading` at once,
 * then `found`, `missing` or `failed`. A number that cannot be a card's is not asked. */
export function useCardLookup(number: string, onLookup: (lookup: CardLookup) => void): void {
  const client = useApolloClient();
  const deliver = useRef(onLookup);
  deliver.current = onLookup;
  const asker = useRef(latestAsker<string, CardLookup>(
    async (asked, signal) => {
      const nodes = (await client.query({
        query: PosCardLookupDocument, variables: { search: asked }, fetchPolicy: "no-cache",
        context: { fetchOptions: { signal } },
      })).data?.cards.edges.map((e) => e.node) ?? [];
      const card = pickCard(nodes, asked);
      return card ? { status: "found", number: asked, card } : { status: "missing", number: asked };
    },
    (asked, outcome) => deliver.current("answer" in outcome ? outcome.answer
      : { status: "failed", number: asked, message: topLevelMessage(outcome.failure) }),
    LOOKUP_DELAY_MS,
  ));

  useEffect(() => {
    if (!CARD_NUMBER.test(number)) {
      asker.current.cancel();
      return;
    }
    deliver.current({ status: "loading", number });
    asker.current.ask(number);
    return () => asker.current.cancel();
  }, [number]);
}
