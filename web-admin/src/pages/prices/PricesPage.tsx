import { ModalForm, PageContainer, ProCard, ProFormDateTimePicker, ProFormDigit, ProFormSelect, ProFormTextArea, ProTable, type ActionType, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Form, Popconfirm, Result, Space, Statistic, Tag } from "antd";
import { useRef } from "react";
import {
  FuelGradesDocument,
  PriceBookDocument,
  PriceChangeApproveDocument,
  PriceChangeCancelDocument,
  PriceChangeCreateDocument,
  PriceChangeRejectDocument,
  PriceChangesDocument,
  type PriceChangesQuery,
} from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime, formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";

type Change = PriceChangesQuery["priceChanges"]["edges"][number]["node"];

const STATUS = {
  PENDING_APPROVAL: { text: "待审批", status: "Warning" },
  SCHEDULED: { text: "待生效", status: "Processing" },
  APPLIED: { text: "已生效", status: "Success" },
  REJECTED: { text: "已驳回", status: "Error" },
  CANCELLED: { text: "已取消", status: "Default" },
} as const;

export default function PricesPage() {
  const client = useApolloClient();
  const { stationId, viewer, can } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const table = useRef<ActionType>(null);
  const book = useCursorBook();
  const station = stationId ?? (viewer.stations.length === 1 ? viewer.stations[0].id : null);
  const grades = useQuery(FuelGradesDocument);
  const prices = useQuery(PriceBookDocument, { variables: { stationId: station ?? "" }, skip: !station });
  const [create] = useMutation(PriceChangeCreateDocument);
  const [approve] = useMutation(PriceChangeApproveDocument);
  const [reject] = useMutation(PriceChangeRejectDocument);
  const [cancel] = useMutation(PriceChangeCancelDocument);
  const reload = () => {
    book.reset();
    table.current?.reload();
    void prices.refetch();
  };
  const decide = async (action: "approve" | "reject" | "cancel", change: Change) => {
    const run = { approve, reject, cancel }[action];
    const ok = await submitMutation(async () => {
      const data = (await run({ variables: { input: { id: change.id } } })).data as Record<string, { errors: { message: string; field?: string | null }[] }> | undefined;
      return data ? Object.values(data)[0] : undefined;
    }, { notify: message, success: { approve: "已批准", reject: "已驳回", cancel: "已取消" }[action] });
    if (ok) reload();
  };

  const columns: ProColumns<Change>[] = [
    { title: "申请时间", render: (_, c) => formatTime(c.createdAt) },
    { title: "油品", render: (_, c) => c.grade.name },
    { title: "新价格", render: (_, c) => `${formatYuan(c.price.fen)}/L` },
    { title: "站点", render: (_, c) => c.stations.map((s) => s.name).join("、") },
    { title: "生效时间", render: (_, c) => (c.effectiveAt ? formatTime(c.effectiveAt) : "立即") },
    { title: "状态", dataIndex: "status", valueEnum: STATUS },
    { title: "下发到油枪", render: (_, c) => (
      <Space size={4}>
        <Tag color="green">已确认 {c.deliveries.confirmed}</Tag>
        {c.deliveries.pending + c.deliveries.sent > 0 && <Tag color="blue">下发中 {c.deliveries.pending + c.deliveries.sent}</Tag>}
        {c.deliveries.failed > 0 && <Tag color="red">失败 {c.deliveries.failed}</Tag>}
      </Space>
    ) },
    { title: "原因", dataIndex: "reason", ellipsis: true },
    {
      title: "操作",
      valueType: "option",
      render: (_, c) => [
        c.status === "PENDING_APPROVAL" && can("APPROVE_PRICES") && (
          <Popconfirm key="ok" title="确认批准该调价？" onConfirm={() => decide("approve", c)}><a>批准</a></Popconfirm>
        ),
        c.status === "PENDING_APPROVAL" && can("APPROVE_PRICES") && (
          <Popconfirm key="no" title="确认驳回该调价？" onConfirm={() => decide("reject", c)}><a>驳回</a></Popconfirm>
        ),
        (c.status === "PENDING_APPROVAL" || c.status === "SCHEDULED") && (
          <Popconfirm key="cancel" title="确认取消该调价？" onConfirm={() => decide("cancel", c)}><a>取消</a></Popconfirm>
        ),
      ].filter(Boolean),
    },
  ];

  if (!station) return <Result status="info" title="请先在右上角选择站点" />;
  return (
    <PageContainer>
      <ProCard title="当前油价" bordered style={{ marginBottom: 16 }} loading={prices.loading && !prices.data}>
        <Space size={48}>
          {(prices.data?.priceBook ?? []).map((p) => (
            <Statistic key={p.grade.id} title={p.grade.name} value={(p.price.fen / 100).toFixed(2)} prefix="¥" suffix="/L" />
          ))}
        </Space>
      </ProCard>
      <ProTable<Change>
        headerTitle="调价记录"
        rowKey="id"
        actionRef={table}
        columns={columns}
        search={false}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20 }}
        toolBarRender={() => [
          <ModalForm
            key="new"
            title="调价"
            form={form}
            trigger={<Button type="primary">调价</Button>}
            modalProps={{ destroyOnHidden: true }}
            onFinish={async (values: { gradeId: string; price: number; effectiveAt?: string; reason?: string }) => {
              const ok = await submitMutation(async () => (await create({ variables: { input: {
                gradeId: values.gradeId,
                priceFen: Math.round(values.price * 100),
                scope: "STATIONS",
                stationIds: [station],
                effectiveAt: values.effectiveAt ? new Date(values.effectiveAt).toISOString() : null,
                reason: values.reason ?? null,
              } } })).data?.priceChangeCreate, { form, fields: ["gradeId", "reason", "effectiveAt"], notify: message, success: "调价已提交" });
              if (ok) reload();
              return ok;
            }}
          >
            <ProFormSelect name="gradeId" label="油品" rules={[{ required: true, message: "请选择油品" }]}
              options={(grades.data?.fuelGrades ?? []).map((g) => ({ value: g.id, label: g.name }))} />
            <ProFormDigit name="price" label="新价格（元/升）" min={0.01} max={1000} fieldProps={{ precision: 2 }}
              rules={[{ required: true, message: "请填写价格" }]} />
            <ProFormDateTimePicker name="effectiveAt" label="生效时间" placeholder="不填则立即生效" />
            <ProFormTextArea name="reason" label="原因" fieldProps={{ maxLength: 200 }} />
          </ModalForm>,
        ]}
        request={async (params) =>
          book.page("changes", params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: PriceChangesDocument, variables: { first, after }, fetchPolicy: "network-only" })).data!.priceChanges,
          )
        }
      />
    </PageContainer>
  );
}
