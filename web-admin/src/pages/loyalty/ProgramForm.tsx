// The company's programme settings: tier window, points validity, redemption limits and certified drivers' prices.
import { ProForm, ProFormDigit, ProFormSwitch } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Form } from "antd";
import { useEffect } from "react";
import { LoyaltyProgramSaveDocument, type LoyaltyProgramFieldsFragment } from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { GradeDiscountTable } from "./GradeDiscountTable";
import { gradeDiscountInput, gradeDiscountRows } from "./labels";

const FIELDS = ["tierWindowDays", "pointsValidityDays", "redeemPointsPerYuan", "redeemMinPoints", "redeemMaxSharePct", "certifiedStacks"];

export function ProgramForm({ program, onSaved }: { program: LoyaltyProgramFieldsFragment; onSaved: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const { can } = useSession();
  const [save] = useMutation(LoyaltyProgramSaveDocument);
  const editable = can("MANAGE_LOYALTY");
  useEffect(() => {
    form.setFieldsValue({ ...program, certifiedDiscounts: gradeDiscountRows(program.certifiedDiscounts) });
  }, [form, program]);
  return (
    <ProForm
      form={form}
      layout="horizontal"
      labelCol={{ span: 6 }}
      wrapperCol={{ span: 14 }}
      disabled={!editable}
      submitter={editable ? { searchConfig: { submitText: "保存设置" }, resetButtonProps: false } : false}
      onFinish={async (v) => {
        const ok = await submitMutation(
          async () => (await save({ variables: { input: {
            tierWindowDays: v.tierWindowDays,
            pointsValidityDays: v.pointsValidityDays,
            redeemPointsPerYuan: v.redeemPointsPerYuan,
            redeemMinPoints: v.redeemMinPoints,
            redeemMaxSharePct: v.redeemMaxSharePct,
            certifiedDiscounts: gradeDiscountInput(v.certifiedDiscounts),
            certifiedStacks: !!v.certifiedStacks,
          } } })).data?.loyaltyProgramSave,
          { form, fields: FIELDS, notify: message, success: "积分与等级设置已保存" },
        );
        if (ok) onSaved();
        return ok;
      }}
    >
      <ProFormDigit name="tierWindowDays" label="定级周期（天）" tooltip="按最近这些天的消费金额与加油升数评定等级" fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <ProFormDigit name="pointsValidityDays" label="积分有效期（天）" fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <ProFormDigit name="redeemPointsPerYuan" label="抵扣比例（积分/元）" tooltip="多少积分抵扣 1 元" fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <ProFormDigit name="redeemMinPoints" label="单笔最低抵扣积分" fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <ProFormDigit name="redeemMaxSharePct" label="单笔抵扣上限（%）" tooltip="积分最多抵扣订单应付金额的百分比" fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <GradeDiscountTable name="certifiedDiscounts" label="网约车司机优惠" />
      <ProFormSwitch name="certifiedStacks" label="与会员价叠加" tooltip="关闭时，会员价与网约车优惠取优惠更多的一项" />
    </ProForm>
  );
}
