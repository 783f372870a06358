// Waiting for a payer to confirm a payment-code payment: the channel is asked again with a growing delay.

export interface PolledOrder {
  status: string;
  payments: { id: string; status: string }[];
}

/** Delays between the queries: 2 s, 4 s, 8 s, 16 s (half a minute in all), as the channels advise. */
export const POLL_DELAYS_MS = [2000, 4000, 8000, 16000];

/**
 * While the order awaits payment with a payment pending, waits and asks again; returns the last answer
 * (paid, failed, or still pending once the delays are spent: the order then stays in the shift's list).
 */
export async function awaitPayment<T extends PolledOrder>(
  order: T,
  refresh: (paymentId: string) => Promise<T | null | undefined>,
  wait: (ms: number) => Promise<void>,
  onWaiting: () => void = () => undefined,
): Promise<T> {
  let current = order;
  for (const delay of POLL_DELAYS_MS) {
    if (current.status !== "AWAITING_PAYMENT") break;
    const pending = current.payments.find((p) => p.status === "PENDING");
    if (!pending) break;
    onWaiting();
    await wait(delay);
    current = (await refresh(pending.id)) ?? current;
  }
  return current;
}
