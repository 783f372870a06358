// The fleet's forms: create or edit, whitelist a vehicle, record money received, request an adjustment.
import { ModalForm, ProFormDatePicker, ProFormDigit, ProFormSelect, ProFormSwitch, ProFormText } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Form } from "antd";
import { useState } from "react";
import dayjs from "dayjs";
import {
  FleetAdjustmentRequestDocument,
  FleetPaymentRecordDocument,
  FleetSaveDocument,
  FleetTopUpDocument,
  FleetVehicleSaveDocument,
  type FleetAdjustmentKind,
  type FleetRowFieldsFragment,
} from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { ADJUSTMENT_KIND, newKey, yuanToFen } from "./labels";

type Sign = "positive" | "zero or more" | "not zero";

const amountRule = (sign: Sign) => ({
  validator: async (_: unknown, value?: string) => {
    const fen = yuanToFen(value ?? "");
    const fits = fen !== null && (sign === "positive" ? fen > 0 : sign === "zero or more" ? fen >= 0 : fen !== 0);
    if (!fits) throw new Error("请输入金额（元，最多两位小数）");
  },
});

export function FleetForm({ fleet, trigger, onDone }: { fleet?: FleetRowFieldsFragment; trigger: JSX.Element; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const { viewer } = useSession();
  const [save] = useMutation(FleetSaveDocument);
  const stations = (viewer?.stations ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }));
  return (
    <ModalForm
      title={fleet ? `编辑企业 ${fleet.number}` : "新增企业"}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      initialValues={fleet ? { ...fleet, stationId: fleet.station?.id, contact: fleet.contacts[0] } : {}}
      onFinish={async (values) => {
        const contact = values.contact?.name ? [{ name: values.contact.name, title: values.contact.title || null, phone: values.contact.phone || null }] : [];
        const ok = await submitMutation(
          async () => (await save({ variables: { input: { id: fleet?.id ?? null, name: values.name, taxNumber: values.taxNumber,
            stationId: values.stationId, remark: values.remark || null, contacts: contact } } })).data?.fleetSave,
          { form, fields: ["name", "taxNumber", "stationId", "remark"], notify: message, success: "企业已保存" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="name" label="企业名称" rules={[{ required: true, message: "请填写企业名称" }]} />
      <ProFormText name="taxNumber" label="统一社会信用代码" rules={[{ required: true, len: 18, message: "应为 18 位" }]} />
      <ProFormSelect name="stationId" label="责任站点" options={stations} rules={[{ required: true, message: "请选择责任站点" }]} />
      <ProFormText name={["contact", "name"]} label="联系人" />
      <ProFormText name={["contact", "title"]} label="职务" />
      <ProFormText name={["contact", "phone"]} label="联系电话" />
      <ProFormText name="remark" label="备注" />
    </ModalForm>
  );
}

export function VehicleForm({ fleetId, trigger, onDone }: { fleetId: string; trigger: JSX.Element; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [save] = useMutation(FleetVehicleSaveDocument);
  return (
    <ModalForm
      title="添加车辆"
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (v) => {
        const ok = await submitMutation(
          async () => (await save({ variables: { input: {
            fleetId, plate: v.plate, driverName: v.driverName || null,
            gradeCodes: (v.gradeCodes ?? "").split(/[,，\s]+/).filter(Boolean),
            dailyAmountFen: v.dailyAmountYuan ? Math.round(v.dailyAmountYuan * 100) : null,
            dailyVolumeMl: v.dailyLitres ? Math.round(v.dailyLitres * 1000) : null,
            dailyCount: v.dailyCount ?? null, frozen: !!v.frozen,
          } } })).data?.fleetVehicleSave,
          { form, fields: ["plate", "driverName", "gradeCodes", "dailyCount"], notify: message, success: "车辆已加入白名单" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="plate" label="车牌号" rules={[{ required: true, message: "请填写车牌号" }]} />
      <ProFormText name="driverName" label="司机" />
      <ProFormText name="gradeCodes" label="限加油品代码" placeholder="留空不限，多个用逗号分隔，如 1402,2001" />
      <ProFormDigit name="dailyAmountYuan" label="每日挂账限额（元）" min={0.01} fieldProps={{ precision: 2 }} />
      <ProFormDigit name="dailyLitres" label="每日限加升数（L）" min={0.01} fieldProps={{ precision: 2 }} />
      <ProFormDigit name="dailyCount" label="每日限挂账次数" min={1} fieldProps={{ precision: 0 }} />
      <ProFormSwitch name="frozen" label="冻结" />
    </ModalForm>
  );
}

export function ReceiptForm({ fleetId, kind, trigger, onDone }: { fleetId: string; kind: "TOP_UP" | "PAYMENT"; trigger: JSX.Element; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [topUp] = useMutation(FleetTopUpDocument);
  const [pay] = useMutation(FleetPaymentRecordDocument);
  const [key] = useState(newKey); // one key per opened form: a retry after a lost answer is not a second receipt
  return (
    <ModalForm
      title={kind === "TOP_UP" ? "预存充值（对公转账）" : "登记授信还款"}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      initialValues={{ receivedOn: dayjs() }}
      onFinish={async (v) => {
        const input = { fleetId, amountFen: yuanToFen(v.amount) ?? 0, bankReference: v.bankReference,
          receivedOn: dayjs(v.receivedOn).format("YYYY-MM-DD"), remark: v.remark || null, idempotencyKey: key };
        const ok = await submitMutation(
          async () => kind === "TOP_UP"
            ? (await topUp({ variables: { input } })).data?.fleetTopUp
            : (await pay({ variables: { input } })).data?.fleetPaymentRecord,
          { form, fields: ["amountFen", "bankReference", "receivedOn", "remark"], notify: message, success: "已入账" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="amount" label="金额（元）" rules={[amountRule("positive")]} />
      <ProFormText name="bankReference" label="银行流水号" rules={[{ required: true, message: "请填写银行流水号" }]} />
      <ProFormDatePicker name="receivedOn" label="到账日期" rules={[{ required: true }]} />
      <ProFormText name="remark" label="备注" />
    </ModalForm>
  );
}

export function AdjustmentForm({ fleetId, trigger, onDone }: { fleetId: string; trigger: JSX.Element; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [request] = useMutation(FleetAdjustmentRequestDocument);
  const [key] = useState(newKey);
  const kind = Form.useWatch("kind", form) as FleetAdjustmentKind | undefined;
  return (
    <ModalForm
      title="申请调账（须另一人审批）"
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      initialValues={{ kind: "CREDIT_LIMIT" }}
      onFinish={async (v) => {
        const ok = await submitMutation(
          async () => (await request({ variables: { input: { fleetId, kind: v.kind, amountFen: yuanToFen(v.amount) ?? 0,
            reason: v.reason, idempotencyKey: key } } })).data?.fleetAdjustmentRequest,
          { form, fields: ["amountFen", "reason"], notify: message, success: "调账申请已提交，等待审批" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormSelect name="kind" label="调整项目" options={Object.entries(ADJUSTMENT_KIND).map(([value, label]) => ({ value, label }))} />
      <ProFormText
        name="amount"
        label={kind === "CREDIT_LIMIT" ? "新授信额度（元）" : "调整金额（元，调减填负数）"}
        rules={[amountRule(kind === "CREDIT_LIMIT" ? "zero or more" : "not zero")]}
      />
      <ProFormText name="reason" label="原因" rules={[{ required: true, message: "请填写原因" }]} />
    </ModalForm>
  );
}
