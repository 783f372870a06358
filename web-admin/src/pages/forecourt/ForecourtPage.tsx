import { PageContainer, ProCard } from "@ant-design/pro-components";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Descriptions, Empty, Popconfirm, Result, Space, Table, Tag } from "antd";
import { DispensersDocument, ForecourtConfigDeleteDocument, FuelGradesDocument, TanksDocument } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { STATE_VIEW } from "../pos/NozzleGrid";
import { DispenserForm, GradeForm, NozzleForm, TankForm } from "./ConfigForms";

const KIND = { GASOLINE: "汽油", DIESEL: "柴油", CNG: "压缩天然气", LNG: "液化天然气" } as const;

export default function ForecourtPage() {
  const { stationId, viewer, can } = useSession();
  const manage = can("MANAGE_PUMPS");
  const { message } = App.useApp();
  const [remove] = useMutation(ForecourtConfigDeleteDocument);
  const removeItem = async (id: string, label: string) => {
    const ok = await submitMutation(async () => (await remove({ variables: { input: { id } } })).data?.forecourtConfigDelete,
      { notify: message, success: `${label}已删除` });
    if (ok) void dispensers.refetch();
  };
  const station = stationId ?? (viewer.stations.length === 1 ? viewer.stations[0].id : null);
  const grades = useQuery(FuelGradesDocument);
  const dispensers = useQuery(DispensersDocument, { variables: { stationId: station ?? "" }, skip: !station });
  const tanks = useQuery(TanksDocument, { variables: { stationId: station ?? "" }, skip: !station });
  if (!station) return <Result status="info" title="请先在右上角选择站点" />;
  return (
    <PageContainer>
      <ProCard
        title="油品"
        bordered
        style={{ marginBottom: 16 }}
        loading={grades.loading && !grades.data}
        extra={manage && viewer.stations.length > 0 ? <GradeForm trigger={<Button>新增油品</Button>} onDone={() => void grades.refetch()} /> : null}
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={grades.data?.fuelGrades ?? []}
          columns={[
            { title: "油品", dataIndex: "name" },
            { title: "国标代码", dataIndex: "code" },
            { title: "类别", dataIndex: "kind", render: (k: keyof typeof KIND) => KIND[k] },
            { title: "密度 (g/L)", dataIndex: "densityGPerL" },
            ...(manage ? [{
              title: "操作",
              render: (_: unknown, g: { id: string; code: string; name: string; kind: string; densityGPerL?: number | null }) => (
                <GradeForm grade={g} trigger={<a>编辑</a>} onDone={() => void grades.refetch()} />
              ),
            }] : []),
          ]}
        />
      </ProCard>
      <ProCard
        title="油罐"
        bordered
        style={{ marginBottom: 16 }}
        loading={tanks.loading && !tanks.data}
        extra={manage ? <TankForm stationId={station} grades={grades.data?.fuelGrades ?? []} trigger={<Button>新增油罐</Button>} onDone={() => void tanks.refetch()} /> : null}
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={tanks.data?.tanks ?? []}
          columns={[
            { title: "罐号", dataIndex: "number" },
            { title: "油品", render: (_, t) => t.grade.name },
            { title: "容量", render: (_, t) => `${(t.capacityMl / 1000).toLocaleString("zh-CN")} L` },
            { title: "液位仪探棒", dataIndex: "gaugeId" },
          ]}
        />
      </ProCard>
      <ProCard
        title="油机与油枪"
        direction="column"
        bordered
        loading={dispensers.loading && !dispensers.data}
        extra={manage ? <DispenserForm stationId={station} trigger={<Button type="primary">新增油机</Button>} onDone={() => void dispensers.refetch()} /> : null}
      >
        {(dispensers.data?.dispensers ?? []).length === 0 && <Empty description="本站尚未登记油机" />}
        {(dispensers.data?.dispensers ?? []).map((d) => (
          <ProCard
            key={d.id}
            title={`${d.name}（${d.number} 号）`}
            type="inner"
            bordered
            style={{ marginBottom: 12 }}
            extra={manage ? (
              <Space>
                <DispenserForm stationId={station} dispenser={d} trigger={<a>编辑</a>} onDone={() => void dispensers.refetch()} />
                <NozzleForm dispenserId={d.id} grades={grades.data?.fuelGrades ?? []} trigger={<a>新增油枪</a>} onDone={() => void dispensers.refetch()} />
                <Popconfirm title="删除该油机？（须先删除其油枪）" onConfirm={() => removeItem(d.id, "油机")}><a>删除</a></Popconfirm>
              </Space>
            ) : null}
          >
            <Descriptions size="small" column={3} items={[
              { key: "port", label: "集线器端口", children: d.hubPort },
              { key: "protocol", label: "协议", children: d.protocol === "KAJILIAN" ? "卡机联动" : "DART" },
            ]} />
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.nozzles}
              columns={[
                { title: "枪号", dataIndex: "number" },
                { title: "侧", dataIndex: "side" },
                { title: "油品", render: (_, n) => n.grade.name },
                { title: "状态", render: (_, n) => <Tag color={STATE_VIEW[n.liveState.state].color}>{STATE_VIEW[n.liveState.state].label}</Tag> },
                { title: "当前金额", render: (_, n) => formatYuan(n.liveState.amount.fen) },
                { title: "单价", render: (_, n) => `${formatYuan(n.liveState.unitPrice.fen)}/L` },
                ...(manage ? [{
                  title: "操作",
                  render: (_: unknown, n: { id: string }) => (
                    <Popconfirm title="删除该油枪？（有加油记录的油枪不能删除）" onConfirm={() => removeItem(n.id, "油枪")}><a>删除</a></Popconfirm>
                  ),
                }] : []),
              ]}
            />
          </ProCard>
        ))}
      </ProCard>
    </PageContainer>
  );
}
