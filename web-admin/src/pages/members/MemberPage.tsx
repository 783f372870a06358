// 会员详情 (the member 360° view): profile and tags, vehicles, tier and points, stored-value cards, recent orders,
// the ride-hailing certification and coupons, each section shown to who holds its permission.
import { PageContainer, ProCard } from "@ant-design/pro-components";
import { useQuery } from "@apollo/client/react";
import { Alert, Result, Space, Spin } from "antd";
import { Link, useParams } from "react-router-dom";
import { MemberProfileDocument } from "../../gql/graphql";
import { useSession } from "../../lib/session";
import { MemberPointsSection } from "../loyalty/MemberPointsSection";
import { sectionsFor } from "./member360";
import { MemberProfile, MemberVehicles } from "./MemberProfile";
import { MemberCards, MemberCertification, MemberCoupons, MemberOrders, TierProgressCard } from "./MemberSections";

export default function MemberPage() {
  const { id = "" } = useParams();
  const { can } = useSession();
  const shown = sectionsFor(can);
  const profile = useQuery(MemberProfileDocument, { variables: { id }, fetchPolicy: "network-only" });
  const member = profile.data?.member;
  if (profile.loading && !member) return <Spin style={{ margin: 48 }} />;
  if (profile.error) return <Alert type="error" showIcon message="会员信息加载失败" style={{ margin: 24 }} />;
  if (!member) {
    return <Result status="404" title="会员不存在" extra={<Link to="/members">返回会员列表</Link>} />;
  }
  return (
    <PageContainer
      title={`会员 ${member.number}${member.name ? ` · ${member.name}` : ""}`}
      onBack={() => window.history.back()}
      breadcrumb={{ items: [{ title: <Link to="/members">会员</Link> }, { title: "会员详情" }] }}
    >
      <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="member-360">
        {shown.has("profile") && <MemberProfile member={member} />}
        {shown.has("vehicles") && <MemberVehicles member={member} />}
        {shown.has("loyalty") && (
          <ProCard title="等级与积分" bordered data-testid="member-360-loyalty">
            <TierProgressCard progress={member.tierProgress} />
            <MemberPointsSection memberId={member.id} />
          </ProCard>
        )}
        {shown.has("cards") && <MemberCards memberId={member.id} />}
        {shown.has("orders") && <MemberOrders memberId={member.id} />}
        {shown.has("certification") && <MemberCertification certification={member.certification} />}
        {shown.has("coupons") && <MemberCoupons />}
      </Space>
    </PageContainer>
  );
}
