// Points rules: base rules (points per yuan or litre, by grade) and campaigns (a multiplier over a period); a rule's form.
import {
  ModalForm,
  ProFormDateTimeRangePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormRadio,
  ProFormSwitch,
  ProFormText,
  ProTable,
} from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Button, Form, Tag } from "antd";
import { PointsRuleSaveDocument, type PointsRuleFieldsFragment } from "../../gql/graphql";
import { formatTime } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { gradeLabel, useGradeNames } from "./GradeDiscountTable";
import {
  formatMultiplier,
  renameErrorFields,
  RULE_BASIS,
  RULE_FORM_FIELDS,
  RULE_KIND,
  RULE_TARGET,
  ruleFormValues,
  ruleInput,
} from "./labels";

const FIELDS = ["name", "kind", "target", "gradeCode", "basis", "points", "multiplier", "period"];
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

function RuleForm({ rule, trigger, onDone }: { rule?: PointsRuleFieldsFragment; trigger: JSX.Element; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [save] = useMutation(PointsRuleSaveDocument);
  return (
    <ModalForm
      title={rule ? `编辑规则 ${rule.name}` : "新增积分规则"}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      initialValues={ruleFormValues(rule)}
      onFinish={async (v) => {
        const input = ruleInput(rule?.id ?? null, v);
        const ok = await submitMutation(
          async () => renameErrorFields((await save({ variables: { input } })).data?.pointsRuleSave, RULE_FORM_FIELDS),
          { form, fields: FIELDS, notify: message, success: "积分规则已保存" },
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="name" label="规则名称" placeholder="如 加油每元 1 分、周末双倍积分" rules={[{ required: true, message: "请填写规则名称" }]} />
      <ProFormRadio.Group name="kind" label="类型" options={options(RULE_KIND)} radioType="button" />
      <ProFormRadio.Group name="target" label="适用" options={options(RULE_TARGET)} />
      <ProFormDependency name={["kind", "target"]}>
        {({ kind, target }) => (
          <>
            {target === "FUEL" && <ProFormText name="gradeCode" label="限定油品编码" placeholder="留空适用全部油品，如 1402" />}
            {kind === "BASE" ? (
              <>
                <ProFormRadio.Group name="basis" label="积分方式" options={options(RULE_BASIS)} />
                <ProFormDigit name="points" label="每元/每升积分" fieldProps={{ precision: 0 }} rules={[{ required: true, message: "请填写积分" }]} />
              </>
            ) : (
              <>
                <ProFormDigit name="multiplier" label="活动倍率（倍）" fieldProps={{ precision: 2, step: 0.5 }} rules={[{ required: true, message: "请填写倍率" }]} />
                <ProFormDateTimeRangePicker name="period" label="活动时间" rules={[{ required: true, message: "请选择活动时间" }]} />
              </>
            )}
          </>
        )}
      </ProFormDependency>
      <ProFormSwitch name="active" label="启用" />
    </ModalForm>
  );
}

export function PointsRules({ rules, loading, onChanged }: { rules: PointsRuleFieldsFragment[]; loading: boolean; onChanged: () => void }) {
  const { can } = useSession();
  const names = useGradeNames();
  const editable = can("MANAGE_LOYALTY");
  return (
    <ProTable<PointsRuleFieldsFragment>
      rowKey="id"
      search={false}
      loading={loading}
      dataSource={rules}
      pagination={false}
      options={false}
      headerTitle="积分规则与活动"
      toolBarRender={() => (editable ? [<RuleForm key="new" onDone={onChanged} trigger={<Button type="primary">新增规则</Button>} />] : [])}
      columns={[
        { title: "名称", dataIndex: "name" },
        { title: "类型", dataIndex: "kind", render: (_, r) => <Tag color={r.kind === "CAMPAIGN" ? "magenta" : "blue"}>{RULE_KIND[r.kind]}</Tag> },
        { title: "适用", render: (_, r) => `${RULE_TARGET[r.target]}${r.gradeCode ? ` · ${gradeLabel(names, r.gradeCode)}` : ""}` },
        {
          title: "积分",
          render: (_, r) =>
            r.kind === "CAMPAIGN"
              ? `${formatMultiplier(r.multiplierPct ?? 100)}积分`
              : `每${r.basis === "PER_LITRE" ? "升" : "元"} ${r.points ?? 0} 分`,
        },
        { title: "活动时间", render: (_, r) => (r.startsAt ? `${formatTime(r.startsAt)} 至 ${formatTime(r.endsAt)}` : "—") },
        { title: "状态", dataIndex: "active", render: (_, r) => (r.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
        ...(editable
          ? [{ title: "操作", width: 80, render: (_: unknown, r: PointsRuleFieldsFragment) => <RuleForm rule={r} onDone={onChanged} trigger={<a>编辑</a>} /> }]
          : []),
      ]}
    />
  );
}
