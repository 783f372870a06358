import { ArrowLeftOutlined, ClockCircleOutlined, LogoutOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { Button, Card, Col, Drawer, Empty, Layout, Row, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { useSession } from "../../lib/session";
import { StationSwitcher, useSignOut } from "../layout/AdminLayout";
import { CheckoutPanel, type Selected } from "./CheckoutPanel";
import { DispenserLinks } from "./DispenserLinks";
import { NozzleGrid } from "./NozzleGrid";
import { ShiftBar } from "./ShiftBar";
import { ShiftOrders } from "./ShiftOrders";
import { UnpaidFuelings } from "./UnpaidFuelings";

function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return <span>{now.toLocaleString("zh-CN", { hour12: false })}</span>;
}

/** The cashier's screen: full screen, large touch targets, the station's nozzles live, the shift and its orders,
 * and checkout of the completed fuelings and goods. */
export default function PosPage() {
  const { viewer, stationId } = useSession();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const station = viewer.stations.find((s) => s.id === stationId) ?? viewer.stations[0];
  const [selected, setSelected] = useState<Selected[]>([]);
  const [ordersOpen, setOrdersOpen] = useState(false);
  const toggle = (item: Selected) => setSelected((current) =>
    current.some((s) => s.id === item.id) ? current.filter((s) => s.id !== item.id) : [...current, item]);
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header style={{ display: "flex", alignItems: "center", justifyContent: "space-between", background: "#1f1f1f" }}>
        <Space size="large" style={{ color: "#fff", fontSize: 20 }}>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/")} size="large">后台</Button>
          <span data-testid="pos-station">{station ? `${station.code} ${station.name}` : "未分配站点"}</span>
          <StationSwitcher />
        </Space>
        <Space size="large" style={{ color: "#fff", fontSize: 18 }}>
          <ClockCircleOutlined />
          <Clock />
          <span>收银员：{viewer.name}</span>
          <Button icon={<LogoutOutlined />} size="large" onClick={() => void signOut()}>退出</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Row gutter={16}>
          <Col span={16}>
            <Card
              title={<Typography.Title level={3} style={{ margin: 0 }}>油枪</Typography.Title>}
              extra={station ? <DispenserLinks stationId={station.id} /> : null}
              style={{ minHeight: "70vh" }}
            >
              {station ? <NozzleGrid stationId={station.id} /> : <Empty description="未分配站点" />}
            </Card>
          </Col>
          <Col span={8}>
            <Card title={<Typography.Title level={3} style={{ margin: 0 }}>待支付</Typography.Title>}>
              {station ? <UnpaidFuelings stationId={station.id} selected={selected} onToggle={toggle}
                onGone={(id) => setSelected((current) => current.filter((s) => s.id !== id))} />
                : <Empty description="未分配站点" />}
            </Card>
            {station && (
              <Card style={{ marginTop: 16 }}>
                <CheckoutPanel stationId={station.id} selected={selected} onClear={() => setSelected([])} />
              </Card>
            )}
          </Col>
        </Row>
        {station && (
          <Space style={{ marginTop: 16 }} size="large">
            <ShiftBar stationId={station.id} />
            <Button size="large" icon={<UnorderedListOutlined />} onClick={() => setOrdersOpen(true)} data-testid="shift-orders">本班订单</Button>
          </Space>
        )}
        {station && (
          <Drawer title="本班订单" open={ordersOpen} onClose={() => setOrdersOpen(false)} width={560} destroyOnHidden>
            <ShiftOrders stationId={station.id} />
          </Drawer>
        )}
      </Layout.Content>
    </Layout>
  );
}
