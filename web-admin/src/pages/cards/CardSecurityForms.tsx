// The payment password of a card (设置/修改支付密码, and 解锁 after five wrong ones: the same SMS flow) and the own
// limits of a child card. The API checks the SMS code, the password and the limits; refusals land on their fields.
import { ModalForm, ProFormCaptcha, ProFormDigit, ProFormText } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form } from "antd";
import {
  CardChildLimitsSetDocument,
  CardPasswordCodeSendDocument,
  CardPasswordSetDocument,
  type CardRowFieldsFragment,
} from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";
import { yuanToFen } from "../fleets/labels";
import { PASSWORD, confirmProblem, limitsInput, limitsValues, type LimitsValues, type PasswordStatus } from "./security";

type Card = CardRowFieldsFragment;
type Trigger = { trigger: JSX.Element; onDone: () => void };

export function PasswordForm({ card, status, trigger, onDone }: Trigger & { card: Card; status: PasswordStatus }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [send] = useMutation(CardPasswordCodeSendDocument);
  const [save] = useMutation(CardPasswordSetDocument);
  return (
    <ModalForm
      title={`${status.action}：${card.number}`}
      form={form}
      trigger={trigger}
      width={480}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (v) => {
        const ok = await submitMutation(
          async () => (await save({ variables: { input: { cardId: card.id, password: v.password, smsCode: v.smsCode.trim() } } })).data?.cardPasswordSet,
          { form, fields: ["password", "smsCode"], notify: message, success: status.locked ? "支付密码已重设，锁定已解除" : "支付密码已设置" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      {status.locked && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`支付密码${status.text}：设置新密码即可解锁`} />}
      <Form.Item label="验证码发送至">{card.phone ?? "—"}</Form.Item>
      <ProFormCaptcha
        name="smsCode"
        label="短信验证码"
        placeholder="持卡人收到的 6 位验证码"
        fieldProps={{ maxLength: 6 }}
        captchaTextRender={(timing, count) => (timing ? `${count} 秒后重新发送` : "发送验证码")}
        rules={[{ required: true, message: "请输入短信验证码" }]}
        onGetCaptcha={async () => {
          const sent = await submitMutation(
            async () => (await send({ variables: { input: { cardId: card.id } } })).data?.cardPasswordCodeSend,
            { notify: message, success: `验证码已发送至 ${card.phone ?? "绑定手机"}` },
          );
          if (!sent) throw new Error("not sent");  // no countdown
        }}
      />
      <ProFormText.Password name="password" label="新支付密码" placeholder="6 位数字" fieldProps={{ maxLength: 6 }}
        rules={[{ required: true, message: "请输入新支付密码" }, { pattern: PASSWORD, message: "支付密码须为 6 位数字" }]} />
      <ProFormText.Password name="confirm" label="再次输入新密码" fieldProps={{ maxLength: 6 }} dependencies={["password"]}
        rules={[{
          validator: async (_: unknown, value?: string) => {
            const problem = confirmProblem(form.getFieldValue("password"), value);
            if (problem) throw new Error(problem);
          },
        }]} />
    </ModalForm>
  );
}

const limitRule = {
  validator: async (_: unknown, value?: string) => {
    if (!value?.trim()) return;
    const fen = yuanToFen(value);
    if (fen === null || fen < 0) throw new Error("请输入金额（元，最多两位小数；留空不限）");
  },
};

export function ChildLimitsForm({ child, trigger, onDone }: Trigger & { child: Card }) {
  const [form] = Form.useForm<LimitsValues>();
  const { message } = App.useApp();
  const [save] = useMutation(CardChildLimitsSetDocument);
  return (
    <ModalForm<LimitsValues>
      title={`子卡限额：${child.number}`}
      form={form}
      trigger={trigger}
      width={480}
      modalProps={{ destroyOnHidden: true }}
      initialValues={limitsValues(child)}
      onFinish={async (v) => {
        const ok = await submitMutation(
          async () => (await save({ variables: { input: limitsInput(child.id, v) } })).data?.cardChildLimitsSet,
          { form, fields: ["perTransactionLimitFen", "dailyLimitFen", "monthlyLimitFen", "dailyCountLimit"], notify: message,
            success: "子卡限额已保存" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message="子卡消费同时受制卡规则的限额约束；留空即子卡不另设限额，填 0 即不可消费" />
      <ProFormText name="perTransactionLimitFen" label="单笔限额（元）" rules={[limitRule]} />
      <ProFormText name="dailyLimitFen" label="每日限额（元）" rules={[limitRule]} />
      <ProFormText name="monthlyLimitFen" label="每月限额（元）" rules={[limitRule]} />
      <ProFormDigit name="dailyCountLimit" label="每日次数" min={0} fieldProps={{ precision: 0 }} />
    </ModalForm>
  );
}
