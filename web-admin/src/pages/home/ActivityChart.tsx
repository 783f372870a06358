// The home page's activity chart, built on echarts' core with only the parts it uses (a smaller bundle).
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import EChartsReactModule from "echarts-for-react/lib/core";

// the package is CommonJS: depending on the bundler's interop its default export may arrive wrapped
const ReactEChartsCore =
  (EChartsReactModule as unknown as { default?: typeof EChartsReactModule }).default ?? EChartsReactModule;

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ActivityDay {
  date: string;
  logins: number;
  actions: number;
}

export function ActivityChart({ days, loading }: { days: ActivityDay[]; loading: boolean }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      showLoading={loading}
      style={{ height: 300 }}
      option={{
        tooltip: { trigger: "axis" },
        legend: { data: ["登录次数", "操作次数"] },
        xAxis: { type: "category", data: days.map((d) => d.date.slice(5)) },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          { name: "登录次数", type: "line", smooth: true, data: days.map((d) => d.logins) },
          { name: "操作次数", type: "bar", data: days.map((d) => d.actions) },
        ],
      }}
    />
  );
}
