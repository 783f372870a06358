// Stored-value cards (储值卡): found by number or holder, filtered by product and state; a card's drawer holds
// its balances, state changes, money and statement.
import { PageContainer, ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient } from "@apollo/client/react";
import { Button, Tag } from "antd";
import { useState } from "react";
import { CardProductsDocument, CardsDocument, type CardFilter, type CardRowFieldsFragment, type CardState } from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime, formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";
import { CardDetail } from "./CardDetail";
import { IssueForm } from "./CardForms";
import { CARD_KIND, CARD_STATE, CARD_STATE_COLOR } from "./labels";

type Card = CardRowFieldsFragment;
const yuan = (m: { fen: unknown }) => formatYuan(Number(m.fen));

export default function CardsPage() {
  const client = useApolloClient();
  const { can } = useSession();
  const book = useCursorBook();
  const [detail, setDetail] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = () => {
    book.reset();
    setVersion(version + 1);
  };
  const columns: ProColumns<Card>[] = [
    { title: "卡号", dataIndex: "number", search: false, render: (_, c) => <a onClick={() => setDetail(c.id)}>{c.number}</a> },
    { title: "查找", dataIndex: "search", hideInTable: true, fieldProps: { placeholder: "卡号、持卡人完整手机号或会员号" } },
    {
      title: "制卡规则", dataIndex: "productId", valueType: "select", render: (_, c) => c.product.name,
      request: async () => {
        const { data } = await client.query({ query: CardProductsDocument });
        return (data?.cardProducts ?? []).map((p) => ({ value: p.id, label: p.name }));
      },
    },
    { title: "类型", search: false, render: (_, c) => `${CARD_KIND[c.kind]}${c.role === "CHILD" ? " · 子卡" : ""}` },
    { title: "持卡人", search: false, render: (_, c) => (c.holder ? `${c.holder.name ?? ""} ${c.holder.number}` : "不记名") },
    { title: "绑定手机", dataIndex: "phone", search: false },
    {
      title: "状态", dataIndex: "state", valueType: "select",
      valueEnum: Object.fromEntries(Object.entries(CARD_STATE).map(([value, text]) => [value, { text }])),
      render: (_, c) => <Tag color={CARD_STATE_COLOR[c.state]}>{CARD_STATE[c.state]}</Tag>,
    },
    { title: "本金", search: false, align: "right", render: (_, c) => yuan(c.balance.principal) },
    { title: "赠送金", search: false, align: "right", render: (_, c) => yuan(c.balance.bonus) },
    { title: "可用合计", search: false, align: "right", render: (_, c) => yuan(c.balance.total) },
    { title: "发卡时间", search: false, render: (_, c) => formatTime(c.createdAt) },
  ];
  return (
    <PageContainer>
      <ProTable<Card>
        key={version}
        rowKey="id"
        columns={columns}
        headerTitle="储值卡"
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => (can("MANAGE_CARDS") || can("TOP_UP_CARDS")
          ? [<IssueForm key="issue" trigger={<Button type="primary">发卡</Button>} onDone={refresh} />]
          : [])}
        request={async (params) => {
          const filter: CardFilter = {
            search: params.search?.trim() || null,
            state: (params.state as CardState | undefined) || null,
            productId: params.productId || null,
          };
          return book.page(JSON.stringify(filter), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: CardsDocument, variables: { first, after, filter }, fetchPolicy: "network-only" })).data!.cards,
          );
        }}
      />
      <CardDetail cardId={detail} onClose={() => setDetail(null)} onChanged={refresh} />
    </PageContainer>
  );
}
