// Fleets (大客户/车队): the list with balances and credit used, a fleet's detail, and the adjustments waiting for
// approval (approved or rejected by someone other than the requester).
import { PageContainer, ProTable, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Button, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import {
  FleetAdjustmentApproveDocument,
  FleetAdjustmentRejectDocument,
  FleetAdjustmentsDocument,
  FleetsDocument,
  type FleetAdjustmentsQuery,
  type FleetFilter,
  type FleetRowFieldsFragment,
  type FleetStatus,
} from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime, formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { FleetDetail } from "./FleetDetail";
import { FleetForm } from "./FleetForms";
import { ADJUSTMENT_KIND } from "./labels";

type Fleet = FleetRowFieldsFragment;
type Pending = NonNullable<FleetAdjustmentsQuery["fleetAdjustments"]["edges"][number]["node"]>;

function FleetList() {
  const client = useApolloClient();
  const { can } = useSession();
  const book = useCursorBook();
  const [detail, setDetail] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const columns: ProColumns<Fleet>[] = [
    { title: "客户编码", dataIndex: "number", width: 100, search: false, render: (_, f) => <a onClick={() => setDetail(f.id)}>{f.number}</a> },
    { title: "关键字", dataIndex: "search", hideInTable: true, fieldProps: { placeholder: "企业名称、客户编码、税号或车牌" } },
    { title: "企业名称", dataIndex: "name", search: false },
    { title: "税号", dataIndex: "taxNumber", search: false },
    { title: "责任站点", dataIndex: "station", search: false, render: (_, f) => f.station?.name ?? "—" },
    { title: "状态", dataIndex: "status", valueEnum: { NORMAL: { text: "正常", status: "Success" }, FROZEN: { text: "冻结", status: "Error" } } },
    { title: "预存余额", search: false, align: "right", render: (_, f) => formatYuan(Number(f.balances.prepaid.fen)) },
    { title: "赠送余额", search: false, align: "right", render: (_, f) => formatYuan(Number(f.balances.granted.fen)) },
    { title: "授信额度", search: false, align: "right", render: (_, f) => formatYuan(Number(f.balances.creditLimit.fen)) },
    { title: "欠款", search: false, align: "right", render: (_, f) => formatYuan(Number(f.balances.creditUsed.fen)) },
    { title: "剩余可欠款", search: false, align: "right", render: (_, f) => formatYuan(Number(f.balances.creditAvailable.fen)) },
    { title: "车辆数", dataIndex: "vehicleCount", search: false, align: "right" },
  ];
  return (
    <>
      <ProTable<Fleet>
        key={version}
        rowKey="id"
        columns={columns}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => (can("MANAGE_FLEETS") ? [<FleetForm key="new" trigger={<Button type="primary">新增企业</Button>} onDone={() => setVersion(version + 1)} />] : [])}
        request={async (params) => {
          const filter: FleetFilter = { search: params.search || null, status: (params.status as FleetStatus | undefined) || null };
          return book.page(JSON.stringify(filter), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: FleetsDocument, variables: { first, after, filter }, fetchPolicy: "network-only" })).data!.fleets,
          );
        }}
      />
      <FleetDetail fleetId={detail} onClose={() => setDetail(null)} onChanged={() => setVersion(version + 1)} />
    </>
  );
}

function PendingAdjustments() {
  const client = useApolloClient();
  const { can } = useSession();
  const { message } = App.useApp();
  const book = useCursorBook();
  const [version, setVersion] = useState(0);
  const [approve] = useMutation(FleetAdjustmentApproveDocument);
  const [reject] = useMutation(FleetAdjustmentRejectDocument);
  const decide = async (id: string, approved: boolean) => {
    const note = approved ? null : window.prompt("驳回原因") ?? "";
    const ok = await submitMutation(
      async () => approved
        ? (await approve({ variables: { input: { id, note } } })).data?.fleetAdjustmentApprove
        : (await reject({ variables: { input: { id, note } } })).data?.fleetAdjustmentReject,
      { notify: message, success: approved ? "已审批通过并入账" : "已驳回" },
    );
    if (ok) setVersion(version + 1);
  };
  const columns: ProColumns<Pending>[] = [
    { title: "企业", render: (_, a) => `${a.fleet?.number ?? ""} ${a.fleet?.name ?? ""}` },
    { title: "项目", render: (_, a) => ADJUSTMENT_KIND[a.kind] },
    { title: "金额", align: "right", render: (_, a) => formatYuan(Number(a.amount.fen)) },
    { title: "原因", dataIndex: "reason" },
    { title: "申请人", dataIndex: "requestedBy" },
    { title: "申请时间", render: (_, a) => formatTime(a.requestedAt) },
    {
      title: "操作",
      render: (_, a) => can("ADJUST_BALANCES") ? (
        <Space>
          <a onClick={() => decide(a.id, true)}>通过</a>
          <a onClick={() => decide(a.id, false)}>驳回</a>
        </Space>
      ) : <Tag>无审批权限</Tag>,
    },
  ];
  return (
    <ProTable<Pending>
      key={version}
      rowKey="id"
      search={false}
      columns={columns}
      pagination={{ defaultPageSize: 20 }}
      request={async (params) =>
        book.page("pending", params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
          (await client.query({ query: FleetAdjustmentsDocument, variables: { first, after, filter: { status: "PENDING" } }, fetchPolicy: "network-only" })).data!.fleetAdjustments,
        )
      }
    />
  );
}

export default function FleetsPage() {
  return (
    <PageContainer>
      <Tabs items={[
        { key: "fleets", label: "企业车队", children: <FleetList /> },
        { key: "pending", label: "待审批调账", children: <PendingAdjustments /> },
      ]} />
    </PageContainer>
  );
}


