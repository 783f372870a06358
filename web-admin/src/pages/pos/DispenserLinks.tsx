import { useQuery } from "@apollo/client/react";
import { Space, Tag, Tooltip } from "antd";
import { DispenserLinksDocument } from "../../gql/graphql";
import { formatTime } from "../../lib/format";

/** Link status of each dispenser of the station (green: talking to the station device). */
export function DispenserLinks({ stationId }: { stationId: string }) {
  const { data } = useQuery(DispenserLinksDocument, { variables: { stationId }, pollInterval: 5000 });
  return (
    <Space size={4} data-testid="dispenser-links">
      {(data?.dispensers ?? []).map((d) => (
        <Tooltip key={d.id} title={d.link.since ? `自 ${formatTime(d.link.since)}` : "尚未联机"}>
          <Tag color={d.link.up ? "green" : "red"}>{d.name}{d.link.up ? "在线" : "离线"}</Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
