// The checkout's price comes from the API's quote (checkoutQuote), priced as checkoutCreate will charge it:
// this module says what to ask, asks only the latest question, and places the answer's errors by field.
import type { CheckoutQuoteInput, GoodsLineInput, Tender } from "../../gql/graphql";
import type { GoodsLine } from "./cart";
import { codeTender, type TenderKind } from "./money";
import type { TenderRow } from "./tenders";

export const QUOTE_DELAY_MS = 250;

/** What is sold and how it is meant to be paid: the quote's input, and checkout's but for the tender amounts. */
export interface QuotedSale extends CheckoutQuoteInput {
  fuelingIds: string[];
  goods: GoodsLineInput[];
  discountFen: number;
  discountReason: string | null;
  tenders: Tender[];
  memberId: string | null;
}

export interface QuoteRequest {
  /** Equal for two requests that ask the same question. */
  key: string;
  input: QuotedSale;
}

/** The tenders the rows intend to use, each once, in row order (a payment code counts once it is scanned). */
export function quoteTenders(rows: readonly TenderRow[]): Tender[] {
  const kinds = rows.map((r) => (r.kind === "CODE" ? codeTender(r.authCode) : r.kind));
  return kinds.filter((k, i): k is TenderKind => k !== null && kinds.indexOf(k) === i);
}

/** What to ask for the checkout being prepared (for the identified driver, whose member prices apply); null while
 * there is nothing to price. */
export function quoteRequest(sale: {
  stationId: string; fuelingIds: readonly string[]; goods: readonly GoodsLine[];
  discountFen: number; discountReason: string; rows: readonly TenderRow[]; memberId: string | null;
}): QuoteRequest | null {
  if (sale.fuelingIds.length === 0 && sale.goods.length === 0) return null;
  const input: QuotedSale = {
    stationId: sale.stationId,
    fuelingIds: [...sale.fuelingIds],
    goods: sale.goods.map((l) => ({ goodsId: l.goodsId, quantity: l.quantity })),
    discountFen: sale.discountFen,
    discountReason: sale.discountFen ? sale.discountReason.trim() : null,
    tenders: quoteTenders(sale.rows),
    memberId: sale.memberId,
  };
  return { key: JSON.stringify(input), input };
}

export interface QuoteProblems {
  /** Messages by the input field they name, e.g. `discountReason`, `goods.1`, `memberId`; `fuelingIds` for any
   * fueling. */
  fields: Map<string, string[]>;
  /** Messages naming no field shown on the checkout. */
  general: string[];
}

const PLACED = [/^fuelingIds(\.\d+)?$/, /^discountFen$/, /^discountReason$/, /^goods(\.\d+)?/, /^memberId$/];

/** The quote's errors placed next to the fields they name (a fueling's or goods line's by its position). */
export function quoteProblems(errors: readonly { field?: string | null; message: string }[]): QuoteProblems {
  const fields = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const field = error.field ?? "";
    const place = PLACED.find((p) => p.test(field))?.exec(field)?.[0];
    const name = place?.startsWith("fuelingIds") ? "fuelingIds" : place;
    if (name) fields.set(name, [...(fields.get(name) ?? []), error.message]);
    else general.push(error.message);
  }
  return { fields, general };
}

export interface LatestAsker<I> {
  /** Asks `input` once nothing newer came for the delay; whatever was asked before is dropped. */
  ask(input: I): void;
  /** Drops the question pending or in flight: its answer is never delivered. */
  cancel(): void;
}

/** Debounced questions where only the newest is answered: a newer question clears the older one's timer,
 * aborts its request and discards its answer, so an answer that arrives late never overwrites a newer one. */
export function latestAsker<I, R>(
  send: (input: I, signal: AbortSignal) => Promise<R>,
  deliver: (input: I, outcome: { answer: R } | { failure: unknown }) => void,
  delayMs = QUOTE_DELAY_MS,
): LatestAsker<I> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;
  const cancel = () => {
    clearTimeout(timer);
    controller?.abort();
    controller = null;
  };
  return {
    ask(input) {
      cancel();
      const mine = new AbortController();
      controller = mine;
      timer = setTimeout(() => {
        send(input, mine.signal).then(
          (answer) => { if (!mine.signal.aborted) deliver(input, { answer }); },
          (failure: unknown) => { if (!mine.signal.aborted) deliver(input, { failure }); },
        );
      }, delayMs);
    },
    cancel,
  };
}
