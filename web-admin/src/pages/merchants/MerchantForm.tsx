import { ModalForm, ProFormDependency, ProFormDigit, ProFormSelect, ProFormText } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Form } from "antd";
import { MerchantAccountSetDocument, type MerchantAccountsQuery } from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";
import { CHANNEL } from "./labels";

type Merchant = MerchantAccountsQuery["paymentMerchants"][number];

const FIELDS = ["channel", "mchId", "appId", "payeeName", "apiKey", "apiV3Key", "apiBaseUrl", "feeRateBp"];

interface Values {
  channel: string;
  mchId: string;
  appId: string;
  payeeName: string;
  apiKey?: string;
  apiV3Key?: string;
  apiBaseUrl?: string;
  feeRateBp?: number;
}

/** Create or change a station's merchant account; the keys are write-only: left empty, they are kept. */
export function MerchantForm({ stationId, merchant, trigger, onDone }: {
  stationId: string;
  merchant?: Merchant;
  trigger: JSX.Element;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [save] = useMutation(MerchantAccountSetDocument);
  const keep = merchant ? "已设置，留空则不修改" : undefined;

  const finish = async (values: Values) => {
    const ok = await submitMutation(async () => (await save({ variables: { input: {
      stationId, channel: values.channel, mchId: values.mchId.trim(), appId: values.appId.trim(),
      payeeName: values.payeeName, apiKey: values.apiKey || null, apiV3Key: values.apiV3Key || null,
      apiBaseUrl: values.apiBaseUrl?.trim() || null, feeRateBp: values.feeRateBp ?? null,
    } } })).data?.paymentMerchantSet, { form, fields: FIELDS, notify: message, success: "商户号已保存" });
    if (ok) onDone();
    return ok;
  };

  return (
    <ModalForm<Values>
      title={merchant ? `编辑${CHANNEL[merchant.channel] ?? merchant.channel}商户号` : "新增商户号"}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      initialValues={merchant
        ? { channel: merchant.channel, mchId: merchant.mchId, appId: merchant.appId, payeeName: merchant.payeeName,
          apiBaseUrl: merchant.apiBaseUrl, feeRateBp: merchant.feeRateBp }
        : { channel: "wechat" }}
      onFinish={finish}
    >
      <ProFormSelect name="channel" label="支付渠道" disabled={merchant !== undefined} rules={[{ required: true }]}
        options={Object.entries(CHANNEL).map(([value, label]) => ({ value, label }))} />
      <ProFormDependency name={["channel"]}>
        {({ channel }) => (
          <>
            <ProFormText name="mchId" label={channel === "alipay" ? "支付宝 PID" : "商户号（mchid）"}
              rules={[{ required: true, message: "请填写商户号" }]} />
            <ProFormText name="appId" label="AppID" rules={[{ required: true, message: "请填写 AppID" }]} />
            <ProFormText name="payeeName" label="收款方名称（向车主展示）"
              rules={[{ required: true, message: "请填写收款方名称" }, { max: 64, message: "最多 64 个字" }]} />
            <ProFormText.Password name="apiKey" label={channel === "alipay" ? "应用私钥（PEM）" : "API 密钥"}
              placeholder={keep} fieldProps={{ autoComplete: "new-password", visibilityToggle: false }}
              rules={merchant ? [] : [{ required: true, message: "请填写密钥" }]} />
            {channel !== "alipay" && (
              <ProFormText.Password name="apiV3Key" label="APIv3 密钥（解密支付通知）" placeholder={keep ?? "可选"}
                fieldProps={{ autoComplete: "new-password", visibilityToggle: false }} />
            )}
          </>
        )}
      </ProFormDependency>
      <ProFormText name="apiBaseUrl" label="接口地址" placeholder="留空使用渠道的正式地址" />
      <ProFormDigit name="feeRateBp" label="费率（万分之一，38 即 0.38%）" min={0} max={1000} fieldProps={{ precision: 0 }} />
    </ModalForm>
  );
}
