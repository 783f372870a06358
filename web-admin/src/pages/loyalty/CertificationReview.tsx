// A certification's review: the member, platform and plate, the three documents' images, approve or reject with a reason.
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Descriptions, Drawer, Empty, Form, Image, Input, Space, Spin, Tag } from "antd";
import { useState } from "react";
import {
  CertificationDocumentsDocument,
  CertificationReviewDocument,
  type CertificationRowFieldsFragment,
} from "../../gql/graphql";
import { formatTime } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { CERTIFICATION_STATUS, DOCUMENT_KIND } from "./labels";

export function CertificationReview({ certification, onClose, onReviewed }: {
  certification: CertificationRowFieldsFragment | null;
  onClose: () => void;
  onReviewed: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState(false);
  const [review, { loading: saving }] = useMutation(CertificationReviewDocument);
  const documents = useQuery(CertificationDocumentsDocument, {
    variables: { id: certification?.id ?? "" },
    skip: !certification,
    fetchPolicy: "network-only",
  });
  const node = documents.data?.node;
  const images = node?.__typename === "Certification" ? node.documents : [];
  const close = () => {
    setRejecting(false);
    form.resetFields();
    onClose();
  };
  const submit = async (approve: boolean) => {
    if (!certification) return;
    let reason: string | null = null;
    if (!approve) {
      try {
        reason = (await form.validateFields()).reason;
      } catch {
        return; // the form shows what is missing
      }
    }
    const ok = await submitMutation(
      async () => (await review({ variables: { input: { id: certification.id, approve, reason } } })).data?.certificationReview,
      { form, fields: ["reason"], notify: message, success: approve ? "认证已通过" : "认证已驳回" },
    );
    if (ok) {
      onReviewed();
      close();
    }
  };
  const pending = certification?.status === "PENDING";
  return (
    <Drawer
      title={certification ? `网约车认证 · ${certification.plate}` : ""}
      open={!!certification}
      onClose={close}
      width={720}
      extra={
        pending && !rejecting ? (
          <Space>
            <Button danger onClick={() => setRejecting(true)} data-testid="certification-reject-start">驳回</Button>
            <Button type="primary" loading={saving} onClick={() => void submit(true)} data-testid="certification-approve">通过</Button>
          </Space>
        ) : null
      }
    >
      {certification && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="会员">
              {certification.member ? `${certification.member.name ?? "—"}（${certification.member.number}）` : "—"}
            </Descriptions.Item>
            <Descriptions.Item label="手机号">{certification.member?.phone ?? "—"}</Descriptions.Item>
            <Descriptions.Item label="平台">{certification.platform}</Descriptions.Item>
            <Descriptions.Item label="车牌">{certification.plate}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={CERTIFICATION_STATUS[certification.status].color}>{CERTIFICATION_STATUS[certification.status].text}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="提交时间">{formatTime(certification.submittedAt)}</Descriptions.Item>
            {certification.reviewedAt && <Descriptions.Item label="审核时间">{formatTime(certification.reviewedAt)}</Descriptions.Item>}
            {certification.reason && <Descriptions.Item label="驳回原因">{certification.reason}</Descriptions.Item>}
          </Descriptions>
          {rejecting && (
            <Form form={form} layout="vertical" style={{ marginTop: 16 }}>
              <Form.Item name="reason" label="驳回原因" rules={[{ required: true, whitespace: true, message: "请填写驳回原因" }]}>
                <Input.TextArea rows={2} maxLength={200} placeholder="如 行驶证照片不清晰，请重新上传" data-testid="certification-reason" />
              </Form.Item>
              <Space>
                <Button onClick={() => setRejecting(false)}>取消</Button>
                <Button danger type="primary" loading={saving} onClick={() => void submit(false)} data-testid="certification-reject">确认驳回</Button>
              </Space>
            </Form>
          )}
          <div style={{ marginTop: 16 }} data-testid="certification-documents">
            {documents.loading ? (
              <Spin />
            ) : images.length ? (
              <Image.PreviewGroup>
                <Space wrap align="start" size={16}>
                  {images.map((d) => (
                    <div key={d.kind} style={{ textAlign: "center" }}>
                      <Image src={d.dataUrl} alt={DOCUMENT_KIND[d.kind]} width={200} height={140} style={{ objectFit: "cover" }} />
                      <div>{DOCUMENT_KIND[d.kind]}</div>
                    </div>
                  ))}
                </Space>
              </Image.PreviewGroup>
            ) : (
              <Empty description="没有证件照片" />
            )}
          </div>
        </>
      )}
    </Drawer>
  );
}
