import { describe, expect, it } from "vitest";
import { awaitPayment, POLL_DELAYS_MS } from "./polling";

const order = (status: string, payment: string) => ({ status, payments: [{ id: "cash", status: "SUCCEEDED" }, { id: "p1", status: payment }] });

describe("waiting for the payer", () => {
  it("asks again with a growing delay until the payment is confirmed", async () => {
    const waits: number[] = [];
    const answers = [order("AWAITING_PAYMENT", "PENDING"), order("PAID", "SUCCEEDED")];
    const asked: string[] = [];
    const result = await awaitPayment(order("AWAITING_PAYMENT", "PENDING"), async (id) => {
      asked.push(id);
      return answers.shift();
    }, async (ms) => { waits.push(ms); });
    expect(result.status).toBe("PAID");
    expect(waits).toEqual([2000, 4000]);
    expect(asked).toEqual(["p1", "p1"]);
  });

  it("stops when the payment failed, and after the last delay", async () => {
    const failed = await awaitPayment(order("AWAITING_PAYMENT", "PENDING"), async () => order("AWAITING_PAYMENT", "FAILED"),
      async () => undefined);
    expect(failed.payments[1].status).toBe("FAILED");
    const waits: number[] = [];
    const still = await awaitPayment(order("AWAITING_PAYMENT", "PENDING"), async () => null, async (ms) => { waits.push(ms); });
    expect(still.status).toBe("AWAITING_PAYMENT");
    expect(waits).toEqual(POLL_DELAYS_MS);
  });

  it("does not wait for an order already paid", async () => {
    let asked = 0;
    await awaitPayment(order("PAID", "SUCCEEDED"), async () => { asked += 1; return null; }, async () => undefined);
    expect(asked).toBe(0);
  });
});
