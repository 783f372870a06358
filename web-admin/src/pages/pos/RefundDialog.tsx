import { useMutation } from "@apollo/client/react";
import { App, Form, Input, Modal } from "antd";
import { useRef, useState } from "react";
import { PosRefundCreateDocument, type PosOrderFieldsFragment } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { TENDER } from "../orders/labels";
import { AttemptKey, yuanToFen } from "./money";

export interface RefundTarget {
  order: PosOrderFieldsFragment;
  payment: PosOrderFieldsFragment["payments"][number];
}

/** Give back all or part of one payment with a reason (the API decides how much is left to refund: cash from
 * this shift's drawer, a payment code through its channel); a retry after a lost answer reuses the key. */
export function RefundDialog({ target, onClose }: { target: RefundTarget | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ amountFen: string; reason: string }>();
  const [refund] = useMutation(PosRefundCreateDocument, { refetchQueries: ["PosShiftOrders", "CurrentShift"] });
  const [busy, setBusy] = useState(false);
  const keys = useRef(new AttemptKey());

  const submit = async () => {
    if (!target) return;
    const values = await form.validateFields();
    const amountFen = yuanToFen(values.amountFen);
    if (amountFen === null) {
      form.setFields([{ name: "amountFen", errors: ["金额格式不正确"] }]);
      return;
    }
    const input = { paymentId: target.payment.id, amountFen, reason: values.reason.trim() };
    setBusy(true);
    const ok = await submitMutation(async () => (await refund({ variables: { input: {
      ...input, idempotencyKey: keys.current.for(JSON.stringify(input)),
    } } })).data?.refundCreate, { form, fields: ["amountFen", "reason"], notify: message, success: "退款已提交" });
    setBusy(false);
    if (ok) {
      keys.current.done();
      onClose();
    }
  };

  return (
    <Modal title={target ? `退款：订单 ${target.order.number}` : ""} open={target !== null} okText="退款" destroyOnHidden
      okButtonProps={{ danger: true, loading: busy }} onOk={() => void submit()} onCancel={onClose}>
      {target && (
        <p>{TENDER[target.payment.tender] ?? target.payment.tender}支付 {formatYuan(target.payment.amount.fen)}
          {target.payment.tender === "CASH" ? "，现金从本班钱箱退还" : "，原路退回"}</p>
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item label="退款金额（元）" name="amountFen" rules={[{ required: true, message: "请输入退款金额" }]}>
          <Input data-testid="refund-amount" />
        </Form.Item>
        <Form.Item label="退款原因" name="reason" rules={[{ required: true, whitespace: true, message: "请填写退款原因" }]}>
          <Input.TextArea rows={2} maxLength={200} data-testid="refund-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
