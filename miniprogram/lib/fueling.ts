// One-tap fueling (一键加油): the station, its nozzles' live state, the fueling just completed on a nozzle,
// the platform's price for this member (discounts included), the order and its WeChat Pay payment, and the
// payment followed until final. Prices, discounts and amounts always come from the API.
import { PayloadError } from "./auth";
import { execute } from "./graphql";
import { newKey } from "./keys";

export interface Money { fen: string | number }
export interface Grade { code: string; name: string; price: Money }
export interface Station {
  id: string; code: string; name: string; address?: string | null; latitude?: string | null;
  longitude?: string | null; phone?: string | null; openingHours?: string | null; openNow?: boolean | null;
  distanceM?: number | null; payeeName?: string | null; grades: Grade[];
}
export interface Nozzle { number: number; state: string; amount: Money; grade: Grade }
export interface Fueling { id: string; gradeCode: string; volume: { ml: string | number }; unitPrice: Money; amount: Money; endedAt: string }
export interface Quote {
  fueling: { id: string }; lines: { description: string; amount: Money }[];
  discounts: { label: string; amount: Money }[]; total: Money; discount: Money; payable: Money;
}
export interface RequestPayment { appId: string; timeStamp: string; nonceStr: string; package: string; signType: string; paySign: string }
export interface Checkout {
  order: { id: string; number: string; status: string; payable: Money };
  payment: { id: string; status: string; amount: Money };
  requestPayment: RequestPayment;
}
export interface PaymentState {
  final: boolean;
  payment: { id: string; status: string; message?: string | null; amount: Money };
  order: { id: string; number: string; status: string; paidAt?: string | null };
}

export async function nearbyStations(near?: { latitude: number; longitude: number }): Promise<Station[]> {
  const variables = { first: 20, near: near ? { latitude: String(near.latitude), longitude: String(near.longitude) } : null };
  return (await execute("DriverStations", variables)).driverStations;
}

export async function station(id: string): Promise<Station | null> {
  return (await execute("DriverStation", { id })).driverStation;
}

export async function nozzles(stationId: string): Promise<Nozzle[]> {
  return (await execute("DriverNozzles", { stationId })).driverNozzles;
}

export async function fuelings(stationId: string, nozzleNumber: number): Promise<Fueling[]> {
  return (await execute("DriverFuelings", { stationId, nozzleNumber })).driverFuelings;
}

/** The sale priced for the tender the driver means to pay with (the member's discounts differ by tender). */
export async function quote(stationId: string, fuelingId: string, tender: "WECHAT" | "CARD" = "WECHAT"): Promise<Quote> {
  const payload = (await execute("DriverQuote", { input: { stationId, fuelingId }, tender })).driverQuote;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload.quote;
}

/** One payment attempt: its idempotency key is made once and sent again on every retry of the attempt. */
export interface Attempt { key: string; input: Record<string, unknown> }

export function newAttempt(stationId: string, fuelingId: string, vehiclePlate?: string): Attempt {
  const key = newKey("pay");
  return { key, input: { stationId, fuelingId, idempotencyKey: key, ...(vehiclePlate ? { vehiclePlate } : {}) } };
}

export async function checkout(attempt: Attempt): Promise<Checkout> {
  const payload = (await execute("DriverCheckout", { input: attempt.input })).driverCheckout;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload as Checkout;
}

/** The WeChat payment sheet; resolves when the driver has paid, rejects when cancelled or failed. */
export function requestPayment(params: RequestPayment): Promise<void> {
  return new Promise((resolve, reject) => {
    wx.requestPayment({
      timeStamp: params.timeStamp, nonceStr: params.nonceStr, package: params.package,
      signType: params.signType as "RSA", paySign: params.paySign,
      success: () => resolve(),
      fail: (err) => reject(new Error(/cancel/.test(err.errMsg) ? "已取消支付" : err.errMsg)),
    });
  });
}

export async function paymentState(paymentId: string): Promise<PaymentState | null> {
  return (await execute("DriverPayment", { id: paymentId })).driverPayment;
}

/** Ask the platform until the payment is final (WeChat Pay's notification settles it), at most `timeoutMs`. */
export async function followPayment(paymentId: string, { intervalMs = 1000, timeoutMs = 60000 } = {}): Promise<PaymentState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await paymentState(paymentId);
    if (state && (state.final || Date.now() > deadline)) return state;
    if (!state) throw new Error("支付不存在");
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The station a scanned code names: a station QR code's link (…/mp/station?s=<id>), or a mini-program code's scene. */
export function stationFromScan(text: string): string | null {
  const decoded = decodeURIComponent(text || "");
  const match = /[?&](?:s|stationId)=([^&#]+)/.exec(decoded);
  if (match) return decodeURIComponent(match[1]);
  return /^[A-Za-z0-9+/=_-]{8,}$/.test(decoded) ? decoded : null;
}
