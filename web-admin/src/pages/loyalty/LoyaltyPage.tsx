// 会员等级与积分: the programme's settings, the tier ladder and the points rules, each saved through the API.
import { PageContainer, ProCard } from "@ant-design/pro-components";
import { useQuery } from "@apollo/client/react";
import { Alert, Spin } from "antd";
import { LoyaltySettingsDocument } from "../../gql/graphql";
import { PointsRules } from "./PointsRules";
import { ProgramForm } from "./ProgramForm";
import { TierLadder } from "./TierLadder";

export default function LoyaltyPage() {
  const settings = useQuery(LoyaltySettingsDocument, { fetchPolicy: "cache-and-network" });
  const reload = () => void settings.refetch();
  const data = settings.data;
  return (
    <PageContainer>
      {settings.error && <Alert type="error" showIcon message="加载失败，请稍后重试" style={{ marginBottom: 16 }} />}
      <ProCard
        tabs={{
          items: [
            {
              key: "tiers",
              label: "会员等级",
              children: <TierLadder tiers={data?.tiers ?? []} loading={settings.loading} onChanged={reload} />,
            },
            {
              key: "rules",
              label: "积分规则",
              children: <PointsRules rules={data?.pointsRules ?? []} loading={settings.loading} onChanged={reload} />,
            },
            {
              key: "program",
              label: "积分与定级设置",
              children: data ? <ProgramForm program={data.loyaltyProgram} onSaved={reload} /> : <Spin />,
            },
          ],
        }}
      />
    </PageContainer>
  );
}
