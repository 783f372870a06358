import { PageContainer, ProTable, type ActionType, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Button, Popconfirm, Tag } from "antd";
import { useRef } from "react";
import { StaffUserActiveSetDocument, StaffUsersDocument } from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { GrantsForm, PasswordResetForm, StaffCreateForm, StaffEditForm, type StaffUser } from "./StaffForms";

const SCOPE = { COMPANY: "全公司", REGIONS: "片区", STATIONS: "站点" } as const;

export default function StaffPage() {
  const client = useApolloClient();
  const { can, stationId, viewer } = useSession();
  const { message } = App.useApp();
  const table = useRef<ActionType>(null);
  const book = useCursorBook();
  const [setActive] = useMutation(StaffUserActiveSetDocument);
  const manage = can("MANAGE_STAFF");
  const reload = () => {
    book.reset();
    table.current?.reload();
  };

  const columns: ProColumns<StaffUser>[] = [
    { title: "用户名", dataIndex: "username", search: false },
    { title: "姓名", dataIndex: "name", search: false },
    { title: "搜索", dataIndex: "search", hideInTable: true, fieldProps: { placeholder: "用户名、姓名、工号或手机号" } },
    { title: "工号", dataIndex: "employeeCode", search: false },
    { title: "手机号", dataIndex: "mobile", search: false },
    {
      title: "授权",
      search: false,
      render: (_, u) =>
        u.grants.map((g) => (
          <Tag key={g.id}>
            {g.role.name} · {g.scope === "STATIONS" ? g.stations.map((s) => s.name).join("、") : g.scope === "REGIONS" ? g.regions.map((r) => r.name).join("、") : SCOPE.COMPANY}
          </Tag>
        )),
    },
    {
      title: "状态",
      dataIndex: "isActive",
      valueType: "select",
      valueEnum: { true: { text: "启用", status: "Success" }, false: { text: "停用", status: "Default" } },
    },
    { title: "最近登录", dataIndex: "lastLoginAt", search: false, render: (_, u) => formatTime(u.lastLoginAt) },
    {
      title: "操作",
      valueType: "option",
      hideInTable: !manage,
      render: (_, u) =>
        u.id === viewer.id
          ? []
          : [
              <StaffEditForm key="edit" user={u} onDone={reload} />,
              <GrantsForm key="grants" user={u} onDone={reload} />,
              <PasswordResetForm key="reset" user={u} />,
              <Popconfirm
                key="active"
                title={u.isActive ? "停用后该员工将立即退出所有登录，确定停用？" : "确定启用该员工？"}
                onConfirm={async () => {
                  const ok = await submitMutation(
                    async () => (await setActive({ variables: { input: { id: u.id, isActive: !u.isActive } } })).data?.staffUserActiveSet,
                    { notify: message, success: u.isActive ? "已停用" : "已启用" },
                  );
                  if (ok) reload();
                }}
              >
                <a>{u.isActive ? "停用" : "启用"}</a>
              </Popconfirm>,
            ],
    },
  ];

  return (
    <PageContainer>
      <ProTable<StaffUser>
        rowKey="id"
        actionRef={table}
        columns={columns}
        params={{ stationId }}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => (manage ? [<StaffCreateForm key="new" trigger={<Button type="primary">新建员工</Button>} onDone={reload} />] : [])}
        request={async (params) => {
          const filter = {
            search: params.search || null,
            isActive: params.isActive === undefined ? null : params.isActive === "true",
            stationId: stationId ?? null,
          };
          return book.page(JSON.stringify(filter), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: StaffUsersDocument, variables: { first, after, filter }, fetchPolicy: "network-only" })).data!.staffUsers,
          );
        }}
      />
    </PageContainer>
  );
}
