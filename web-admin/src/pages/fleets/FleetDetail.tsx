// A fleet in a drawer: balances and credit used, vehicles with their limits and today's use, its administrators
// (车队管理员), money received, adjustments, the change history and the monthly statement with its Excel download.
import { ProDescriptions } from "@ant-design/pro-components";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { App, Button, DatePicker, Drawer, Space, Statistic, Table, Tabs, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import {
  FleetDetailDocument,
  FleetFreezeDocument,
  FleetStatementDocument,
  FleetUnfreezeDocument,
  FleetVehicleRemoveDocument,
  type FleetStatementQuery,
} from "../../gql/graphql";
import { formatTime, formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { saveWorkbook } from "../shifts/workbook";
import { FleetAdministrators } from "./FleetAdministrators";
import { AdjustmentForm, FleetForm, ReceiptForm, VehicleForm } from "./FleetForms";
import { ADJUSTMENT_KIND, ADJUSTMENT_STATUS, FLEET_STATUS, RECEIPT_KIND } from "./labels";

const yuan = (m: { fen: unknown } | null | undefined) => (m ? formatYuan(Number(m.fen)) : "不限");
const litres = (ml: unknown) => `${(Number(ml) / 1000).toFixed(2)} L`;

function Statement({ fleetId }: { fleetId: string }) {
  const client = useApolloClient();
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [statement, setStatement] = useState<FleetStatementQuery["fleetStatement"] | null>(null);
  const load = async (download: boolean) => {
    try {
      const { data } = await client.query({ query: FleetStatementDocument, variables: { id: fleetId, month: month.format("YYYY-MM") }, fetchPolicy: "network-only" });
      setStatement(data?.fleetStatement ?? null);
      if (download && data?.fleetStatement) saveWorkbook(data.fleetStatement.xlsx, data.fleetStatement.filename.replace(/\.xlsx$/, ""));
    } catch {
      message.error("对账单加载失败，请稍后再试");
    }
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <DatePicker picker="month" value={month} allowClear={false} onChange={(v) => v && setMonth(v)} />
        <Button onClick={() => load(false)}>查看</Button>
        <Button onClick={() => load(true)}>下载 Excel</Button>
      </Space>
      {statement && (
        <>
          <Space size="large" wrap>
            <Statistic title="期初预存" value={yuan(statement.opening.prepaid)} />
            <Statistic title="期末预存" value={yuan(statement.closing.prepaid)} />
            <Statistic title="期初欠款" value={yuan(statement.opening.creditUsed)} />
            <Statistic title="期末欠款" value={yuan(statement.closing.creditUsed)} />
            <Statistic title="挂账合计" value={yuan(statement.spent)} />
            <Statistic title="加油升数" value={litres(statement.volume.ml)} />
            <Statistic title="充值" value={yuan(statement.toppedUp)} />
            <Statistic title="还款" value={yuan(statement.paid)} />
          </Space>
          <Table
            size="small"
            rowKey="orderNumber"
            dataSource={statement.orders}
            pagination={false}
            columns={[
              { title: "时间", render: (_, o) => formatTime(o.at) },
              { title: "订单号", dataIndex: "orderNumber" },
              { title: "油站", dataIndex: "stationName" },
              { title: "车牌", dataIndex: "plate" },
              { title: "升数", align: "right", render: (_, o) => litres(o.volume.ml) },
              { title: "金额", align: "right", render: (_, o) => yuan(o.amount) },
              { title: "授信支付", align: "right", render: (_, o) => yuan(o.credit) },
            ]}
          />
        </>
      )}
    </>
  );
}

export function FleetDetail({ fleetId, onClose, onChanged }: { fleetId: string | null; onClose: () => void; onChanged: () => void }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const detail = useQuery(FleetDetailDocument, { variables: { id: fleetId ?? "" }, skip: !fleetId, fetchPolicy: "network-only" });
  const [freeze] = useMutation(FleetFreezeDocument);
  const [unfreeze] = useMutation(FleetUnfreezeDocument);
  const [remove] = useMutation(FleetVehicleRemoveDocument);
  const fleet = detail.data?.fleet;
  const manage = can("MANAGE_FLEETS");
  const refresh = () => {
    void detail.refetch();
    onChanged();
  };
  const toggle = async () => {
    if (!fleet) return;
    const reason = window.prompt(fleet.status === "FROZEN" ? "解冻原因" : "冻结原因") ?? "";
    const input = { id: fleet.id, reason };
    const ok = await submitMutation(
      async () => fleet.status === "FROZEN"
        ? (await unfreeze({ variables: { input } })).data?.fleetUnfreeze
        : (await freeze({ variables: { input } })).data?.fleetFreeze,
      { notify: message, success: fleet.status === "FROZEN" ? "已解冻" : "已冻结" },
    );
    if (ok) refresh();
  };
  return (
    <Drawer title={fleet ? `${fleet.number} ${fleet.name}` : ""} open={!!fleetId} onClose={onClose} width={880}>
      {fleet && (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            {manage && <FleetForm fleet={fleet} trigger={<Button>编辑</Button>} onDone={refresh} />}
            {manage && <Button danger={fleet.status === "NORMAL"} onClick={toggle}>{fleet.status === "FROZEN" ? "解冻" : "冻结"}</Button>}
            {manage && <ReceiptForm fleetId={fleet.id} kind="TOP_UP" trigger={<Button>充值</Button>} onDone={refresh} />}
            {manage && <ReceiptForm fleetId={fleet.id} kind="PAYMENT" trigger={<Button>登记还款</Button>} onDone={refresh} />}
            {manage && <AdjustmentForm fleetId={fleet.id} trigger={<Button>申请调账</Button>} onDone={refresh} />}
          </Space>
          <Space size="large" wrap style={{ marginBottom: 12 }}>
            <Statistic title="预存余额" value={yuan(fleet.balances.prepaid)} />
            <Statistic title="赠送余额" value={yuan(fleet.balances.granted)} />
            <Statistic title="授信额度" value={yuan(fleet.balances.creditLimit)} />
            <Statistic title="欠款" value={yuan(fleet.balances.creditUsed)} />
            <Statistic title="可用合计" value={yuan(fleet.balances.spendable)} />
          </Space>
          <ProDescriptions column={2} dataSource={fleet}>
            <ProDescriptions.Item label="统一社会信用代码">{fleet.taxNumber}</ProDescriptions.Item>
            <ProDescriptions.Item label="状态"><Tag color={fleet.status === "FROZEN" ? "red" : "green"}>{FLEET_STATUS[fleet.status]}</Tag></ProDescriptions.Item>
            <ProDescriptions.Item label="责任站点">{fleet.station?.name ?? "—"}</ProDescriptions.Item>
            <ProDescriptions.Item label="联系人">{fleet.contacts.map((c) => `${c.name}${c.title ? `（${c.title}）` : ""} ${c.phone ?? ""}`).join("；") || "—"}</ProDescriptions.Item>
          </ProDescriptions>
          <Tabs items={[
            {
              key: "vehicles", label: `车辆（${fleet.vehicles.length}）`,
              children: (
                <>
                  {manage && <VehicleForm fleetId={fleet.id} trigger={<Button size="small">添加车辆</Button>} onDone={refresh} />}
                  <Table size="small" rowKey="id" dataSource={fleet.vehicles} pagination={false} columns={[
                    { title: "车牌", dataIndex: "plate" },
                    { title: "司机", dataIndex: "driverName" },
                    { title: "状态", render: (_, v) => (v.status === "FROZEN" ? <Tag color="red">冻结</Tag> : <Tag color="green">正常</Tag>) },
                    { title: "限加油品", render: (_, v) => v.gradeCodes.join("、") || "不限" },
                    { title: "每日限额", render: (_, v) => yuan(v.dailyAmount) },
                    { title: "每日升数", render: (_, v) => (v.dailyVolume ? litres(v.dailyVolume.ml) : "不限") },
                    { title: "每日次数", render: (_, v) => v.dailyCount ?? "不限" },
                    { title: "今日已用", render: (_, v) => `${yuan(v.today.amount)} / ${v.today.count} 次` },
                    ...(manage ? [{ title: "操作", render: (_: unknown, v: { id: string }) => <a onClick={async () => {
                      if (await submitMutation(async () => (await remove({ variables: { input: { id: v.id } } })).data?.fleetVehicleRemove,
                        { notify: message, success: "已移出白名单" })) refresh();
                    }}>移除</a> }] : []),
                  ]} />
                </>
              ),
            },
            {
              key: "administrators", label: `车队管理员（${fleet.administrators.length}）`,
              children: <FleetAdministrators fleetId={fleet.id} administrators={fleet.administrators} manage={manage} onChanged={refresh} />,
            },
            {
              key: "receipts", label: "来款",
              children: <Table size="small" rowKey="id" dataSource={fleet.receipts} pagination={false} columns={[
                { title: "类型", render: (_, r) => RECEIPT_KIND[r.kind] },
                { title: "金额", align: "right", render: (_, r) => yuan(r.amount) },
                { title: "银行流水号", dataIndex: "bankReference" },
                { title: "到账日期", dataIndex: "receivedOn" },
                { title: "登记时间", render: (_, r) => formatTime(r.createdAt) },
              ]} />,
            },
            {
              key: "adjustments", label: "调账",
              children: <Table size="small" rowKey="id" dataSource={fleet.adjustments} pagination={false} columns={[
                { title: "项目", render: (_, a) => ADJUSTMENT_KIND[a.kind] },
                { title: "金额", align: "right", render: (_, a) => yuan(a.amount) },
                { title: "状态", render: (_, a) => ADJUSTMENT_STATUS[a.status] },
                { title: "原因", dataIndex: "reason" },
                { title: "申请人", dataIndex: "requestedBy" },
                { title: "审批人", dataIndex: "decidedBy" },
                { title: "调整前/后", render: (_, a) => (a.before ? `${yuan(a.before)} → ${yuan(a.after)}` : "—") },
              ]} />,
            },
            {
              key: "history", label: "变更记录",
              children: <Table size="small" rowKey="id" dataSource={fleet.history} pagination={{ pageSize: 20 }} columns={[
                { title: "时间", render: (_, h) => formatTime(h.occurredAt) },
                { title: "操作人", dataIndex: "actorLabel" },
                { title: "操作", dataIndex: "action" },
                { title: "变更前", render: (_, h) => <code>{h.before ? JSON.stringify(h.before) : "—"}</code> },
                { title: "变更后", render: (_, h) => <code>{h.after ? JSON.stringify(h.after) : "—"}</code> },
                { title: "原因", dataIndex: "reason" },
              ]} />,
            },
            { key: "statement", label: "月结对账单", children: <Statement fleetId={fleet.id} /> },
          ]} />
        </>
      )}
    </Drawer>
  );
}
