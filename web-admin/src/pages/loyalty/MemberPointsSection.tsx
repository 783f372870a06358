// 积分与等级 on the member page: points held, tier changes and the points statement, as the API keeps them (the tier
// held and the progress to the next one are the page's tier card).
import { useQuery } from "@apollo/client/react";
import { Alert, Descriptions, Table, Tabs, Typography } from "antd";
import { useState } from "react";
import { MemberPointsDocument } from "../../gql/graphql";
import { formatTime, formatYuan } from "../../lib/format";
import { formatLitres, MOVEMENT_KIND, TIER_CHANGE_REASON } from "./labels";

const PAGE = 10;

export function MemberPointsSection({ memberId }: { memberId: string }) {
  const [after, setAfter] = useState<(string | null)[]>([null]);
  const page = after.length - 1;
  const points = useQuery(MemberPointsDocument, {
    variables: { memberId, first: PAGE, after: after[page] },
    fetchPolicy: "network-only",
  });
  const data = points.data?.memberPoints;
  const statement = data?.statement;
  return (
    <div data-testid="member-points" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>积分与等级</Typography.Title>
      {points.error && <Alert type="error" showIcon message="积分信息加载失败" />}
      {!points.loading && !points.error && !data && <Alert type="info" message="暂无积分信息" />}
      {data && (
        <>
          <Descriptions column={2} size="small">
            <Descriptions.Item label="积分余额">
              <span data-testid="member-points-balance">{data.balance.toLocaleString("zh-CN")}</span>
            </Descriptions.Item>
          </Descriptions>
          <Tabs
            size="small"
            items={[
              {
                key: "statement",
                label: "积分明细",
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    loading={points.loading}
                    dataSource={statement?.edges.map((e) => e.node) ?? []}
                    pagination={{
                      current: page + 1,
                      pageSize: PAGE,
                      total: statement?.totalCount ?? 0,
                      showSizeChanger: false,
                      // keyset pages: only the next or an earlier page can be reached
                      onChange: (next) => {
                        if (next === page + 2 && statement?.pageInfo.hasNextPage) setAfter([...after, statement.pageInfo.endCursor ?? null]);
                        else if (next <= page) setAfter(after.slice(0, next));
                      },
                    }}
                    columns={[
                      { title: "时间", dataIndex: "occurredAt", render: (v: string) => formatTime(v) },
                      { title: "类型", dataIndex: "kind", render: (k: keyof typeof MOVEMENT_KIND) => MOVEMENT_KIND[k] },
                      { title: "说明", dataIndex: "description" },
                      {
                        title: "积分",
                        dataIndex: "points",
                        align: "right",
                        render: (p: number) => <span style={{ color: p >= 0 ? "#389e0d" : "#cf1322" }}>{p > 0 ? `+${p}` : p}</span>,
                      },
                      { title: "余额", dataIndex: "balanceAfter", align: "right" },
                    ]}
                  />
                ),
              },
              {
                key: "tiers",
                label: "等级变化",
                children: (
                  <Table
                    size="small"
                    rowKey={(c) => `${c.changedAt}-${c.toTier}`}
                    pagination={false}
                    dataSource={data.tierHistory}
                    locale={{ emptyText: "暂无等级变化" }}
                    columns={[
                      { title: "时间", dataIndex: "changedAt", render: (v: string) => formatTime(v) },
                      { title: "变化", render: (_, c) => `${c.fromTier ?? "（首次定级）"} → ${c.toTier}` },
                      { title: "原因", dataIndex: "reason", render: (r: keyof typeof TIER_CHANGE_REASON) => TIER_CHANGE_REASON[r] },
                      { title: "周期内消费", render: (_, c) => `${formatYuan(c.spend.fen)} / ${formatLitres(c.volume.ml)}` },
                    ]}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
