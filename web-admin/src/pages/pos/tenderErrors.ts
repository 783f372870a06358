// The checkout's refusals placed next to the tender row they name: `tenders.N.reference|password|amountFen|tender`
// is row N's; `vehiclePlate` (the order's plate, which an on-account tender paid by) is the on-account row's.

export interface PlacedTenderErrors<E> {
  /** Messages by row key. */
  rows: Map<string, string[]>;
  /** Rows whose card password the checkout asked for (needed or wrong). */
  passwordAsked: string[];
  /** Errors naming no row. */
  rest: E[];
}

export function placeTenderErrors<E extends { field?: string | null; message: string }>(
  errors: readonly E[], rows: readonly { key: string; kind: string }[],
): PlacedTenderErrors<E> {
  const placed: PlacedTenderErrors<E> = { rows: new Map(), passwordAsked: [], rest: [] };
  const onAccount = rows.find((r) => r.kind === "ON_ACCOUNT")?.key;
  for (const error of errors) {
    const match = /^tenders\.(\d+)(?:\.(\w+))?/.exec(error.field ?? "");
    const key = match ? rows[Number(match[1])]?.key : error.field === "vehiclePlate" ? onAccount : undefined;
    if (key === undefined) {
      placed.rest.push(error);
      continue;
    }
    placed.rows.set(key, [...(placed.rows.get(key) ?? []), error.message]);
    if (match?.[2] === "password" && !placed.passwordAsked.includes(key)) placed.passwordAsked.push(key);
  }
  return placed;
}
