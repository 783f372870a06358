// Card products (制卡规则): every product of the company with its top-up range, bonus tiers and limits.
import { PageContainer, ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient } from "@apollo/client/react";
import { Button, Tag } from "antd";
import { useState } from "react";
import { CardProductsDocument, type CardProductFieldsFragment } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";
import { CARD_KIND } from "./labels";
import { ProductForm } from "./ProductForm";

type Product = CardProductFieldsFragment;
const yuan = (m: { fen: unknown } | null | undefined) => (m ? formatYuan(Number(m.fen)) : "不限");

export default function ProductsPage() {
  const client = useApolloClient();
  const { can, viewer } = useSession();
  const [version, setVersion] = useState(0);
  const manage = can("MANAGE_CARD_PRODUCTS");
  const stationName = new Map((viewer?.stations ?? []).map((s) => [s.id, s.name]));
  const refresh = () => setVersion(version + 1);
  const columns: ProColumns<Product>[] = [
    { title: "卡名称", dataIndex: "name" },
    { title: "类型", render: (_, p) => `${CARD_KIND[p.kind]} · ${p.named ? "记名" : "不记名"}` },
    { title: "充值范围", render: (_, p) => `${yuan(p.topUpMin)} ~ ${yuan(p.topUpMax)}` },
    {
      title: "充值赠送",
      render: (_, p) => (p.bonusTiers.length === 0 ? "—" : p.bonusTiers.map((t) => (
        <Tag key={String(t.min.fen)}>充{yuan(t.min)}送{yuan(t.bonus)}</Tag>
      ))),
    },
    { title: "可用油品", render: (_, p) => p.gradeCodes.join("、") || "全部" },
    { title: "非油商品", render: (_, p) => (p.allowsGoods ? p.goodsCategories.join("、") || "全部类别" : "不可用") },
    { title: "适用油站", render: (_, p) => p.stationIds.map((id) => stationName.get(id) ?? "其他油站").join("、") || "全部" },
    { title: "单笔/每日/每月限额", render: (_, p) => `${yuan(p.perTransactionLimit)} / ${yuan(p.dailyLimit)} / ${yuan(p.monthlyLimit)}` },
    { title: "每日次数", render: (_, p) => p.dailyCountLimit ?? "不限" },
    { title: "免密额度", render: (_, p) => (p.passwordAbove ? yuan(p.passwordAbove) : "无需密码") },
    { title: "有效期", render: (_, p) => (p.validDays ? `${p.validDays} 天` : "长期") },
    { title: "状态", render: (_, p) => (p.active ? <Tag color="green">启用</Tag> : <Tag>停发</Tag>) },
    ...(manage ? [{
      title: "操作",
      render: (_: unknown, p: Product) => <ProductForm product={p} trigger={<a>编辑</a>} onDone={refresh} />,
    }] : []),
  ];
  return (
    <PageContainer>
      <ProTable<Product>
        key={version}
        rowKey="id"
        search={false}
        columns={columns}
        pagination={false}
        headerTitle="制卡规则"
        toolBarRender={() => (manage ? [<ProductForm key="new" trigger={<Button type="primary">新增制卡规则</Button>} onDone={refresh} />] : [])}
        request={async () => {
          const { data } = await client.query({ query: CardProductsDocument, fetchPolicy: "network-only" });
          const rows = data?.cardProducts ?? [];
          return { data: rows, total: rows.length, success: true };
        }}
      />
    </PageContainer>
  );
}
