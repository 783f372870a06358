import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Form, Input, InputNumber, Modal, Select } from "antd";
import { useState } from "react";
import { PosNextCashiersDocument, PosShiftHandOverDocument } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";

interface NextShift {
  number: number;
  cashierName?: string | null;
  openingCash: { fen: number };
}

/** Hand over (交接班): close this shift with the cash count and open the next cashier's shift with that cash, in
 * one step on the API. The expected cash is the shift's cash in the drawer as the API counts it. The next cashier
 * is picked among the station's active staff who may run its till (the API's list). */
export function HandOver({ stationId, shift, expectedFen, onOpen, onDone }: {
  stationId: string; shift: { id: string; number: number }; expectedFen: number;
  /** Brings the shift's figures up to date before the dialog shows them. */
  onOpen: () => Promise<unknown>; onDone: () => void;
}) {
  const { message, modal } = App.useApp();
  const { viewer } = useSession();
  const [form] = Form.useForm<{ nextCashierId: string; counted: number; reason?: string }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const staff = useQuery(PosNextCashiersDocument, { variables: { stationId }, skip: !open });
  const [handOver] = useMutation(PosShiftHandOverDocument);
  const options = (staff.data?.stationCashiers ?? [])
    .filter((u) => u.id !== viewer.id)
    .map((u) => ({ value: u.id, label: `${u.name}（${u.username}）` }));

  const submit = async () => {
    const values = await form.validateFields();
    let next: NextShift | undefined;
    setBusy(true);
    const ok = await submitMutation(async () => {
      const payload = (await handOver({ variables: {
        input: { shiftId: shift.id, countedCashFen: Math.round(values.counted * 100), reason: values.reason || null },
        nextCashierId: values.nextCashierId,
      } })).data?.shiftHandOver;
      next = payload?.shift ?? undefined;
      return payload;
    }, { form, fields: ["countedCashFen", "reason", "nextCashierId"], notify: message, success: "已交接班" });
    setBusy(false);
    if (ok && next) {
      const opened: NextShift = next;
      setOpen(false);
      modal.success({
        title: `第 ${shift.number} 班已交接`,
        content: `第 ${opened.number} 班由 ${opened.cashierName ?? "接班收银员"} 接班，备用金 ${formatYuan(opened.openingCash.fen)}`,
      });
      onDone();
    }
  };

  return (
    <>
      <Button size="large" data-testid="shift-hand-over" onClick={() => void onOpen().then(() => { form.resetFields(); setOpen(true); })}>交接班</Button>
      <Modal title="交接班" open={open} okText="确认交接" okButtonProps={{ loading: busy }}
        onOk={() => void submit()} onCancel={() => setOpen(false)}>
        <p>应有现金：<strong data-testid="hand-over-expected-cash">{formatYuan(expectedFen)}</strong>（备用金 + 现金收款 - 现金退款 - 投款）；清点的现金留作下一班的备用金。</p>
        <Form form={form} layout="vertical">
          <Form.Item label="接班收银员" name="nextCashierId" rules={[{ required: true, message: "请选择接班收银员" }]}>
            <Select options={options} loading={staff.loading} showSearch optionFilterProp="label" />
          </Form.Item>
          <Form.Item label="清点现金（元）" name="counted" rules={[{ required: true, message: "请输入清点的现金" }]}>
            <InputNumber min={0} precision={2} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item label="长短款原因" name="reason">
            <Input placeholder="现金与应有不符时必填" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
