// A by-grade discount table edited inside a form (member prices of a tier, certified drivers' prices): one row
// per grade, the yuan taken off each litre. Grades are suggested from the company's list when it may be read.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { AutoComplete, Button, Form, InputNumber, Table } from "antd";
import { LoyaltyGradesDocument } from "../../gql/graphql";
import { useSession } from "../../lib/session";

export function useGradeNames(): Map<string, string> {
  const { can } = useSession();
  const grades = useQuery(LoyaltyGradesDocument, { skip: !can("VIEW_FORECOURT") });
  return new Map((grades.data?.fuelGrades ?? []).map((g) => [g.code, g.name]));
}

export function gradeLabel(names: Map<string, string>, code: string): string {
  const name = names.get(code);
  return name ? `${name}（${code}）` : code;
}

export function GradeDiscountTable({ name, label }: { name: string; label: string }) {
  const names = useGradeNames();
  const options = [...names].map(([code, gradeName]) => ({ value: code, label: `${gradeName}（${code}）` }));
  return (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            data-testid={`${name}-table`}
            locale={{ emptyText: "未设置" }}
            columns={[
              {
                title: "油品编码",
                render: (_, field) => (
                  <Form.Item name={[field.name, "gradeCode"]} noStyle rules={[{ required: true, message: "请填写油品编码" }]}>
                    <AutoComplete
                      data-testid="grade-code"
                      options={options}
                      placeholder="如 1402"
                      style={{ width: 180 }}
                      filterOption={(input, option) => `${option?.label ?? ""}`.includes(input)}
                    />
                  </Form.Item>
                ),
              },
              {
                title: "每升优惠（元）",
                render: (_, field) => (
                  <Form.Item name={[field.name, "yuanPerLitre"]} noStyle rules={[{ required: true, message: "请填写优惠" }]}>
                    <InputNumber data-testid="grade-yuan" min={0.01} precision={2} step={0.05} style={{ width: 140 }} />
                  </Form.Item>
                ),
              },
              {
                title: "操作",
                width: 64,
                render: (_, field) => (
                  <Button type="link" danger icon={<DeleteOutlined />} aria-label="删除" onClick={() => remove(field.name)} />
                ),
              },
            ]}
            footer={() => (
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} data-testid={`${name}-add`}>
                添加油品
              </Button>
            )}
          />
        )}
      </Form.List>
    </Form.Item>
  );
}
