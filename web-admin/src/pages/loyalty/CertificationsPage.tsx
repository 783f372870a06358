// 网约车认证: the review queue of ride-hailing drivers' certifications, filtered by state, and a request's review.
import { PageContainer, ProTable, type ActionType, type ProColumns } from "@ant-design/pro-components";
import { useApolloClient } from "@apollo/client/react";
import { Tag } from "antd";
import { useRef, useState } from "react";
import { CertificationsDocument, type CertificationRowFieldsFragment, type CertificationStatus } from "../../gql/graphql";
import { useCursorBook } from "../../lib/connection";
import { formatTime } from "../../lib/format";
import { CertificationReview } from "./CertificationReview";
import { CERTIFICATION_STATUS } from "./labels";

type Row = CertificationRowFieldsFragment;

export default function CertificationsPage() {
  const client = useApolloClient();
  const book = useCursorBook();
  const table = useRef<ActionType>(null);
  const [open, setOpen] = useState<Row | null>(null);
  const columns: ProColumns<Row>[] = [
    {
      title: "状态",
      dataIndex: "status",
      valueEnum: Object.fromEntries(Object.entries(CERTIFICATION_STATUS).map(([k, v]) => [k, { text: v.text }])),
      render: (_, r) => <Tag color={CERTIFICATION_STATUS[r.status].color}>{CERTIFICATION_STATUS[r.status].text}</Tag>,
    },
    { title: "会员", search: false, render: (_, r) => (r.member ? `${r.member.name ?? "—"}（${r.member.number}）` : "—") },
    { title: "手机号", search: false, render: (_, r) => r.member?.phone ?? "—" },
    { title: "平台", dataIndex: "platform", search: false },
    { title: "车牌", dataIndex: "plate", search: false },
    { title: "提交时间", dataIndex: "submittedAt", search: false, render: (_, r) => formatTime(r.submittedAt) },
    { title: "审核时间", dataIndex: "reviewedAt", search: false, render: (_, r) => formatTime(r.reviewedAt) },
    {
      title: "操作",
      search: false,
      width: 80,
      render: (_, r) => <a onClick={() => setOpen(r)} data-testid="certification-open">{r.status === "PENDING" ? "审核" : "查看"}</a>,
    },
  ];
  return (
    <PageContainer>
      <ProTable<Row>
        rowKey="id"
        actionRef={table}
        headerTitle="网约车司机认证"
        columns={columns}
        form={{ initialValues: { status: "PENDING" } }}
        options={{ reload: true, density: false, setting: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        request={async (params) => {
          const filter = { status: (params.status as CertificationStatus | undefined) ?? null };
          return book.page(JSON.stringify(filter), params.current ?? 1, params.pageSize ?? 20, async (first, after) =>
            (await client.query({ query: CertificationsDocument, variables: { first, after, filter }, fetchPolicy: "network-only" }))
              .data!.certifications,
          );
        }}
      />
      <CertificationReview
        certification={open}
        onClose={() => setOpen(null)}
        onReviewed={() => {
          book.reset();
          table.current?.reload();
        }}
      />
    </PageContainer>
  );
}
