// The member's orders with receipts, and e-invoice requests.
import { PayloadError } from "./auth";
import { execute } from "./graphql";

export async function orders(after?: string | null) {
  return (await execute("DriverOrders", { first: 20, after: after || null })).driverOrders;
}

export async function order(id: string) {
  return (await execute("DriverOrder", { id })).driverOrder;
}

export interface InvoiceForm { orderId: string; key?: string | null; title: string; taxNumber?: string; email: string }

export async function requestInvoice(form: InvoiceForm) {
  const payload = (await execute("DriverInvoiceRequest", { input: form })).driverInvoiceRequest;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload.invoiceRequest;
}

/** The order and key of a receipt's e-invoice link ({public}/mp/invoice?o=<order>&k=<key>). */
export function invoiceLink(url: string): { orderId: string; key: string } | null {
  const decoded = decodeURIComponent(url || "");
  const o = /[?&]o=([^&#]+)/.exec(decoded);
  const k = /[?&]k=([^&#]+)/.exec(decoded);
  return o && k ? { orderId: decodeURIComponent(o[1]), key: decodeURIComponent(k[1]) } : null;
}
