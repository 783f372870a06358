// 积分报表: members per tier now, and points issued, redeemed and expired per month of the chosen range, with
// what refunds gave back and took back (and could not take back: already spent).
import { PageContainer, ProCard, StatisticCard } from "@ant-design/pro-components";
import { useQuery } from "@apollo/client/react";
import { Alert, DatePicker } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { LoyaltyReportDocument } from "../../gql/graphql";
import { monthsBetween } from "../members/growth";
import { PointsMonthsChart, TierMembersChart } from "./LoyaltyCharts";
import { type PointsMonthRow, pointsMonths } from "./labels";

export default function LoyaltyReportPage() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(11, "month").startOf("month"), dayjs().endOf("month")]);
  const report = useQuery(LoyaltyReportDocument, {
    variables: { dateFrom: range[0].format("YYYY-MM-DD"), dateTo: range[1].format("YYYY-MM-DD") },
    fetchPolicy: "network-only",
  });
  const months = pointsMonths(report.data?.loyaltyReport.months ?? [], monthsBetween(range[0].format("YYYY-MM"), range[1].format("YYYY-MM")));
  const tiers = report.data?.loyaltyReport.tiers ?? [];
  const total = (key: Exclude<keyof PointsMonthRow, "month">) => months.reduce((sum, m) => sum + m[key], 0).toLocaleString("zh-CN");
  return (
    <PageContainer>
      {report.error && <Alert type="error" showIcon message="加载失败，请稍后重试" style={{ marginBottom: 16 }} />}
      <ProCard title="各等级会员数" style={{ marginBottom: 16 }} data-testid="tier-members">
        <TierMembersChart tiers={tiers} loading={report.loading} />
      </ProCard>
      <ProCard
        title="积分发放、使用与过期（按月）"
        data-testid="points-months"
        extra={
          <DatePicker.RangePicker
            picker="month"
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0].startOf("month"), v[1].endOf("month")])}
          />
        }
      >
        <StatisticCard.Group>
          <StatisticCard statistic={{ title: "发放积分", value: total("issued") }} />
          <StatisticCard statistic={{ title: "使用积分", value: total("redeemed") }} />
          <StatisticCard statistic={{ title: "过期积分", value: total("expired") }} />
          <StatisticCard statistic={{ title: "退款退回积分", value: total("refunded") }} />
          <StatisticCard statistic={{ title: "退款扣回积分", value: total("revoked") }} />
          <StatisticCard statistic={{ title: "已使用未扣回", value: total("shortfall") }} />
        </StatisticCard.Group>
        <PointsMonthsChart months={months} loading={report.loading} />
      </ProCard>
    </PageContainer>
  );
}
