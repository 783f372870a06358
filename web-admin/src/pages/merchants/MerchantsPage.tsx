import { PageContainer } from "@ant-design/pro-components";
import { useQuery } from "@apollo/client/react";
import { Badge, Button, Card, Result, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { MerchantAccountsDocument, type MerchantAccountsQuery } from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { useSession } from "../../lib/session";
import { CHANNEL, feeRate } from "./labels";
import { MerchantForm } from "./MerchantForm";

type Merchant = MerchantAccountsQuery["paymentMerchants"][number];

/** A station's merchant accounts with the payment channels; keys can be replaced, never read. */
export default function MerchantsPage() {
  const { viewer, stationId: current } = useSession();
  const [stationId, setStationId] = useState<string | null>(current ?? viewer.stations[0]?.id ?? null);
  const { data, error, loading, refetch } = useQuery(MerchantAccountsDocument, {
    variables: { stationId: stationId ?? "" }, skip: !stationId, fetchPolicy: "network-only",
  });
  const merchants = data?.paymentMerchants ?? [];
  const reload = () => void refetch();
  return (
    <PageContainer>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select data-testid="merchant-station" style={{ minWidth: 220 }} value={stationId} onChange={setStationId}
            options={viewer.stations.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))} />
          {stationId && (
            <MerchantForm stationId={stationId} onDone={reload}
              trigger={<Button type="primary" data-testid="merchant-add">新增商户号</Button>} />
          )}
        </Space>
      </Card>
      {error ? (
        <Result status="error" title="无法加载商户号" subTitle={topLevelMessage(error)} />
      ) : (
        <Table<Merchant>
          rowKey="id"
          loading={loading}
          dataSource={[...merchants]}
          pagination={false}
          locale={{ emptyText: "本站尚未配置收款商户号" }}
          columns={[
            { title: "支付渠道", render: (_, m) => CHANNEL[m.channel] ?? m.channel },
            { title: "商户号", dataIndex: "mchId" },
            { title: "AppID", dataIndex: "appId" },
            { title: "收款方名称", dataIndex: "payeeName" },
            { title: "密钥", render: () => <Tag>已加密保存，不可查看</Tag> },
            {
              title: "支付通知", render: (_, m) => (m.notificationsEnabled
                ? <Badge status="success" text={`已启用（${m.platformKeySerials.length} 个平台公钥）`} />
                : <Badge status="default" text="未启用" />),
            },
            {
              title: "小程序支付", render: (_, m) => (m.jsapiConfigured
                ? <Badge status="success" text={`已配置（${m.miniProgramAppId ?? m.appId}）`} />
                : <Badge status="default" text={m.channel === "wechat" ? "未配置" : "—"} />),
            },
            { title: "费率", render: (_, m) => feeRate(m.feeRateBp) },
            { title: "接口地址", dataIndex: "apiBaseUrl", ellipsis: true },
            {
              title: "操作", render: (_, m) => stationId && (
                <MerchantForm stationId={stationId} merchant={m} onDone={reload}
                  trigger={<a data-testid={`merchant-edit-${m.channel}`}>编辑</a>} />
              ),
            },
          ]}
        />
      )}
    </PageContainer>
  );
}
