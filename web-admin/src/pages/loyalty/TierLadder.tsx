// The tier ladder, lowest first, with its thresholds, points multiplier and member prices; a tier's form.
import { ModalForm, ProFormDigit, ProFormText, ProTable } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Button, Form, Space, Tag } from "antd";
import { useState } from "react";
import { TierSaveDocument, type TierFieldsFragment } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { GradeDiscountTable, gradeLabel, useGradeNames } from "./GradeDiscountTable";
import { formatLitres, formatMultiplier, nextRank, renameErrorFields, TIER_FORM_FIELDS, tierFormValues, tierInput } from "./labels";

const FIELDS = ["name", "rank", "minSpendYuan", "minLitres", "multiplier"];

function TierForm({ tier, rank, onClose, onDone }: { tier?: TierFieldsFragment; rank: number; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [save] = useMutation(TierSaveDocument);
  return (
    <ModalForm
      title={tier ? `编辑等级 ${tier.name}` : "新增等级"}
      form={form}
      open
      onOpenChange={(open) => !open && onClose()}
      width={620}
      modalProps={{ destroyOnHidden: true }}
      initialValues={tierFormValues(tier, rank)}
      onFinish={async (v) => {
        const input = tierInput(tier?.id ?? null, v);
        const ok = await submitMutation(
          async () => renameErrorFields((await save({ variables: { input } })).data?.tierSave, TIER_FORM_FIELDS), {
          form,
          fields: FIELDS,
          notify: message,
          success: "等级已保存",
        });
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="name" label="等级名称" placeholder="如 银卡会员" rules={[{ required: true, message: "请填写等级名称" }]} />
      <ProFormDigit name="rank" label="等级序号" tooltip="0 为基础等级（不设门槛），序号越大等级越高" fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <ProFormDigit name="minSpendYuan" label="消费金额门槛（元）" tooltip="定级周期内消费达到此金额即升至该等级" fieldProps={{ precision: 2 }} />
      <ProFormDigit name="minLitres" label="加油升数门槛（L）" tooltip="与金额门槛满足其一即可" fieldProps={{ precision: 2 }} />
      <ProFormDigit name="multiplier" label="积分倍率（倍）" fieldProps={{ precision: 2, step: 0.1 }} rules={[{ required: true }]} />
      <GradeDiscountTable name="gradeDiscounts" label="会员价（按油品每升优惠）" />
    </ModalForm>
  );
}

function threshold(tier: TierFieldsFragment): string {
  const parts = [tier.minSpend && `消费满 ${formatYuan(tier.minSpend.fen)}`, tier.minVolume && `加油满 ${formatLitres(tier.minVolume.ml)}`];
  return parts.filter(Boolean).join(" 或 ") || "基础等级";
}

export function TierLadder({ tiers, loading, onChanged }: { tiers: TierFieldsFragment[]; loading: boolean; onChanged: () => void }) {
  const { can } = useSession();
  const names = useGradeNames();
  const editable = can("MANAGE_LOYALTY");
  // the form is opened here, outside the table, so a new tier is proposed the rank above the ladder as it is now
  const [editing, setEditing] = useState<{ tier?: TierFieldsFragment } | null>(null);
  return (
    <>
      <ProTable<TierFieldsFragment>
        rowKey="id"
        search={false}
        loading={loading}
        dataSource={tiers}
        pagination={false}
        options={false}
        headerTitle="等级阶梯"
        toolBarRender={() =>
          editable ? [<Button key="new" type="primary" onClick={() => setEditing({})}>新增等级</Button>] : []
        }
        columns={[
          { title: "序号", dataIndex: "rank", width: 64 },
          { title: "等级", dataIndex: "name", render: (_, t) => <Tag color={t.rank === 0 ? "default" : "gold"}>{t.name}</Tag> },
          { title: "升级门槛", render: (_, t) => threshold(t) },
          { title: "积分倍率", dataIndex: "pointsMultiplierPct", render: (_, t) => formatMultiplier(t.pointsMultiplierPct) },
          {
            title: "会员价（每升优惠）",
            render: (_, t) =>
              t.gradeDiscounts.length ? (
                <Space wrap size={4}>
                  {t.gradeDiscounts.map((d) => (
                    <Tag key={d.gradeCode}>{`${gradeLabel(names, d.gradeCode)} 减 ${formatYuan(d.perLitre.fen)}/L`}</Tag>
                  ))}
                </Space>
              ) : (
                "—"
              ),
          },
          ...(editable
            ? [{
                title: "操作",
                width: 80,
                render: (_: unknown, t: TierFieldsFragment) => <a onClick={() => setEditing({ tier: t })}>编辑</a>,
              }]
            : []),
        ]}
      />
      {editing && (
        <TierForm
          tier={editing.tier}
          rank={editing.tier?.rank ?? nextRank(tiers)}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
