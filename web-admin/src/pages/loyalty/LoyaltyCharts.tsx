// The points report's charts: members per tier (bars) and points issued, redeemed and expired per month.
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import EChartsReactModule from "echarts-for-react/lib/core";
import type { PointsMonthRow } from "./labels";

// the package is CommonJS: depending on the bundler's interop its default export may arrive wrapped
const ReactEChartsCore =
  (EChartsReactModule as unknown as { default?: typeof EChartsReactModule }).default ?? EChartsReactModule;

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function TierMembersChart({ tiers, loading }: { tiers: { tier: string; members: number }[]; loading: boolean }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      showLoading={loading}
      style={{ height: 280 }}
      option={{
        tooltip: { trigger: "axis" },
        xAxis: { type: "category", data: tiers.map((t) => t.tier) },
        yAxis: { type: "value", minInterval: 1, name: "会员数" },
        series: [{ name: "会员数", type: "bar", data: tiers.map((t) => t.members), barMaxWidth: 48, label: { show: true, position: "top" } }],
      }}
    />
  );
}

const SERIES = [
  { key: "issued", name: "发放积分" },
  { key: "redeemed", name: "使用积分" },
  { key: "expired", name: "过期积分" },
  { key: "refunded", name: "退款退回积分" },
  { key: "revoked", name: "退款扣回积分" },
] as const;

export function PointsMonthsChart({ months, loading }: { months: PointsMonthRow[]; loading: boolean }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      showLoading={loading}
      style={{ height: 320 }}
      option={{
        tooltip: { trigger: "axis" },
        legend: { data: SERIES.map((s) => s.name) },
        xAxis: { type: "category", data: months.map((m) => m.month) },
        yAxis: { type: "value", minInterval: 1, name: "积分" },
        series: SERIES.map((s) => ({ name: s.name, type: "bar", data: months.map((m) => m[s.key]) })),
      }}
    />
  );
}
