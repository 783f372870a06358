// The signed-in user, their permissions and stations, and the station the console is filtered to.
import { useQuery } from "@apollo/client/react";
import { Result, Spin } from "antd";
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { ViewerDocument, type Permission, type ViewerQuery } from "../gql/graphql";

type Viewer = ViewerQuery["viewer"];

interface Session {
  viewer: Viewer;
  can: (permission: Permission) => boolean;
  stationId: string | null;
  setStationId: (id: string | null) => void;
}

const SessionContext = createContext<Session | null>(null);
const STATION_KEY = "forecourt.station";

export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, error, loading } = useQuery(ViewerDocument);
  const [stationId, setStationIdState] = useState<string | null>(() => localStorage.getItem(STATION_KEY));
  const viewer = data?.viewer;

  useEffect(() => {
    // a remembered station outside the user's scope is forgotten
    if (viewer && stationId && !viewer.stations.some((s) => s.id === stationId)) setStationIdState(null);
  }, [viewer, stationId]);

  const value = useMemo<Session | null>(() => {
    if (!viewer) return null;
    const held = new Set(viewer.permissions);
    return {
      viewer,
      can: (permission) => held.has(permission),
      stationId,
      setStationId: (id) => {
        if (id) localStorage.setItem(STATION_KEY, id);
        else localStorage.removeItem(STATION_KEY);
        setStationIdState(id);
      },
    };
  }, [viewer, stationId]);

  if (loading && !viewer) return <Spin fullscreen tip="加载中…" />;
  if (error || !value) return <Result status="error" title="无法加载账号信息" subTitle="请刷新页面或重新登录" />;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}
