// The forms of a card: issue one (a virtual card to a member, or sell a physical card at a station), add a child,
// top up, allocate to a child and take back, change a state (one the API lists in `transitions`), change the
// bound mobile and close it. Forms that move
// money keep one idempotency key while they are open, so a retry after a lost answer records the money once.
import { ModalForm, ProFormDigit, ProFormRadio, ProFormSelect, ProFormSwitch, ProFormText } from "@ant-design/pro-components";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Descriptions, Form } from "antd";
import { useState } from "react";
import {
  CardActivateDocument,
  CardAllocateDocument,
  CardChildAddDocument,
  CardCloseDocument,
  CardCloseSplitDocument,
  CardDisableDocument,
  CardEnableDocument,
  CardFreezeDocument,
  CardIssueDocument,
  CardMemberOptionsDocument,
  CardPhoneChangeDocument,
  CardProductsDocument,
  CardReportLostDocument,
  CardStationShiftDocument,
  CardTakeBackDocument,
  CardTopUpDocument,
  CardUnfreezeDocument,
  CardUnreportDocument,
  type CardCloseSplitQuery,
  type CardMode,
  type CardRowFieldsFragment,
  type CardTopUpMethod,
} from "../../gql/graphql";
import { formatYuan, MOBILE } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { newKey, yuanToFen } from "../fleets/labels";
import { CARD_KIND, CARD_MODE, TOP_UP_METHOD } from "./labels";
import type { CardTransition } from "./states";

type Card = CardRowFieldsFragment;
type Split = NonNullable<CardCloseSplitQuery["card"]>["closeSplit"];
type Trigger = { trigger: JSX.Element; onDone: () => void };

const amountRule = (required: boolean) => ({
  validator: async (_: unknown, value?: string) => {
    if (!value?.trim() && !required) return;
    const fen = yuanToFen(value ?? "");
    if (fen === null || fen <= 0) throw new Error("请输入金额（元，最多两位小数）");
  },
});
const mobileRule = { pattern: MOBILE, message: "请输入 11 位手机号" };
const yuan = (m: { fen: unknown }) => formatYuan(Number(m.fen));

/** One idempotency key per opened form: a new one each time the form opens, the same one for its retries. */
function useFormKey() {
  const [key, setKey] = useState(newKey);
  return { key, onOpenChange: (open: boolean) => open && setKey(newKey()) };
}

function useStations() {
  const { viewer, stationId } = useSession();
  const stations = (viewer?.stations ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }));
  return { stations, first: stationId ?? stations[0]?.value };
}

function MemberSelect({ required }: { required: boolean }) {
  const client = useApolloClient();
  return (
    <ProFormSelect
      name="memberId"
      label="持卡会员"
      showSearch
      debounceTime={300}
      placeholder="输入完整手机号、会员号或姓名查找"
      rules={required ? [{ required: true, message: "请选择会员" }] : []}
      request={async ({ keyWords }: { keyWords?: string }) => {
        if (!keyWords?.trim()) return [];
        const { data } = await client.query({ query: CardMemberOptionsDocument, variables: { search: keyWords.trim() }, fetchPolicy: "network-only" });
        return (data?.members.edges ?? []).map(({ node: m }) => ({ value: m.id, label: `${m.number} ${m.name ?? ""} ${m.phone ?? ""}` }));
      }}
    />
  );
}

export function IssueForm({ trigger, onDone }: Trigger) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const { stations, first } = useStations();
  const products = useQuery(CardProductsDocument);
  const [issue] = useMutation(CardIssueDocument);
  const [activate] = useMutation(CardActivateDocument);
  const productId = Form.useWatch("productId", form) as string | undefined;
  const product = products.data?.cardProducts.find((p) => p.id === productId);
  const options = (products.data?.cardProducts ?? []).filter((p) => p.active)
    .map((p) => ({ value: p.id, label: `${p.name}（${CARD_KIND[p.kind]}${p.named ? "" : "，不记名"}）` }));
  return (
    <ModalForm
      title="发卡"
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      initialValues={{ stationId: first }}
      onFinish={async (v) => {
        if (!product) return false;
        const ok = await submitMutation(
          async () => product.kind === "VIRTUAL"
            ? (await issue({ variables: { input: { productId: product.id, memberId: v.memberId ?? null } } })).data?.cardIssue
            : (await activate({ variables: { input: { productId: product.id, stationId: v.stationId, number: v.number,
              memberId: v.memberId ?? null, phone: v.phone || null } } })).data?.cardActivate,
          { form, fields: ["productId", "memberId", "stationId", "number", "phone"], notify: message, success: "已发卡" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormSelect name="productId" label="制卡规则" options={options} rules={[{ required: true, message: "请选择制卡规则" }]} />
      {product?.kind === "PHYSICAL" && (
        <>
          <ProFormSelect name="stationId" label="售卡油站" options={stations} rules={[{ required: true, message: "请选择油站" }]} />
          <ProFormText name="number" label="卡号" placeholder="输入或刷读实体卡卡号" rules={[{ required: true, message: "请填写卡号" }]} />
        </>
      )}
      {product && (product.named || product.kind === "VIRTUAL") && <MemberSelect required />}
      {product?.kind === "PHYSICAL" && !product.named && <ProFormText name="phone" label="绑定手机号" rules={[mobileRule]} />}
    </ModalForm>
  );
}

export function ChildAddForm({ parent, trigger, onDone }: Trigger & { parent: Card }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [add] = useMutation(CardChildAddDocument);
  const fen = (value?: string) => (value?.trim() ? yuanToFen(value) : null);
  return (
    <ModalForm
      title={`添加子卡：${parent.number}`}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      initialValues={{ mode: parent.mode ?? "ALLOCATED" }}
      onFinish={async (v) => {
        const ok = await submitMutation(
          async () => (await add({ variables: { input: { parentId: parent.id, mode: v.mode as CardMode, number: v.number || null,
            perTransactionLimitFen: fen(v.perTransactionLimitFen), dailyLimitFen: fen(v.dailyLimitFen),
            monthlyLimitFen: fen(v.monthlyLimitFen), dailyCountLimit: v.dailyCountLimit ?? null } } })).data?.cardChildAdd,
          { form, fields: ["mode", "number", "perTransactionLimitFen", "dailyLimitFen", "monthlyLimitFen", "dailyCountLimit"],
            notify: message, success: "子卡已添加" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormRadio.Group name="mode" label="资金模式" disabled={!!parent.mode}
        tooltip="由第一张子卡确定：划拨即主卡把钱划给子卡；共享即子卡直接使用主卡余额"
        options={Object.entries(CARD_MODE).map(([value, label]) => ({ value, label }))} />
      {parent.kind === "PHYSICAL" && <ProFormText name="number" label="子卡卡号" rules={[{ required: true, message: "请填写卡号" }]} />}
      <ProFormText name="perTransactionLimitFen" label="单笔限额（元，留空不限）" rules={[amountRule(false)]} />
      <ProFormText name="dailyLimitFen" label="每日限额（元，留空不限）" rules={[amountRule(false)]} />
      <ProFormText name="monthlyLimitFen" label="每月限额（元，留空不限）" rules={[amountRule(false)]} />
      <ProFormDigit name="dailyCountLimit" label="每日次数（留空不限）" min={1} fieldProps={{ precision: 0 }} />
    </ModalForm>
  );
}

function ShiftHint({ stationId }: { stationId?: string }) {
  const { can } = useSession();
  const shift = useQuery(CardStationShiftDocument, { variables: { stationId: stationId ?? "" }, skip: !stationId || !can("OPERATE_POS"),
    fetchPolicy: "network-only", errorPolicy: "ignore" });
  if (!shift.data) return null;
  const open = !!shift.data.currentShift;
  return (
    <div data-testid="shift-state" data-open={open ? "1" : "0"} style={{ marginBottom: 16 }}>
      {open
        ? <Alert type="success" showIcon message="该油站当前有班次，现金计入本班收银" />
        : <Alert type="warning" showIcon message="该油站当前无班次，现金充值须先开班；可用银行转账" />}
    </div>
  );
}

export function TopUpForm({ card, trigger, onDone }: Trigger & { card: Card }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const { can } = useSession();
  const { stations, first } = useStations();
  const [topUp] = useMutation(CardTopUpDocument);
  const { key, onOpenChange } = useFormKey();
  const method = Form.useWatch("method", form) as CardTopUpMethod | undefined;
  const stationId = Form.useWatch("stationId", form) as string | undefined;
  const methods: CardTopUpMethod[] = [...(can("TOP_UP_CARDS") ? ["CASH" as const] : []), ...(can("MANAGE_CARDS") ? ["BANK_TRANSFER" as const] : [])];
  return (
    <ModalForm
      title={`充值：${card.number}`}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      onOpenChange={onOpenChange}
      initialValues={{ stationId: first, method: methods[0] }}
      onFinish={async (v) => {
        let bonus = 0;
        const ok = await submitMutation(
          async () => {
            const payload = (await topUp({ variables: { input: { cardId: card.id, stationId: v.stationId, amountFen: yuanToFen(v.amountFen) ?? 0,
              method: v.method, idempotencyKey: key, reference: v.reference || null } } })).data?.cardTopUp;
            bonus = Number(payload?.topUp?.bonus.fen ?? 0);
            return payload;
          },
          { form, fields: ["stationId", "amountFen", "method", "reference"], notify: message, success: "充值成功" },
        );
        if (ok && bonus > 0) message.success(`赠送 ${formatYuan(bonus)}`);
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormSelect name="stationId" label="收款油站" options={stations} rules={[{ required: true, message: "请选择油站" }]} />
      <ProFormRadio.Group name="method" label="收款方式" options={methods.map((m) => ({ value: m, label: TOP_UP_METHOD[m] }))}
        rules={[{ required: true, message: "请选择收款方式" }]} />
      {method === "CASH" && <ShiftHint stationId={stationId} />}
      <ProFormText name="amountFen" label="充值金额（元）" rules={[amountRule(true)]} />
      {method === "BANK_TRANSFER" && <ProFormText name="reference" label="银行流水号" rules={[{ required: true, message: "请填写银行流水号" }]} />}
    </ModalForm>
  );
}

export function AllocateForm({ parent, child, trigger, onDone }: Trigger & { parent: Card; child: Card }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [allocate] = useMutation(CardAllocateDocument);
  const { key, onOpenChange } = useFormKey();
  return (
    <ModalForm
      title={`划拨到子卡 ${child.number}`}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      onOpenChange={onOpenChange}
      onFinish={async (v) => {
        const ok = await submitMutation(
          async () => (await allocate({ variables: { input: { parentId: parent.id, idempotencyKey: key,
            allocations: [{ childId: child.id, amountFen: yuanToFen(v.amount) ?? 0 }] } } })).data?.cardAllocate,
          { notify: message, success: "已划拨" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <Descriptions size="small" column={2} items={[
        { label: "主卡本金", children: yuan(parent.balance.principal) },
        { label: "主卡赠送金", children: yuan(parent.balance.bonus) },
      ]} />
      <ProFormText name="amount" label="划拨金额（元）" rules={[amountRule(true)]} />
    </ModalForm>
  );
}

export function TakeBackForm({ parent, child, trigger, onDone }: Trigger & { parent: Card; child: Card }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [takeBack] = useMutation(CardTakeBackDocument);
  const { key, onOpenChange } = useFormKey();
  return (
    <ModalForm
      title={`从子卡 ${child.number} 返款`}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      onOpenChange={onOpenChange}
      onFinish={async (v) => {
        const ok = await submitMutation(
          async () => (await takeBack({ variables: { input: { parentId: parent.id, childId: child.id, idempotencyKey: key,
            amountFen: v.amountFen?.trim() ? yuanToFen(v.amountFen) : null } } })).data?.cardTakeBack,
          { form, fields: ["amountFen"], notify: message, success: "已返款到主卡" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <Descriptions size="small" column={1} items={[{ label: "子卡余额", children: yuan(child.balance.total) }]} />
      <ProFormText name="amountFen" label="返款金额（元）" placeholder="留空即全部返还" rules={[amountRule(false)]} />
    </ModalForm>
  );
}

export function StateChangeForm({ card, transition, trigger, onDone }: Trigger & { card: Card; transition: CardTransition }) {
  const { event, label } = transition;
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [freeze] = useMutation(CardFreezeDocument);
  const [unfreeze] = useMutation(CardUnfreezeDocument);
  const [reportLost] = useMutation(CardReportLostDocument);
  const [unreport] = useMutation(CardUnreportDocument);
  const [disable] = useMutation(CardDisableDocument);
  const [enable] = useMutation(CardEnableDocument);
  const run = async (input: { id: string; reason: string | null }) => {
    const variables = { input };
    switch (event) {
      case "FREEZE": return (await freeze({ variables })).data?.cardFreeze;
      case "UNFREEZE": return (await unfreeze({ variables })).data?.cardUnfreeze;
      case "REPORT_LOST": return (await reportLost({ variables })).data?.cardReportLost;
      case "UNREPORT": return (await unreport({ variables })).data?.cardUnreport;
      case "DISABLE": return (await disable({ variables })).data?.cardDisable;
      case "ENABLE": return (await enable({ variables })).data?.cardEnable;
      default: return null;  // closing has its own form
    }
  };
  return (
    <ModalForm
      title={`${label}：${card.number}`}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (v) => {
        const ok = await submitMutation(() => run({ id: card.id, reason: v.reason || null }),
          { form, fields: ["reason"], notify: message, success: `已${label}` });
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="reason" label="原因" rules={[{ required: true, message: "请填写原因" }]} />
    </ModalForm>
  );
}

export function PhoneChangeForm({ card, trigger, onDone }: Trigger & { card: Card }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [change] = useMutation(CardPhoneChangeDocument);
  return (
    <ModalForm
      title={`更换绑定手机：${card.number}`}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (v) => {
        const ok = await submitMutation(
          async () => (await change({ variables: { input: { cardId: card.id, phone: v.phone, reason: v.reason } } })).data?.cardPhoneChange,
          { form, fields: ["phone", "reason"], notify: message, success: "绑定手机已更换" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <Descriptions size="small" column={1} items={[{ label: "当前手机", children: card.phone ?? "未绑定" }]} />
      <ProFormText name="phone" label="新手机号" rules={[{ required: true, message: "请填写手机号" }, mobileRule]} />
      <ProFormText name="reason" label="原因" rules={[{ required: true, message: "请填写原因" }]} />
    </ModalForm>
  );
}

function SplitView({ split }: { split: Split }) {
  return (
    <div data-testid="close-split">
      <Descriptions bordered size="small" column={2} items={[
        { label: "退还本金", children: <b>{yuan(split.refund)}</b> },
        { label: "作废赠送金", children: yuan(split.forfeitedBonus) },
        { label: "已消费本金", children: yuan(split.consumedPrincipal) },
        { label: "已消费赠送金", children: yuan(split.consumedBonus) },
      ]} />
    </div>
  );
}

export function CloseForm({ card, trigger, onDone }: Trigger & { card: Card }) {
  const [form] = Form.useForm();
  const { message, modal } = App.useApp();
  const client = useApolloClient();
  const { stations, first } = useStations();
  const [close] = useMutation(CardCloseDocument);
  const { key, onOpenChange } = useFormKey();
  const [split, setSplit] = useState<Split | null>(null);
  return (
    <ModalForm
      title={`销户：${card.number}`}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: "确认销户" }, submitButtonProps: { danger: true, disabled: !split } }}
      onOpenChange={async (open) => {
        onOpenChange(open);
        setSplit(null);
        if (!open) return;
        const { data } = await client.query({ query: CardCloseSplitDocument, variables: { id: card.id }, fetchPolicy: "network-only" });
        setSplit(data?.card?.closeSplit ?? null);
      }}
      initialValues={{ stationId: first, payout: "CASH", recovered: card.kind === "PHYSICAL" }}
      onFinish={async (v) => {
        let done: Split | null = null;
        const ok = await submitMutation(
          async () => {
            const payload = (await close({ variables: { input: { id: card.id, stationId: v.stationId, payout: v.payout,
              recovered: !!v.recovered, idempotencyKey: key, reason: v.reason || null } } })).data?.cardClose;
            done = payload?.split ?? null;
            return payload;
          },
          { form, fields: ["stationId", "payout", "recovered", "reason"], notify: message, success: "已销户" },
        );
        if (ok && done) modal.success({ title: "已销户", content: <SplitView split={done} /> });
        if (ok) onDone();
        return ok;
      }}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="销户后卡片不可再使用：未消费的本金退还，未消费的赠送金作废。" />
      {split ? <SplitView split={split} /> : <Alert type="info" message="正在计算退款…" />}
      <div style={{ height: 16 }} />
      <ProFormSelect name="stationId" label="退款油站" options={stations} rules={[{ required: true, message: "请选择油站" }]} />
      <ProFormRadio.Group name="payout" label="退款方式" options={(["CASH", "BANK_TRANSFER"] as const).map((m) => ({ value: m, label: TOP_UP_METHOD[m] }))} />
      {card.kind === "PHYSICAL" && <ProFormSwitch name="recovered" label="已收回实体卡" />}
      <ProFormText name="reason" label="销户原因" rules={[{ required: true, message: "请填写原因" }]} />
    </ModalForm>
  );
}
