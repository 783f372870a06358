// A card product's form (制卡规则): kind and naming, where and on what it pays, top-up range, bonus tiers as an
// editable list, limits, the password threshold and validity. The API checks every rule and names the field.
import { ModalForm, ProFormDigit, ProFormSelect, ProFormSwitch, ProFormText } from "@ant-design/pro-components";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Form, Input, Space, Typography } from "antd";
import { CardFormOptionsDocument, CardProductSaveDocument, type CardProductFieldsFragment } from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { yuanToFen } from "../fleets/labels";
import { CARD_KIND } from "./labels";
import { nextTier, tierInput, tierRows, yuanText, type TierRow } from "./tiers";

const FIELDS = ["name", "kind", "named", "gradeCodes", "allowsGoods", "goodsCategories", "stationIds", "topUpMinFen",
  "topUpMaxFen", "bonusTiers", "perTransactionLimitFen", "dailyLimitFen", "monthlyLimitFen", "dailyCountLimit",
  "passwordAboveFen", "validDays", "active"];

const yuanRule = (required: boolean) => ({
  validator: async (_: unknown, value?: string) => {
    if (!value?.trim()) {
      if (required) throw new Error("请填写金额");
      return;
    }
    const fen = yuanToFen(value);
    if (fen === null || fen < 0) throw new Error("请输入金额（元，最多两位小数）");
  },
});

const optionalFen = (value?: string) => (value?.trim() ? yuanToFen(value) : null);
const shown = (m: { fen: unknown } | null | undefined) => (m ? yuanText(Number(m.fen)) : "");

function initial(product?: CardProductFieldsFragment) {
  if (!product) {
    return { kind: "VIRTUAL", named: true, allowsGoods: true, active: true, topUpMinFen: "1", topUpMaxFen: "50000",
      bonusTiers: [], gradeCodes: [], goodsCategories: [], stationIds: [] };
  }
  return {
    ...product,
    topUpMinFen: shown(product.topUpMin),
    topUpMaxFen: shown(product.topUpMax),
    bonusTiers: tierRows(product.bonusTiers),
    perTransactionLimitFen: shown(product.perTransactionLimit),
    dailyLimitFen: shown(product.dailyLimit),
    monthlyLimitFen: shown(product.monthlyLimit),
    passwordAboveFen: shown(product.passwordAbove),
  };
}

function BonusTiers() {
  const form = Form.useFormInstance();
  return (
    <Form.List name="bonusTiers">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label="充值赠送档位" extra="充值达到起充金额即赠送对应金额，按满足的最高一档赠送">
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" data-testid="bonus-tier">
              <Form.Item name={[field.name, "minFen"]} rules={[yuanRule(true)]}>
                <Input addonBefore="充" addonAfter="元" placeholder="起充金额" aria-label={`第 ${index + 1} 档起充金额`} />
              </Form.Item>
              <Form.Item name={[field.name, "bonusFen"]} rules={[yuanRule(true)]}>
                <Input addonBefore="送" addonAfter="元" placeholder="赠送金额" aria-label={`第 ${index + 1} 档赠送金额`} />
              </Form.Item>
              <a onClick={() => remove(field.name)}>删除</a>
            </Space>
          ))}
          <Button type="dashed" onClick={() => add(nextTier(form.getFieldValue("bonusTiers") as TierRow[]))}>添加档位</Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}

export function ProductForm({ product, trigger, onDone }: { product?: CardProductFieldsFragment; trigger: JSX.Element; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const { viewer } = useSession();
  const [save] = useMutation(CardProductSaveDocument);
  const options = useQuery(CardFormOptionsDocument, { errorPolicy: "ignore" });
  const grades = (options.data?.fuelGrades ?? []).map((g) => ({ value: g.code, label: `${g.name}（${g.code}）` }));
  const stations = (viewer?.stations ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }));
  const allowsGoods = Form.useWatch("allowsGoods", form) as boolean | undefined;
  return (
    <ModalForm
      title={product ? `编辑制卡规则：${product.name}` : "新增制卡规则"}
      form={form}
      trigger={trigger}
      width={720}
      modalProps={{ destroyOnHidden: true }}
      initialValues={initial(product)}
      onFinish={async (v) => {
        const input = {
          id: product?.id ?? null,
          name: v.name,
          kind: v.kind,
          named: !!v.named,
          gradeCodes: v.gradeCodes ?? [],
          allowsGoods: !!v.allowsGoods,
          goodsCategories: v.allowsGoods ? v.goodsCategories ?? [] : [],
          stationIds: v.stationIds ?? [],
          topUpMinFen: yuanToFen(v.topUpMinFen) ?? 0,
          topUpMaxFen: yuanToFen(v.topUpMaxFen) ?? 0,
          bonusTiers: tierInput(v.bonusTiers),
          perTransactionLimitFen: optionalFen(v.perTransactionLimitFen),
          dailyLimitFen: optionalFen(v.dailyLimitFen),
          monthlyLimitFen: optionalFen(v.monthlyLimitFen),
          dailyCountLimit: v.dailyCountLimit ?? null,
          passwordAboveFen: optionalFen(v.passwordAboveFen),
          validDays: v.validDays ?? null,
          active: !!v.active,
        };
        const ok = await submitMutation(async () => (await save({ variables: { input } })).data?.cardProductSave,
          { form, fields: FIELDS, notify: message, success: "制卡规则已保存" });
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormText name="name" label="卡名称" rules={[{ required: true, message: "请填写卡名称" }]} />
      <Space size="large" wrap>
        <ProFormSelect name="kind" label="卡类型" disabled={!!product} allowClear={false}
          options={Object.entries(CARD_KIND).map(([value, label]) => ({ value, label }))} />
        <ProFormSwitch name="named" label="记名卡" tooltip="记名卡归属会员；不记名卡凭卡消费" />
        <ProFormSwitch name="active" label="启用（可发新卡）" />
      </Space>
      <ProFormSelect name="gradeCodes" label="可用油品" mode="multiple" options={grades} placeholder="不选即全部油品" />
      <Space size="large" wrap align="start">
        <ProFormSwitch name="allowsGoods" label="可购买非油商品" />
        {allowsGoods && (
          <ProFormSelect name="goodsCategories" label="可用商品类别" mode="tags" width="md" placeholder="不填即全部类别" />
        )}
      </Space>
      <ProFormSelect name="stationIds" label="适用油站" mode="multiple" options={stations} placeholder="不选即全部油站" />
      <Space size="large" wrap>
        <ProFormText name="topUpMinFen" label="单笔充值下限（元）" rules={[yuanRule(true)]} />
        <ProFormText name="topUpMaxFen" label="单笔充值上限（元）" rules={[yuanRule(true)]} />
      </Space>
      <BonusTiers />
      <Typography.Text type="secondary">以下限额留空即不限</Typography.Text>
      <Space size="large" wrap>
        <ProFormText name="perTransactionLimitFen" label="单笔消费限额（元）" rules={[yuanRule(false)]} />
        <ProFormText name="dailyLimitFen" label="每日消费限额（元）" rules={[yuanRule(false)]} />
        <ProFormText name="monthlyLimitFen" label="每月消费限额（元）" rules={[yuanRule(false)]} />
        <ProFormDigit name="dailyCountLimit" label="每日消费次数" min={1} fieldProps={{ precision: 0 }} />
      </Space>
      <Space size="large" wrap>
        <ProFormText name="passwordAboveFen" label="免密额度（元）" tooltip="单笔高于此金额须输入支付密码；留空即不需要密码"
          rules={[yuanRule(false)]} />
        <ProFormDigit name="validDays" label="有效期（天）" tooltip="自发卡起算；留空即长期有效" min={1} fieldProps={{ precision: 0 }} />
      </Space>
    </ModalForm>
  );
}
