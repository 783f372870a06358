// The API filters of the payment and refund lists from the search form: the station chosen in the form, else
// the console's current station, else every station in scope; a time range in local time.
import dayjs from "dayjs";
import type { PaymentFilter, PaymentStatus, RefundFilter, RefundStatus, Tender } from "../../gql/graphql";

export interface SearchParams {
  station?: string;
  time?: [string, string];
  tender?: Tender;
  status?: string;
  search?: string;
}

function common(params: SearchParams, stationId: string | null) {
  const station = params.station || stationId;
  const [from, to] = params.time ?? [];
  return {
    stationIds: station ? [station] : null,
    from: from ? dayjs(from).toISOString() : null,
    to: to ? dayjs(to).toISOString() : null,
    tenders: params.tender ? [params.tender] : null,
  };
}

export function paymentFilter(params: SearchParams, stationId: string | null): PaymentFilter {
  return {
    ...common(params, stationId),
    statuses: params.status ? [params.status as PaymentStatus] : null,
    search: params.search?.trim() || null,
  };
}

export function refundFilter(params: SearchParams, stationId: string | null): RefundFilter {
  return { ...common(params, stationId), statuses: params.status ? [params.status as RefundStatus] : null };
}
