import { useApolloClient } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { PosCheckoutQuoteDocument, type PosCheckoutQuoteQuery } from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { latestAsker, quoteProblems, type QuoteProblems, type QuoteRequest } from "./quote";

type Payload = PosCheckoutQuoteQuery["checkoutQuote"];
export type Quote = NonNullable<Payload["quote"]>;

interface Answer {
  key: string;
  quote: Quote | null;
  problems: QuoteProblems;
  /** The question could not be asked (network, permission). */
  failure: string | null;
}

export interface CheckoutQuoteState {
  /** The newest answer, possibly to an older question while `loading`. */
  quote: Quote | null;
  problems: QuoteProblems;
  failure: string | null;
  /** The answer to the current question has not come yet. */
  loading: boolean;
  /** The answer is to the current question and priced it (no errors): it may be paid. */
  settled: boolean;
}

const NONE: QuoteProblems = { fields: new Map(), general: [] };

/** The quote of the checkout being prepared, asked again (debounced) whenever the question changes. */
export function useCheckoutQuote(request: QuoteRequest | null): CheckoutQuoteState {
  const client = useApolloClient();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const asker = useRef(latestAsker<QuoteRequest, Payload>(
    async (asked, signal) => (await client.query({
      query: PosCheckoutQuoteDocument, variables: { input: asked.input }, fetchPolicy: "no-cache",
      context: { fetchOptions: { signal } },
    })).data!.checkoutQuote,
    (asked, outcome) => setAnswer("answer" in outcome
      ? { key: asked.key, quote: outcome.answer.quote ?? null, problems: quoteProblems(outcome.answer.errors), failure: null }
      : { key: asked.key, quote: null, problems: NONE, failure: topLevelMessage(outcome.failure) }),
  ));
  const key = request?.key ?? null;

  useEffect(() => {
    if (request === null) setAnswer(null);
    else asker.current.ask(request);
    return () => asker.current.cancel();
    // asked again only when the question (its key) changes, not on every render's new request object
  }, [key]);

  if (request === null) return { quote: null, problems: NONE, failure: null, loading: false, settled: false };
  const current = answer?.key === key;
  return {
    quote: answer?.quote ?? null,
    problems: current && answer ? answer.problems : NONE,
    failure: current && answer ? answer.failure : null,
    loading: !current,
    settled: current && answer?.quote != null,
  };
}
