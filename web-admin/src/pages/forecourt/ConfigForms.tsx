import { ModalForm, ProFormDigit, ProFormSelect, ProFormText } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Form } from "antd";
import { DispenserSaveDocument, FuelGradeSaveDocument, NozzleSaveDocument, TankSaveDocument } from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";

const PROTOCOLS = [{ value: "KAJILIAN", label: "卡机联动" }, { value: "DART", label: "DART" }];
const PARITY = [{ value: "EVEN", label: "偶校验" }, { value: "ODD", label: "奇校验" }, { value: "NONE", label: "无校验" }];

interface DispenserValues { id?: string; number?: number; name?: string; hubPort?: number; protocol?: string }

export function DispenserForm({ stationId, dispenser, trigger, onDone }: {
  stationId: string; dispenser?: DispenserValues; trigger: JSX.Element; onDone: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [save] = useMutation(DispenserSaveDocument);
  return (
    <ModalForm
      title={dispenser ? `编辑 ${dispenser.name}` : "新增油机"}
      form={form}
      trigger={trigger}
      initialValues={dispenser ?? { protocol: "KAJILIAN", baud: 9600, parity: "EVEN", dataBits: 8, stopBits: 1 }}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values: Record<string, unknown>) => {
        const input = dispenser ? { ...values, id: dispenser.id } : { ...values, stationId };
        const ok = await submitMutation(async () => (await save({ variables: { input: input as never } })).data?.dispenserSave,
          { form, fields: ["number", "name", "hubPort", "protocol", "address", "baud", "parity", "dataBits", "stopBits"], notify: message, success: "油机已保存" });
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormDigit name="number" label="油机编号" min={1} max={99} rules={[{ required: true, message: "请填写编号" }]} />
      <ProFormText name="name" label="名称" rules={[{ required: true, message: "请填写名称" }, { max: 32, message: "最长 32 个字" }]} />
      <ProFormDigit name="hubPort" label="集线器端口" min={1} max={64} rules={[{ required: true, message: "请填写端口" }]} />
      <ProFormSelect name="protocol" label="协议" options={PROTOCOLS} rules={[{ required: true, message: "请选择协议" }]} />
      {!dispenser && (
        <>
          <ProFormDigit name="address" label="总线地址" min={0} max={255} />
          <ProFormSelect name="baud" label="波特率" options={[1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200].map((b) => ({ value: b, label: String(b) }))} />
          <ProFormSelect name="parity" label="校验" options={PARITY} />
          <ProFormDigit name="dataBits" label="数据位" min={7} max={8} />
          <ProFormDigit name="stopBits" label="停止位" min={1} max={2} />
        </>
      )}
    </ModalForm>
  );
}

export function NozzleForm({ dispenserId, grades, trigger, onDone }: {
  dispenserId: string; grades: { id: string; name: string }[]; trigger: JSX.Element; onDone: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [save] = useMutation(NozzleSaveDocument);
  return (
    <ModalForm
      title="新增油枪"
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values: { number: number; side?: string; gradeId: string }) => {
        const ok = await submitMutation(async () => (await save({ variables: { input: { ...values, dispenserId } } })).data?.nozzleSave,
          { form, fields: ["number", "side", "gradeId", "tankId"], notify: message, success: "油枪已保存" });
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormDigit name="number" label="枪号（全站统一编号）" min={1} max={99} rules={[{ required: true, message: "请填写枪号" }]} />
      <ProFormText name="side" label="侧" placeholder="A / B" />
      <ProFormSelect name="gradeId" label="油品" options={grades.map((g) => ({ value: g.id, label: g.name }))} rules={[{ required: true, message: "请选择油品" }]} />
    </ModalForm>
  );
}

const KINDS = [
  { value: "GASOLINE", label: "汽油" }, { value: "DIESEL", label: "柴油" },
  { value: "CNG", label: "压缩天然气" }, { value: "LNG", label: "液化天然气" },
];

export function GradeForm({ grade, trigger, onDone }: {
  grade?: { id: string; code: string; name: string; kind: string; densityGPerL?: number | null };
  trigger: JSX.Element; onDone: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [save] = useMutation(FuelGradeSaveDocument);
  return (
    <ModalForm
      title={grade ? `编辑油品 ${grade.name}` : "新增油品"}
      form={form}
      trigger={trigger}
      initialValues={grade ?? { kind: "GASOLINE" }}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values: Record<string, unknown>) => {
        const input = { code: values.code, name: values.name, kind: values.kind, densityGPerL: values.densityGPerL ?? null, ...(grade ? { id: grade.id } : {}) };
        const ok = await submitMutation(async () => (await save({ variables: { input: input as never } })).data?.fuelGradeSave,
          { form, fields: ["code", "name", "kind", "densityGPerL"], notify: message, success: "油品已保存" });
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="code" label="国标代码" rules={[{ required: true, message: "请填写国标代码" }, { pattern: /^\d{2,8}$/, message: "国标代码为 2-8 位数字" }]} />
      <ProFormText name="name" label="名称" rules={[{ required: true, message: "请填写名称" }, { max: 32, message: "最长 32 个字" }]} />
      <ProFormSelect name="kind" label="类别" options={KINDS} rules={[{ required: true, message: "请选择类别" }]} />
      <ProFormDigit name="densityGPerL" label="密度 (g/L)" min={100} max={1200} />
    </ModalForm>
  );
}

export function TankForm({ stationId, grades, trigger, onDone }: {
  stationId: string; grades: { id: string; name: string }[]; trigger: JSX.Element; onDone: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [save] = useMutation(TankSaveDocument);
  return (
    <ModalForm
      title="新增油罐"
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values: { number: number; gradeId: string; capacityL: number; gaugeId?: string }) => {
        const input = { stationId, number: values.number, gradeId: values.gradeId, capacityMl: Math.round(values.capacityL * 1000), gaugeId: values.gaugeId ?? null };
        const ok = await submitMutation(async () => (await save({ variables: { input } })).data?.tankSave,
          { form, fields: ["number", "gradeId", "gaugeId"], notify: message, success: "油罐已保存" });
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormDigit name="number" label="油罐编号" min={1} max={99} rules={[{ required: true, message: "请填写编号" }]} />
      <ProFormSelect name="gradeId" label="油品" options={grades.map((g) => ({ value: g.id, label: g.name }))} rules={[{ required: true, message: "请选择油品" }]} />
      <ProFormDigit name="capacityL" label="容量（升）" min={1} max={200000} rules={[{ required: true, message: "请填写容量" }]} />
      <ProFormText name="gaugeId" label="液位仪探棒编号" />
    </ModalForm>
  );
}
