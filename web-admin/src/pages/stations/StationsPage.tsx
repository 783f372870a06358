import { PageContainer, ProDescriptions, ProTable, type ActionType, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Button, Drawer, Input, Modal, Space, Tag } from "antd";
import { useRef, useState } from "react";
import {
  StationCloseDocument,
  StationDocument,
  StationReopenDocument,
  StationsDocument,
  type StationFieldsFragment,
  type StationFilter,
} from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { StationForm } from "./StationForm";

type Station = StationFieldsFragment;

function matches(station: Station, filter: StationFilter): boolean {
  const search = filter.search?.toLowerCase();
  const text = [station.code, station.name, station.address ?? ""].join(" ").toLowerCase();
  return (!filter.status || station.status === filter.status) && (!search || text.includes(search));
}

export default function StationsPage() {
  const client = useApolloClient();
  const { can, stationId } = useSession();
  const { message } = App.useApp();
  const table = useRef<ActionType>(null);
  const book = useCursorBook();
  const [detail, setDetail] = useState<Station | null>(null);
  const [closing, setClosing] = useState<Station | null>(null);
  const [reason, setReason] = useState("");
  const [close] = useMutation(StationCloseDocument);
  const [reopen] = useMutation(StationReopenDocument);
  const manage = can("MANAGE_STATIONS");
  const reload = () => {
    book.reset();
    table.current?.reload();
  };

  const columns: ProColumns<Station>[] = [
    { title: "编码", dataIndex: "code", width: 100, search: false },
    { title: "名称", dataIndex: "name", search: false, render: (_, s) => <a onClick={() => setDetail(s)}>{s.name}</a> },
    { title: "关键字", dataIndex: "search", hideInTable: true, fieldProps: { placeholder: "编码、名称或地址" } },
    { title: "片区", dataIndex: ["region", "name"], search: false },
    { title: "地址", dataIndex: "address", search: false, ellipsis: true },
    { title: "电话", dataIndex: "phone", search: false },
    {
      title: "状态",
      dataIndex: "status",
      valueEnum: { OPEN: { text: "营业中", status: "Success" }, CLOSED: { text: "已停业", status: "Default" } },
    },
    {
      title: "操作",
      valueType: "option",
      hideInTable: !manage,
      render: (_, s) => [
        <StationForm key="edit" station={s} trigger={<a>编辑</a>} onDone={reload} />,
        s.status === "OPEN" ? (
          <a key="close" onClick={() => { setReason(""); setClosing(s); }}>停业</a>
        ) : (
          <a
            key="reopen"
            onClick={async () => {
              if (await submitMutation(async () => (await reopen({ variables: { input: { id: s.id } } })).data?.stationReopen, { notify: message, success: "站点已恢复营业" })) reload();
            }}
          >
            恢复营业
          </a>
        ),
      ],
    },
  ];

  return (
    <PageContainer>
      <ProTable<Station>
        rowKey="id"
        actionRef={table}
        columns={columns}
        params={{ stationId }}
        options={{ setting: true, reload: true, density: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() =>
          manage ? [<StationForm key="new" trigger={<Button type="primary">新建站点</Button>} onDone={reload} />] : []
        }
        request={async (params) => {
          const filter: StationFilter = { search: params.search || null, status: params.status || null };
          if (stationId) {
            const { data } = await client.query({ query: StationDocument, variables: { id: stationId }, fetchPolicy: "network-only" });
            const rows = data?.station && matches(data.station, filter) ? [data.station] : [];
            return { data: rows, total: rows.length, success: true };
          }
          return book.page(JSON.stringify(filter), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: StationsDocument, variables: { first, after, filter }, fetchPolicy: "network-only" })).data!.stations,
          );
        }}
      />
      <Drawer title={detail ? `${detail.code} ${detail.name}` : ""} open={!!detail} onClose={() => setDetail(null)} width={520}>
        {detail && (
          <ProDescriptions<Station> column={1} dataSource={detail}>
            <ProDescriptions.Item label="编码" dataIndex="code" />
            <ProDescriptions.Item label="名称" dataIndex="name" />
            <ProDescriptions.Item label="片区">{detail.region?.name ?? "—"}</ProDescriptions.Item>
            <ProDescriptions.Item label="地址" dataIndex="address" />
            <ProDescriptions.Item label="电话" dataIndex="phone" />
            <ProDescriptions.Item label="坐标">{detail.latitude ? `${detail.latitude}, ${detail.longitude}` : "—"}</ProDescriptions.Item>
            <ProDescriptions.Item label="营业时间" dataIndex="openingHours" />
            <ProDescriptions.Item label="状态">
              <Tag color={detail.status === "OPEN" ? "green" : "default"}>{detail.status === "OPEN" ? "营业中" : "已停业"}</Tag>
            </ProDescriptions.Item>
            <ProDescriptions.Item label="时区" dataIndex="timeZone" />
            <ProDescriptions.Item label="创建时间">{formatTime(detail.createdAt)}</ProDescriptions.Item>
          </ProDescriptions>
        )}
      </Drawer>
      <Modal
        title={closing ? `停业：${closing.name}` : ""}
        open={!!closing}
        okText="确认停业"
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onCancel={() => setClosing(null)}
        onOk={async () => {
          if (!closing) return;
          const ok = await submitMutation(
            async () => (await close({ variables: { input: { id: closing.id, reason } } })).data?.stationClose,
            { notify: message, success: "站点已停业" },
          );
          if (ok) {
            setClosing(null);
            reload();
          }
        }}
      >
        <Space direction="vertical" style={{ width: "100%" }}>
          <span>停业原因（将记录到操作日志）</span>
          <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} />
        </Space>
      </Modal>
    </PageContainer>
  );
}
