import { PageContainer, ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient } from "@apollo/client/react";
import { Tag } from "antd";
import { AuditLogsDocument, type AuditLogsQuery } from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime } from "../../lib/format";
import { useSession } from "../../lib/session";
import { AuditDiff } from "./AuditDiff";

type Entry = AuditLogsQuery["auditLogs"]["edges"][number]["node"];

const ACTIONS: Record<string, string> = {
  "auth.login": "登录", "auth.logout": "退出", "station.create": "新建站点", "station.update": "修改站点",
  "station.close": "站点停业", "station.reopen": "恢复营业", "staff.create": "新建员工", "staff.update": "修改员工",
  "staff.enable": "启用员工", "staff.disable": "停用员工", "staff.password_reset": "重置密码",
  "staff.password_change": "修改密码", "staff.grants_set": "修改授权", "role.create": "新建角色",
  "role.update": "修改角色", "role.delete": "删除角色", "api_key.create": "新建密钥", "api_key.revoke": "吊销密钥",
  "device.create": "登记设备", "device.revoke": "吊销设备",
};

export default function AuditPage() {
  const client = useApolloClient();
  const { stationId } = useSession();
  const book = useCursorBook();
  const columns: ProColumns<Entry>[] = [
    { title: "时间", dataIndex: "occurredAt", valueType: "dateTimeRange", render: (_, e) => formatTime(e.occurredAt) },
    { title: "操作人", dataIndex: "actorLabel", search: false },
    { title: "操作", dataIndex: "action", valueType: "select", valueEnum: Object.fromEntries(Object.entries(ACTIONS).map(([k, v]) => [k, { text: v }])),
      render: (_, e) => <Tag>{ACTIONS[e.action] ?? e.action}</Tag> },
    { title: "对象类型", dataIndex: "objectType" },
    { title: "站点", search: false, render: (_, e) => e.station?.name ?? "—" },
    { title: "原因", dataIndex: "reason", search: false, ellipsis: true },
    { title: "IP", dataIndex: "ip", search: false },
    { title: "请求号", dataIndex: "requestId", search: false, copyable: true, ellipsis: true },
  ];
  return (
    <PageContainer>
      <ProTable<Entry>
        rowKey="id"
        columns={columns}
        params={{ stationId }}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        expandable={{
          rowExpandable: (e) => !!(e.before || e.after),
          expandedRowRender: (e) => <AuditDiff before={e.before as Record<string, unknown>} after={e.after as Record<string, unknown>} />,
        }}
        request={async (params) => {
          const [from, to] = (params.occurredAt as [string, string] | undefined) ?? [];
          const filter = {
            action: params.action || null,
            objectType: params.objectType || null,
            stationId: stationId ?? null,
            from: from ? new Date(from).toISOString() : null,
            to: to ? new Date(to).toISOString() : null,
          };
          return book.page(JSON.stringify(filter), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: AuditLogsDocument, variables: { first, after, filter }, fetchPolicy: "network-only" })).data!.auditLogs,
          );
        }}
      />
    </PageContainer>
  );
}
