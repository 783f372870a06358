import { ModalForm, ProFormText } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Form } from "antd";
import {
  StaffUserCreateDocument,
  StaffUserGrantsSetDocument,
  StaffUserPasswordResetDocument,
  StaffUserUpdateDocument,
  type StaffUsersQuery,
} from "../../gql/graphql";
import { MOBILE } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { GrantsFields, grantInputs, type GrantValue } from "./GrantsFields";

export type StaffUser = StaffUsersQuery["staffUsers"]["edges"][number]["node"];
const PASSWORD_RULES = [
  { required: true, message: "请设置密码" },
  { min: 8, message: "至少 8 位" },
  { pattern: /^(?=.*[A-Za-z])(?=.*\d).+$/, message: "须同时包含字母和数字" },
];

export function StaffCreateForm({ trigger, onDone }: { trigger: JSX.Element; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [create] = useMutation(StaffUserCreateDocument);
  return (
    <ModalForm
      title="新建员工"
      form={form}
      trigger={trigger}
      width={720}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values: { grants?: GrantValue[] } & Record<string, string>) => {
        const ok = await submitMutation(
          async () =>
            (await create({
              variables: {
                input: {
                  username: values.username,
                  name: values.name,
                  password: values.password,
                  mobile: values.mobile || null,
                  employeeCode: values.employeeCode || null,
                  grants: grantInputs(values.grants),
                },
              },
            })).data?.staffUserCreate,
          { form, fields: ["username", "name", "password", "mobile", "employeeCode", "grants"], notify: message, success: "员工已创建" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="username" label="用户名" rules={[{ required: true, message: "请填写用户名" }, { pattern: /^[A-Za-z0-9_.@-]{3,64}$/, message: "3-64 位字母、数字或 _ . @ -" }]} />
      <ProFormText name="name" label="姓名" rules={[{ required: true, message: "请填写姓名" }, { max: 64, message: "最长 64 个字" }]} />
      <ProFormText.Password name="password" label="初始密码" rules={PASSWORD_RULES} />
      <ProFormText name="mobile" label="手机号" rules={[{ pattern: MOBILE, message: "手机号格式不正确" }]} />
      <ProFormText name="employeeCode" label="工号" rules={[{ max: 32, message: "最长 32 位" }]} />
      <Form.Item label="授权">
        <GrantsFields />
      </Form.Item>
    </ModalForm>
  );
}

export function StaffEditForm({ user, onDone }: { user: StaffUser; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [update] = useMutation(StaffUserUpdateDocument);
  return (
    <ModalForm
      title={`编辑员工 ${user.username}`}
      form={form}
      trigger={<a>编辑</a>}
      modalProps={{ destroyOnHidden: true }}
      initialValues={{ name: user.name, employeeCode: user.employeeCode }}
      onFinish={async (values: Record<string, string>) => {
        const ok = await submitMutation(
          async () =>
            (await update({
              variables: { input: { id: user.id, name: values.name, employeeCode: values.employeeCode ?? null, mobile: values.mobile || null } },
            })).data?.staffUserUpdate,
          { form, fields: ["name", "mobile", "employeeCode"], notify: message, success: "已保存" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="name" label="姓名" rules={[{ required: true, message: "请填写姓名" }]} />
      <ProFormText name="mobile" label="新手机号" placeholder={user.mobile ?? "未填写"} rules={[{ pattern: MOBILE, message: "手机号格式不正确" }]} />
      <ProFormText name="employeeCode" label="工号" />
    </ModalForm>
  );
}

export function PasswordResetForm({ user }: { user: StaffUser }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [reset] = useMutation(StaffUserPasswordResetDocument);
  return (
    <ModalForm
      title={`重置 ${user.username} 的密码`}
      form={form}
      trigger={<a>重置密码</a>}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values: { newPassword: string }) =>
        submitMutation(
          async () => (await reset({ variables: { input: { id: user.id, newPassword: values.newPassword } } })).data?.staffUserPasswordReset,
          { form, fields: ["newPassword"], notify: message, success: "密码已重置，该员工需重新登录" },
        )
      }
    >
      <ProFormText.Password name="newPassword" label="新密码" rules={PASSWORD_RULES} />
    </ModalForm>
  );
}

export function GrantsForm({ user, onDone }: { user: StaffUser; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [save] = useMutation(StaffUserGrantsSetDocument);
  return (
    <ModalForm
      title={`${user.name} 的授权`}
      form={form}
      width={760}
      trigger={<a>授权</a>}
      modalProps={{ destroyOnHidden: true }}
      initialValues={{
        grants: user.grants.map((g) => ({
          roleId: g.role.id,
          scope: g.scope,
          regionIds: g.regions.map((r) => r.id),
          stationIds: g.stations.map((s) => s.id),
        })),
      }}
      onFinish={async (values: { grants?: GrantValue[] }) => {
        const ok = await submitMutation(
          async () => (await save({ variables: { input: { id: user.id, grants: grantInputs(values.grants) } } })).data?.staffUserGrantsSet,
          { form, fields: ["grants"], notify: message, success: "授权已更新" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <GrantsFields />
    </ModalForm>
  );
}
