import { ModalForm, ProFormDigit, ProFormSelect, ProFormText } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Form } from "antd";
import { DispenserSaveDocument, NozzleSaveDocument } from "../../gql/graphql";
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
