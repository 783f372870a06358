import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Button, Form, Select, Space } from "antd";
import { RegionsDocument, RolesDocument } from "../../gql/graphql";
import { useSession } from "../../lib/session";

const SCOPES = [
  { value: "COMPANY", label: "全公司" },
  { value: "REGIONS", label: "指定片区" },
  { value: "STATIONS", label: "指定站点" },
];

/** The `grants` list of a staff form: role × scope (company, regions or stations). */
export function GrantsFields() {
  const roles = useQuery(RolesDocument);
  const regions = useQuery(RegionsDocument);
  const { viewer } = useSession();
  return (
    <Form.List name="grants">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap data-testid="grant-row">
              <Form.Item name={[field.name, "roleId"]} rules={[{ required: true, message: "请选择角色" }]}>
                <Select
                  placeholder="角色"
                  style={{ width: 140 }}
                  options={(roles.data?.roles ?? []).map((r) => ({ value: r.id, label: r.name }))}
                  data-testid="grant-role"
                />
              </Form.Item>
              <Form.Item name={[field.name, "scope"]} initialValue="STATIONS">
                <Select style={{ width: 120 }} options={SCOPES} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const scope = getFieldValue(["grants", field.name, "scope"]);
                  if (scope === "REGIONS")
                    return (
                      <Form.Item name={[field.name, "regionIds"]} rules={[{ required: true, message: "请选择片区" }]}>
                        <Select mode="multiple" placeholder="片区" style={{ minWidth: 200 }}
                          options={(regions.data?.regions ?? []).map((r) => ({ value: r.id, label: r.name }))} />
                      </Form.Item>
                    );
                  if (scope === "STATIONS")
                    return (
                      <Form.Item name={[field.name, "stationIds"]} rules={[{ required: true, message: "请选择站点" }]}>
                        <Select mode="multiple" placeholder="站点" style={{ minWidth: 220 }} data-testid="grant-stations"
                          options={viewer.stations.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))} />
                      </Form.Item>
                    );
                  return null;
                }}
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({ scope: "STATIONS" })} icon={<PlusOutlined />} data-testid="grant-add">
            添加授权
          </Button>
        </>
      )}
    </Form.List>
  );
}

export interface GrantValue {
  roleId: string;
  scope: "COMPANY" | "REGIONS" | "STATIONS";
  regionIds?: string[];
  stationIds?: string[];
}

export function grantInputs(grants: GrantValue[] | undefined) {
  return (grants ?? []).map((g) => ({
    roleId: g.roleId,
    scope: g.scope,
    regionIds: g.scope === "REGIONS" ? g.regionIds ?? [] : null,
    stationIds: g.scope === "STATIONS" ? g.stationIds ?? [] : null,
  }));
}
