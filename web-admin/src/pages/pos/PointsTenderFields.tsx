import { useQuery } from "@apollo/client/react";
import { Typography } from "antd";
import { PosMemberPointsDocument } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";
import { pointsRulesText } from "./points";

/** A POINTS row's facts: the identified member's points and what the API says they pay as a tender now. */
export function PointsTenderFields({ memberId }: { memberId: string | null }) {
  const { data, loading, error } = useQuery(PosMemberPointsDocument, {
    variables: { memberId: memberId ?? "" }, skip: !memberId, fetchPolicy: "network-only",
  });
  if (!memberId) return null;
  if (error) return <Typography.Text type="danger" data-testid="points-info">无法读取会员积分：{error.message}</Typography.Text>;
  if (loading || !data) return <Typography.Text type="secondary" data-testid="points-info">正在读取会员积分…</Typography.Text>;
  const balance = data.memberPoints?.balance ?? 0;
  const value = data.memberPoints?.redeemableValue.fen ?? 0;
  const programme = data.loyaltyProgram;
  return (
    <div data-testid="points-info">
      <div style={{ fontSize: 16 }}>
        可用积分 <strong data-testid="points-balance">{balance.toLocaleString("zh-CN")}</strong> 分，
        可抵 <strong data-testid="points-value">{formatYuan(value)}</strong>
      </div>
      <Typography.Text type="secondary">{pointsRulesText(programme)}；金额按元填写</Typography.Text>
    </div>
  );
}
