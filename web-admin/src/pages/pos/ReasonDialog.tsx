import { App, Form, Input, Modal } from "antd";
import { useState, type ReactNode } from "react";
import type { PayloadError } from "../../lib/errors";
import { submitMutation } from "../../lib/mutate";

/** Asks why before an audited action (void, drive-off) and runs it; the API's complaint about the reason shows
 * under the field. */
export function ReasonDialog({ title, open, children, okText, success, run, onDone, onClose }: {
  title: string; open: boolean; children?: ReactNode; okText: string; success: string;
  run: (reason: string) => Promise<{ errors: readonly PayloadError[] } | null | undefined>;
  onDone: () => void; onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    const ok = await submitMutation(() => run(reason.trim()), { form, fields: ["reason"], notify: message, success });
    setBusy(false);
    if (ok) {
      onClose();
      onDone();
    }
  };
  return (
    <Modal title={title} open={open} okText={okText} okButtonProps={{ danger: true, loading: busy }} destroyOnHidden
      onOk={() => void submit()} onCancel={onClose}>
      {children}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item label="原因" name="reason" rules={[{ required: true, whitespace: true, message: "请填写原因" }]}>
          <Input.TextArea rows={2} maxLength={200} data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
