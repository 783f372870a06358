// Money typed by the cashier: yuan as text -> integer fen, never through floating point.

/** "12.3" -> 1230; "" or anything not a non-negative amount with at most two decimals -> null. */
export function yuanToFen(text: string): number | null {
  const match = /^\s*(\d{1,7})(?:\.(\d{0,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

export function fenToYuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

/** Change to give back, or null when the cash given does not cover the amount. */
export function changeFor(amountFen: number, givenFen: number | null): number | null {
  if (givenFen === null || givenFen < amountFen) return null;
  return givenFen - amountFen;
}

export type TenderKind = "CASH" | "UNIONPAY" | "WECHAT" | "ALIPAY";

/** Which channel a scanned payment code belongs to (WeChat 10-15 + 16 digits, Alipay 25-30 + 14-22). */
export function codeTender(code: string): TenderKind | null {
  if (/^1[0-5]\d{16}$/.test(code)) return "WECHAT";
  if (/^(2[5-9]|30)\d{14,22}$/.test(code)) return "ALIPAY";
  return null;
}

/**
 * The idempotency key of a checkout attempt: kept while the cashier retries the same checkout (a lost answer
 * must not pay twice), renewed when what is paid or how changes, or after a success.
 */
export class AttemptKey {
  private key: string | null = null;
  private basis = "";

  constructor(private readonly fresh: () => string = () => crypto.randomUUID()) {}

  for(basis: string): string {
    if (this.key === null || basis !== this.basis) {
      this.key = this.fresh();
      this.basis = basis;
    }
    return this.key;
  }

  done(): void {
    this.key = null;
  }
}
