import { LogoutOutlined, ShopOutlined } from "@ant-design/icons";
import { ProLayout } from "@ant-design/pro-components";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { Dropdown, Select, Space } from "antd";
import { useEffect, type ReactNode } from "react";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { LogoutDocument } from "../../gql/graphql";
import { tokens } from "../../lib/apollo";
import { menuFor } from "../../lib/permissions";
import { useSession } from "../../lib/session";

export function StationSwitcher() {
  const { viewer, stationId, setStationId } = useSession();
  return (
    <Select
      data-testid="station-switcher"
      style={{ minWidth: 200 }}
      value={stationId ?? "__all__"}
      onChange={(value) => setStationId(value === "__all__" ? null : value)}
      options={[
        ...(viewer.stations.length > 1 ? [{ value: "__all__", label: "全部站点" }] : []),
        ...viewer.stations.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` })),
      ]}
    />
  );
}

export function useSignOut(): () => Promise<void> {
  const [logout] = useMutation(LogoutDocument);
  const client = useApolloClient();
  const navigate = useNavigate();
  return async () => {
    const current = tokens.get();
    if (current) await logout({ variables: { input: { refreshToken: current.refreshToken } } }).catch(() => undefined);
    tokens.set(null);
    await client.clearStore();
    navigate("/login", { replace: true });
  };
}

export function AdminLayout({ children }: { children: ReactNode }) {
  const { viewer, stationId, setStationId } = useSession();
  const location = useLocation();
  const signOut = useSignOut();
  const menu = menuFor(viewer.permissions);
  const current = menu.find((m) => m.path === location.pathname);

  useEffect(() => {
    document.title = `${current?.name ?? "油站管理平台"} - Forecourt`;
  }, [current]);
  useEffect(() => {
    if (viewer.stations.length === 1 && stationId !== viewer.stations[0].id) setStationId(viewer.stations[0].id);
  }, [viewer, stationId, setStationId]);

  return (
    <ProLayout
      title="Forecourt 油站平台"
      logo={<ShopOutlined style={{ fontSize: 24, color: "#d4380d" }} />}
      layout="mix"
      location={{ pathname: location.pathname }}
      route={{ path: "/", routes: menu.map((m) => ({ path: m.path, name: m.name })) }}
      menuItemRender={(item, dom) => <Link to={item.path ?? "/"}>{dom}</Link>}
      breadcrumbRender={(routes = []) => [{ path: "/", title: "首页" }, ...routes.filter((r) => r.path !== "/")]}
      actionsRender={() => [<StationSwitcher key="station" />]}
      avatarProps={{
        title: viewer.name,
        size: "small",
        render: (_, dom) => (
          <Dropdown
            menu={{
              items: [{ key: "logout", icon: <LogoutOutlined />, label: "退出登录", onClick: () => void signOut() }],
            }}
          >
            <Space data-testid="user-menu">{dom}</Space>
          </Dropdown>
        ),
      }}
    >
      {children}
    </ProLayout>
  );
}
