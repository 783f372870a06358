import { useMutation } from "@apollo/client/react";
import { App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { PosShiftCashDropDocument } from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";
import { yuanToFen } from "./money";

/** Drop cash from the drawer into the safe (投款); audited by the API. */
export function CashDrop({ shiftId }: { shiftId: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ amountFen: string; note?: string }>();
  const [drop] = useMutation(PosShiftCashDropDocument, { refetchQueries: ["CurrentShift"] });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  // one key per drop being entered: a retry after a lost answer is the same drop, never a second one
  const [attempt, setAttempt] = useState(() => crypto.randomUUID());
  const submit = async () => {
    const values = await form.validateFields();
    const amountFen = yuanToFen(values.amountFen);
    if (amountFen === null) {
      form.setFields([{ name: "amountFen", errors: ["金额格式不正确"] }]);
      return;
    }
    setBusy(true);
    const ok = await submitMutation(async () => (await drop({ variables: {
      shiftId, amountFen, idempotencyKey: attempt, note: values.note?.trim() || null,
    } })).data?.shiftCashDrop, { form, fields: ["amountFen", "note"], notify: message, success: "投款已登记" });
    setBusy(false);
    if (ok) setOpen(false);
  };
  return (
    <>
      <Button size="large" data-testid="cash-drop" onClick={() => { form.resetFields(); setAttempt(crypto.randomUUID()); setOpen(true); }}>投款</Button>
      <Modal title="投款（现金存入保险柜）" open={open} okText="确认投款" okButtonProps={{ loading: busy }}
        onOk={() => void submit()} onCancel={() => setOpen(false)}>
        <Form form={form} layout="vertical">
          <Form.Item label="投款金额（元）" name="amountFen" rules={[{ required: true, message: "请输入投款金额" }]}>
            <Input data-testid="cash-drop-amount" />
          </Form.Item>
          <Form.Item label="备注" name="note">
            <Input placeholder="如 保险柜袋号" maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
