// A fleet's administrators (车队管理员): members who run the fleet's vehicles from the mini-program. Staff who
// manage fleets add one by the phone the member registered with, and remove them.
import { useMutation } from "@apollo/client/react";
import { App, Button, Form, Input, Popconfirm, Space, Table, Typography } from "antd";
import { FleetAdministratorAddDocument, FleetAdministratorRemoveDocument } from "../../gql/graphql";
import { formatTime } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";

export interface FleetAdministratorRow {
  id: string;
  memberNumber: string;
  name?: string | null;
  phone?: string | null;
  createdAt: unknown;
}

export function FleetAdministrators({ fleetId, administrators, manage, onChanged }: {
  fleetId: string;
  administrators: readonly FleetAdministratorRow[];
  manage: boolean;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ phone: string }>();
  const [add, adding] = useMutation(FleetAdministratorAddDocument);
  const [remove] = useMutation(FleetAdministratorRemoveDocument);
  const submit = async ({ phone }: { phone: string }) => {
    const ok = await submitMutation(
      async () => (await add({ variables: { input: { fleetId, phone: phone.trim() } } })).data?.fleetAdministratorAdd,
      { form, fields: ["phone"], notify: message, success: "已添加车队管理员" },
    );
    if (ok) {
      form.resetFields();
      onChanged();
    }
  };
  const drop = async (id: string) => {
    const ok = await submitMutation(
      async () => (await remove({ variables: { input: { id } } })).data?.fleetAdministratorRemove,
      { notify: message, success: "已移除车队管理员" },
    );
    if (ok) onChanged();
  };
  return (
    <>
      <Typography.Paragraph type="secondary">
        车队管理员在小程序「我的 → 车队管理」中查看车队余额与对账单，设置车辆限额、冻结车辆、增删车牌；授信、调账与充值仍由公司办理。
      </Typography.Paragraph>
      {manage && (
        <Form form={form} layout="inline" onFinish={submit} style={{ marginBottom: 12 }}>
          <Form.Item name="phone" label="会员手机号" rules={[{ required: true, message: "请输入会员注册的手机号" }]}>
            <Input placeholder="13912345678" maxLength={14} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={adding.loading}>添加管理员</Button>
          </Form.Item>
        </Form>
      )}
      <Table size="small" rowKey="id" dataSource={[...administrators]} pagination={false} locale={{ emptyText: "尚未指定车队管理员" }} columns={[
        { title: "会员号", dataIndex: "memberNumber" },
        { title: "姓名", render: (_, a) => a.name ?? "—" },
        { title: "手机号", render: (_, a) => a.phone ?? "—" },
        { title: "指定时间", render: (_, a) => formatTime(a.createdAt as string) },
        ...(manage ? [{
          title: "操作",
          render: (_: unknown, a: FleetAdministratorRow) => (
            <Space>
              <Popconfirm title="移除该车队管理员？" okText="移除" cancelText="取消" onConfirm={() => drop(a.id)}>
                <a>移除</a>
              </Popconfirm>
            </Space>
          ),
        }] : []),
      ]} />
    </>
  );
}
