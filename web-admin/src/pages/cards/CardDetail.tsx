// A card in a drawer: balances (principal, bonus), its state with the changes it accepts, top-up, the children
// with allocation, take-back and their own limits, the statement with what each account held before and after, the
// bound mobile, the payment password (set by SMS; 解锁 when locked) and closing (销户) with the API's refund split
// shown before the confirmation. The state changes offered are the card's `transitions`, as the API lists them.
import { ProDescriptions } from "@ant-design/pro-components";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { Button, Drawer, Space, Statistic, Table, Tabs, Tag, Tooltip } from "antd";
import { useEffect, useState } from "react";
import { CardDetailDocument, CardStatementDocument, type CardRowFieldsFragment, type CardStatementQuery } from "../../gql/graphql";
import { formatTime, formatYuan } from "../../lib/format";
import { useSession } from "../../lib/session";
import { AllocateForm, ChildAddForm, CloseForm, PhoneChangeForm, StateChangeForm, TakeBackForm, TopUpForm } from "./CardForms";
import { ChildLimitsForm, PasswordForm } from "./CardSecurityForms";
import { ACCOUNT, CARD_KIND, CARD_MODE, CARD_STATE, CARD_STATE_COLOR, entryKind } from "./labels";
import { limitsText, passwordStatus } from "./security";
import { may, mayClose, stateChanges } from "./states";

type Card = CardRowFieldsFragment;
type Entry = NonNullable<CardStatementQuery["card"]>["statement"]["entries"][number];
const yuan = (m: { fen: unknown } | null | undefined) => (m ? formatYuan(Number(m.fen)) : "—");
const PAGE = 20;

function Statement({ cardId }: { cardId: string }) {
  const client = useApolloClient();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const load = async (after: string | null) => {
    setLoading(true);
    try {
      const { data } = await client.query({ query: CardStatementDocument, variables: { id: cardId, first: PAGE, after }, fetchPolicy: "network-only" });
      const page = data?.card?.statement;
      setEntries((earlier) => [...(after ? earlier : []), ...(page?.entries ?? [])]);
      setMore(!!page?.hasNextPage);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cardId]);
  return (
    <div data-testid="card-statement">
      <Table<Entry>
        size="small"
        rowKey="cursor"
        loading={loading}
        dataSource={entries}
        pagination={false}
        columns={[
          { title: "时间", render: (_, e) => formatTime(e.at) },
          { title: "业务", render: (_, e) => entryKind(e.kind) },
          { title: "账户", render: (_, e) => ACCOUNT[e.account] ?? e.account },
          { title: "发生额", align: "right", render: (_, e) => yuan(e.amount) },
          { title: "变动前", align: "right", render: (_, e) => yuan(e.heldBefore) },
          { title: "变动后", align: "right", render: (_, e) => yuan(e.heldAfter) },
          { title: "关联单据", render: (_, e) => e.reference ?? "—" },
        ]}
      />
      {more && <Button style={{ marginTop: 8 }} onClick={() => load(entries.at(-1)?.cursor ?? null)}>加载更多</Button>}
    </div>
  );
}

function Children({ parent, cards, onChanged, manage }: { parent: Card; cards: Card[]; onChanged: () => void; manage: boolean }) {
  return (
    <>
      {manage && may(parent, "ADD_CHILD") && (
        <ChildAddForm parent={parent} trigger={<Button size="small" style={{ marginBottom: 8 }}>添加子卡</Button>} onDone={onChanged} />
      )}
      <Table<Card> size="small" rowKey="id" dataSource={cards} pagination={false} columns={[
        { title: "卡号", dataIndex: "number" },
        { title: "状态", render: (_, c) => <Tag color={CARD_STATE_COLOR[c.state]}>{CARD_STATE[c.state]}</Tag> },
        { title: "本金", align: "right", render: (_, c) => yuan(c.balance.principal) },
        { title: "赠送金", align: "right", render: (_, c) => yuan(c.balance.bonus) },
        { title: "合计", align: "right", render: (_, c) => yuan(c.balance.total) },
        { title: "子卡限额", render: (_, c) => limitsText(c) },
        ...(manage ? [{
          title: "操作",
          render: (_: unknown, c: Card) => (
            <Space>
              {may(parent, "ALLOCATE") && may(c, "RECEIVE") && <AllocateForm parent={parent} child={c} trigger={<a>划拨</a>} onDone={onChanged} />}
              {may(parent, "ALLOCATE") && may(c, "GIVE_BACK") && <TakeBackForm parent={parent} child={c} trigger={<a>返款</a>} onDone={onChanged} />}
              {c.state !== "CLOSED" && <ChildLimitsForm child={c} trigger={<a>限额</a>} onDone={onChanged} />}
            </Space>
          ),
        }] : []),
      ]} />
    </>
  );
}

export function CardDetail({ cardId, onClose, onChanged }: { cardId: string | null; onClose: () => void; onChanged: () => void }) {
  const { can } = useSession();
  const detail = useQuery(CardDetailDocument, { variables: { id: cardId ?? "" }, skip: !cardId, fetchPolicy: "network-only" });
  const [version, setVersion] = useState(0);
  const card = detail.data?.card;
  const password = passwordStatus({ hasPassword: !!card?.hasPassword, passwordLocked: card?.passwordLocked });
  const manage = can("MANAGE_CARDS");
  const topUp = can("TOP_UP_CARDS") || manage;
  const refresh = () => {
    void detail.refetch();
    setVersion((v) => v + 1);
    onChanged();
  };
  return (
    <Drawer title={card ? `储值卡 ${card.number}` : ""} open={!!cardId} onClose={onClose} width={920} data-testid="card-detail">
      {card && (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            {topUp && may(card, "TOP_UP") && <TopUpForm card={card} trigger={<Button type="primary">充值</Button>} onDone={refresh} />}
            {stateChanges(card).map((t) => (
              <StateChangeForm key={t.event} card={card} transition={t} trigger={<Button>{t.label}</Button>} onDone={refresh} />
            ))}
            {manage && card.state !== "CLOSED" && <PhoneChangeForm card={card} trigger={<Button>更换绑定手机</Button>} onDone={refresh} />}
            {manage && may(card, "SET_PASSWORD") && (card.phone
              ? <PasswordForm card={card} status={password} trigger={<Button danger={password.locked}>{password.action}</Button>} onDone={refresh} />
              : <Tooltip title="该卡未绑定手机号，请先更换绑定手机"><Button disabled>{password.action}</Button></Tooltip>)}
            {mayClose(card) && <CloseForm card={card} trigger={<Button danger>销户</Button>} onDone={refresh} />}
          </Space>
          <Space size="large" wrap style={{ marginBottom: 12 }} data-testid="card-balance">
            <Statistic title="本金" value={yuan(card.balance.principal)} />
            <Statistic title="赠送金" value={yuan(card.balance.bonus)} />
            <Statistic title="可用合计" value={yuan(card.balance.total)} />
            <Statistic title="累计充值本金" value={yuan(card.principalToppedUp)} />
            <Statistic title="累计赠送" value={yuan(card.bonusGranted)} />
            <Statistic title="累计消费" value={yuan(card.spent)} />
          </Space>
          <ProDescriptions column={2} dataSource={card}>
            <ProDescriptions.Item label="状态"><Tag color={CARD_STATE_COLOR[card.state]}>{CARD_STATE[card.state]}</Tag></ProDescriptions.Item>
            <ProDescriptions.Item label="制卡规则">{card.product.name}（{CARD_KIND[card.kind]}{card.product.named ? "" : "，不记名"}）</ProDescriptions.Item>
            <ProDescriptions.Item label="持卡会员">{card.holder ? `${card.holder.number} ${card.holder.name ?? ""}` : "—"}</ProDescriptions.Item>
            <ProDescriptions.Item label="绑定手机">{card.phone ?? "—"}</ProDescriptions.Item>
            <ProDescriptions.Item label="主卡/子卡">
              {card.role === "CHILD" ? `子卡（主卡 ${card.parent?.number ?? ""}）` : `主卡${card.mode ? `（${CARD_MODE[card.mode]}）` : ""}`}
            </ProDescriptions.Item>
            <ProDescriptions.Item label="支付密码"><Tag color={password.color} data-testid="card-password">{password.text}</Tag></ProDescriptions.Item>
            <ProDescriptions.Item label="发卡时间">{formatTime(card.createdAt)}</ProDescriptions.Item>
            <ProDescriptions.Item label="有效期至">{card.expiresAt ? formatTime(card.expiresAt) : "长期"}</ProDescriptions.Item>
            {card.closedAt && <ProDescriptions.Item label="销户时间">{formatTime(card.closedAt)}{card.recovered ? "（已收回卡片）" : ""}</ProDescriptions.Item>}
          </ProDescriptions>
          <Tabs items={[
            { key: "statement", label: "流水", children: <Statement key={version} cardId={card.id} /> },
            ...(card.role === "PARENT" ? [{
              key: "children", label: `子卡（${card.children.length}）`,
              children: <Children parent={card} cards={card.children} onChanged={refresh} manage={manage} />,
            }] : []),
          ]} />
        </>
      )}
    </Drawer>
  );
}
