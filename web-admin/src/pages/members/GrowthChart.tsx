// Monthly new members per channel (stacked bars), built on echarts' core with only the parts it uses.
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import EChartsReactModule from "echarts-for-react/lib/core";
import { CHANNEL_LABELS, growthSeries, type GrowthRow } from "./growth";

// the package is CommonJS: depending on the bundler's interop its default export may arrive wrapped
const ReactEChartsCore =
  (EChartsReactModule as unknown as { default?: typeof EChartsReactModule }).default ?? EChartsReactModule;

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function GrowthChart({ rows, months, loading }: { rows: GrowthRow[]; months: string[]; loading: boolean }) {
  const series = growthSeries(rows, months);
  return (
    <ReactEChartsCore
      echarts={echarts}
      showLoading={loading}
      style={{ height: 280 }}
      option={{
        tooltip: { trigger: "axis" },
        legend: { data: series.map((s) => CHANNEL_LABELS[s.channel]) },
        xAxis: { type: "category", data: months },
        yAxis: { type: "value", minInterval: 1 },
        series: series.map((s) => ({ name: CHANNEL_LABELS[s.channel], type: "bar", stack: "new", data: s.counts })),
      }}
    />
  );
}
