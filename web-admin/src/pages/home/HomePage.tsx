import { PageContainer, ProCard, StatisticCard } from "@ant-design/pro-components";
import { useQuery } from "@apollo/client/react";
import { Empty, List, Tag } from "antd";
import { AuditActivityDocument } from "../../gql/graphql";
import { useSession } from "../../lib/session";
import { ActivityChart } from "./ActivityChart";

function Activity() {
  const { data, loading, error } = useQuery(AuditActivityDocument, { variables: { days: 14 } });
  if (error) return <Empty description="活动数据加载失败" />;
  return <ActivityChart days={data?.auditActivity ?? []} loading={loading} />;
}

export default function HomePage() {
  const { viewer, can, stationId } = useSession();
  const stations = stationId ? viewer.stations.filter((s) => s.id === stationId) : viewer.stations;
  return (
    <PageContainer title={`您好，${viewer.name}`}>
      <ProCard gutter={16} ghost>
        <ProCard colSpan={8} title="我的站点" bordered>
          <StatisticCard statistic={{ title: "可管理站点", value: viewer.stations.length }} />
          <List
            dataSource={stations}
            locale={{ emptyText: <Empty description="暂无站点" /> }}
            renderItem={(s) => (
              <List.Item data-testid="home-station">
                <Tag color="volcano">{s.code}</Tag>
                {s.name}
              </List.Item>
            )}
          />
        </ProCard>
        <ProCard colSpan={16} title="近 14 天登录与操作" bordered>
          {can("VIEW_AUDIT_LOG") ? <Activity /> : <Empty description="查看操作统计需要「查看操作日志」权限" />}
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}
