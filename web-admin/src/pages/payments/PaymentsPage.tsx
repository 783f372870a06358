import { PageContainer } from "@ant-design/pro-components";
import { useSearchParams } from "react-router-dom";
import { PaymentTable } from "./PaymentTable";
import { RefundTable } from "./RefundTable";

const TABS = [{ key: "payments", tab: "支付流水" }, { key: "refunds", tab: "退款记录" }];

/** Payments and refunds of the stations in scope, for reconciliation with the channels' statements. */
export default function PaymentsPage() {
  const [query, setQuery] = useSearchParams();
  const tab = query.get("tab") === "refunds" ? "refunds" : "payments";
  return (
    <PageContainer tabList={TABS} tabActiveKey={tab}
      onTabChange={(key) => setQuery(key === "refunds" ? { tab: key } : {}, { replace: true })}>
      {tab === "payments" ? <PaymentTable /> : <RefundTable />}
    </PageContainer>
  );
}
