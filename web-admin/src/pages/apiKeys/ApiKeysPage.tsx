import { ModalForm, PageContainer, ProFormDigit, ProFormSelect, ProFormText, ProTable, type ActionType, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Form, Modal, Popconfirm, Tag, Typography } from "antd";
import { useRef, useState } from "react";
import { ApiKeyCreateDocument, ApiKeyRevokeDocument, ApiKeysDocument, PermissionsDocument, type ApiKeysQuery } from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";

type ApiKey = ApiKeysQuery["apiKeys"]["edges"][number]["node"];

export default function ApiKeysPage() {
  const client = useApolloClient();
  const { viewer } = useSession();
  const { message } = App.useApp();
  const table = useRef<ActionType>(null);
  const book = useCursorBook();
  const [form] = Form.useForm();
  const [secret, setSecret] = useState<string | null>(null);
  const permissions = useQuery(PermissionsDocument);
  const [create] = useMutation(ApiKeyCreateDocument);
  const [revoke] = useMutation(ApiKeyRevokeDocument);
  const labels = new Map((permissions.data?.permissions ?? []).map((p) => [p.code, p.label]));
  const reload = () => {
    book.reset();
    table.current?.reload();
  };

  const columns: ProColumns<ApiKey>[] = [
    { title: "名称", dataIndex: "name" },
    { title: "前缀", dataIndex: "prefix", render: (_, k) => <Typography.Text code>{`fck_${k.prefix}_…`}</Typography.Text> },
    { title: "权限", render: (_, k) => k.permissions.map((p) => <Tag key={p}>{labels.get(p) ?? p}</Tag>) },
    { title: "站点", render: (_, k) => (k.allStations ? "全部站点" : k.stations.map((s) => s.name).join("、")) },
    { title: "每分钟上限", dataIndex: "rateLimitPerMinute" },
    { title: "最近使用", render: (_, k) => formatTime(k.lastUsedAt) },
    { title: "状态", render: (_, k) => (k.revokedAt ? <Tag>已吊销</Tag> : <Tag color="green">有效</Tag>) },
    {
      title: "操作",
      valueType: "option",
      render: (_, k) =>
        k.revokedAt
          ? []
          : [
              <Popconfirm key="revoke" title="吊销后使用该密钥的系统将立即无法访问，确定吊销？" onConfirm={async () => {
                if (await submitMutation(async () => (await revoke({ variables: { input: { id: k.id } } })).data?.apiKeyRevoke, { notify: message, success: "密钥已吊销" })) reload();
              }}>
                <a>吊销</a>
              </Popconfirm>,
            ],
    },
  ];

  return (
    <PageContainer>
      <ProTable<ApiKey>
        rowKey="id"
        actionRef={table}
        columns={columns}
        search={false}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20 }}
        toolBarRender={() => [
          <ModalForm
            key="new"
            title="新建开放平台密钥"
            form={form}
            trigger={<Button type="primary">新建密钥</Button>}
            modalProps={{ destroyOnHidden: true }}
            onFinish={async (values: { name: string; permissions: string[]; stationIds?: string[]; rateLimitPerMinute?: number }) => {
              let issued: string | null = null;
              const ok = await submitMutation(async () => {
                const payload = (await create({ variables: { input: {
                  name: values.name,
                  permissions: values.permissions as never,
                  stationIds: values.stationIds?.length ? values.stationIds : null,
                  rateLimitPerMinute: values.rateLimitPerMinute ?? null,
                } } })).data?.apiKeyCreate;
                issued = payload?.secret ?? null;
                return payload;
              }, { form, fields: ["name", "permissions", "stationIds", "rateLimitPerMinute"], notify: message, success: "密钥已创建" });
              if (ok) {
                setSecret(issued);
                reload();
              }
              return ok;
            }}
          >
            <ProFormText name="name" label="名称" rules={[{ required: true, message: "请填写密钥名称" }]} placeholder="例如：车队 ERP 对接" />
            <ProFormSelect name="permissions" label="权限" mode="multiple" rules={[{ required: true, message: "请至少选择一项权限" }]}
              options={viewer.permissions.map((p) => ({ value: p, label: labels.get(p) ?? p }))} />
            <ProFormSelect name="stationIds" label="限定站点" mode="multiple" placeholder="不选则为全部站点"
              options={viewer.stations.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))} />
            <ProFormDigit name="rateLimitPerMinute" label="每分钟请求上限" min={1} max={100000} placeholder="600" />
          </ModalForm>,
        ]}
        request={async (params) =>
          book.page("keys", params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: ApiKeysDocument, variables: { first, after }, fetchPolicy: "network-only" })).data!.apiKeys,
          )
        }
      />
      <Modal title="请保存密钥" open={!!secret} onOk={() => setSecret(null)} onCancel={() => setSecret(null)} cancelButtonProps={{ style: { display: "none" } }}>
        <Alert type="warning" showIcon message="密钥只显示这一次，关闭后无法再次查看。" style={{ marginBottom: 16 }} />
        <Typography.Paragraph copyable={{ text: secret ?? "" }} code data-testid="api-key-secret">{secret}</Typography.Paragraph>
      </Modal>
    </PageContainer>
  );
}
