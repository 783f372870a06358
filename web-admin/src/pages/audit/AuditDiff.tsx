import { Table } from "antd";

type Snapshot = Record<string, unknown> | null | undefined;

function show(value: unknown): string {
  if (value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Before/after of an audited change, field by field, changed fields highlighted. */
export function AuditDiff({ before, after }: { before: Snapshot; after: Snapshot }) {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows = keys.map((key) => ({
    key,
    before: show(before?.[key]),
    after: show(after?.[key]),
    changed: show(before?.[key]) !== show(after?.[key]),
  }));
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={rows}
      rowClassName={(row) => (row.changed ? "audit-changed" : "")}
      columns={[
        { title: "字段", dataIndex: "key", width: 160 },
        { title: "修改前", dataIndex: "before", render: (v, r) => <span style={{ color: r.changed ? "#cf1322" : undefined }}>{v}</span> },
        { title: "修改后", dataIndex: "after", render: (v, r) => <span style={{ color: r.changed ? "#389e0d" : undefined }}>{v}</span> },
      ]}
    />
  );
}
