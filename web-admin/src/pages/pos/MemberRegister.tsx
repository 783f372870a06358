import { useMutation } from "@apollo/client/react";
import { App, Button, Checkbox, Form, Input, Modal } from "antd";
import { PosMemberRegisterDocument, type PosMemberFieldsFragment } from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";

interface Values {
  phone: string;
  name?: string;
  consent: boolean;
}

/** Registers the driver by phone at the POS, once they agreed to the membership terms (the API checks the number
 * and that it is not a member yet); the new member is identified at once. */
export function MemberRegister({ phone, onClose, onRegistered }: {
  phone: string | null; onClose: () => void; onRegistered: (member: PosMemberFieldsFragment) => void;
}) {
  return (
    <Modal open={phone !== null} title="登记会员" footer={null} onCancel={onClose} destroyOnHidden>
      {phone !== null && <RegisterForm phone={phone} onRegistered={onRegistered} />}
    </Modal>
  );
}

function RegisterForm({ phone, onRegistered }: { phone: string; onRegistered: (member: PosMemberFieldsFragment) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [register, { loading }] = useMutation(PosMemberRegisterDocument);
  const submit = async (values: Values) => {
    let member: PosMemberFieldsFragment | null = null;
    const done = await submitMutation(async () => {
      const payload = (await register({ variables: { input: {
        phone: values.phone.trim(), consent: values.consent, name: values.name?.trim() || null,
      } } })).data?.memberRegister;
      member = payload?.member ?? null;
      return payload;
    }, { form, fields: ["phone", "name", "consent"], notify: message, success: "会员已登记" });
    if (done && member) onRegistered(member);
  };
  return (
    <Form form={form} layout="vertical" size="large" initialValues={{ phone, name: "", consent: false }}
      onFinish={(values) => void submit(values)} data-testid="member-register">
      <Form.Item name="phone" label="手机号" rules={[{ required: true, whitespace: true, message: "请填写手机号" }]}>
        <Input inputMode="numeric" maxLength={11} data-testid="register-phone" />
      </Form.Item>
      <Form.Item name="name" label="姓名（选填）">
        <Input maxLength={40} data-testid="register-name" />
      </Form.Item>
      <Form.Item name="consent" valuePropName="checked" rules={[{
        validator: (_, checked) => (checked ? Promise.resolve() : Promise.reject(new Error("请先征得车主同意会员协议"))),
      }]}>
        <Checkbox data-testid="register-consent">车主已同意《会员服务协议》，同意登记为会员</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading} data-testid="register-submit">登记</Button>
    </Form>
  );
}
