import { ArrowLeftOutlined, ClockCircleOutlined, LogoutOutlined } from "@ant-design/icons";
import { Button, Card, Col, Empty, Layout, Row, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { useSession } from "../../lib/session";
import { StationSwitcher, useSignOut } from "../layout/AdminLayout";
import { DispenserLinks } from "./DispenserLinks";
import { NozzleGrid } from "./NozzleGrid";
import { UnpaidFuelings } from "./UnpaidFuelings";

function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return <span>{now.toLocaleString("zh-CN", { hour12: false })}</span>;
}

/** The cashier's screen: full screen, large touch targets, the station's nozzles live; checkout comes later. */
export default function PosPage() {
  const { viewer, stationId } = useSession();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const station = viewer.stations.find((s) => s.id === stationId) ?? viewer.stations[0];
  const big = { height: 64, fontSize: 20, minWidth: 120 };
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
            <Card title={<Typography.Title level={3} style={{ margin: 0 }}>待支付</Typography.Title>} style={{ minHeight: "70vh" }}>
              {station ? <UnpaidFuelings stationId={station.id} /> : <Empty description="未分配站点" />}
            </Card>
          </Col>
        </Row>
        <Space style={{ marginTop: 16 }} size="large">
          <Button type="primary" style={big} disabled>收款</Button>
          <Button style={big} disabled>会员</Button>
          <Button style={big} disabled>交班</Button>
        </Space>
      </Layout.Content>
    </Layout>
  );
}
