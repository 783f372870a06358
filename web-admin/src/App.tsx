import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router-dom";
import { Spin } from "antd";
import { setSessionExpiredHandler, tokens } from "./lib/apollo";
import { routeNeeds } from "./lib/permissions";
import { SessionProvider, useSession } from "./lib/session";
import { AdminLayout } from "./pages/layout/AdminLayout";
import { ForbiddenPage } from "./pages/layout/ForbiddenPage";
import { LoginPage } from "./pages/auth/LoginPage";

const HomePage = lazy(() => import("./pages/home/HomePage"));
const StationsPage = lazy(() => import("./pages/stations/StationsPage"));
const StaffPage = lazy(() => import("./pages/staff/StaffPage"));
const RolesPage = lazy(() => import("./pages/roles/RolesPage"));
const ApiKeysPage = lazy(() => import("./pages/apiKeys/ApiKeysPage"));
const AuditPage = lazy(() => import("./pages/audit/AuditPage"));
const PosPage = lazy(() => import("./pages/pos/PosPage"));
const ForecourtPage = lazy(() => import("./pages/forecourt/ForecourtPage"));
const PricesPage = lazy(() => import("./pages/prices/PricesPage"));
const FuelingsPage = lazy(() => import("./pages/fuelings/FuelingsPage"));
const AnomaliesPage = lazy(() => import("./pages/fuelings/AnomaliesPage"));
const OrdersPage = lazy(() => import("./pages/orders/OrdersPage"));
const PaymentsPage = lazy(() => import("./pages/payments/PaymentsPage"));
const ShiftsPage = lazy(() => import("./pages/shifts/ShiftsPage"));
const DayReportPage = lazy(() => import("./pages/shifts/DayReportPage"));
const MerchantsPage = lazy(() => import("./pages/merchants/MerchantsPage"));
const MembersPage = lazy(() => import("./pages/members/MembersPage"));
const MemberPage = lazy(() => import("./pages/members/MemberPage"));
const FleetsPage = lazy(() => import("./pages/fleets/FleetsPage"));
const CardsPage = lazy(() => import("./pages/cards/CardsPage"));
const CardProductsPage = lazy(() => import("./pages/cards/ProductsPage"));
const LoyaltyPage = lazy(() => import("./pages/loyalty/LoyaltyPage"));
const CertificationsPage = lazy(() => import("./pages/loyalty/CertificationsPage"));
const LoyaltyReportPage = lazy(() => import("./pages/loyalty/LoyaltyReportPage"));

function RequireSignIn({ children }: { children: ReactNode }) {
  const location = useLocation();
  if (!tokens.get()) {
    const redirect = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?redirect=${redirect}`} replace />;
  }
  return <SessionProvider>{children}</SessionProvider>;
}

function Guarded({ children }: { children: ReactNode }) {
  const { can } = useSession();
  const location = useLocation();
  const needs = routeNeeds(location.pathname);
  if (needs && !can(needs)) return <ForbiddenPage />;
  return <Suspense fallback={<Spin style={{ margin: 48 }} />}>{children}</Suspense>;
}

function SessionExpiry() {
  const navigate = useNavigate();
  useEffect(() => {
    setSessionExpiredHandler(() => {
      tokens.set(null);
      if (window.location.pathname === "/login") return;
      const here = window.location.pathname + window.location.search;
      navigate(`/login?redirect=${encodeURIComponent(here)}&expired=1`, { replace: true });
    });
  }, [navigate]);
  return null;
}

export function App() {
  return (
    <>
      <SessionExpiry />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/pos"
          element={
            <RequireSignIn>
              <Guarded>
                <PosPage />
              </Guarded>
            </RequireSignIn>
          }
        />
        <Route
          path="/*"
          element={
            <RequireSignIn>
              <AdminLayout>
                <Guarded>
                  <Routes>
                    <Route path="/" element={<HomePage />} />
                    <Route path="/stations" element={<StationsPage />} />
                    <Route path="/staff" element={<StaffPage />} />
                    <Route path="/roles" element={<RolesPage />} />
                    <Route path="/api-keys" element={<ApiKeysPage />} />
                    <Route path="/audit" element={<AuditPage />} />
                    <Route path="/forecourt" element={<ForecourtPage />} />
                    <Route path="/prices" element={<PricesPage />} />
                    <Route path="/fuelings" element={<FuelingsPage />} />
                    <Route path="/orders" element={<OrdersPage />} />
                    <Route path="/payments" element={<PaymentsPage />} />
                    <Route path="/shifts" element={<ShiftsPage />} />
                    <Route path="/day-close" element={<DayReportPage />} />
                    <Route path="/merchants" element={<MerchantsPage />} />
                    <Route path="/anomalies" element={<AnomaliesPage />} />
                    <Route path="/members" element={<MembersPage />} />
                    <Route path="/members/:id" element={<MemberPage />} />
                    <Route path="/fleets" element={<FleetsPage />} />
                    <Route path="/cards" element={<CardsPage />} />
                    <Route path="/card-products" element={<CardProductsPage />} />
                    <Route path="/loyalty" element={<LoyaltyPage />} />
                    <Route path="/certifications" element={<CertificationsPage />} />
                    <Route path="/loyalty-report" element={<LoyaltyReportPage />} />
                    <Route path="*" element={<ForbiddenPage notFound />} />
                  </Routes>
                </Guarded>
              </AdminLayout>
            </RequireSignIn>
          }
        />
      </Routes>
    </>
  );
}
