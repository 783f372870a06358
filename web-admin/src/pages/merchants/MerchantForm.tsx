import {
  ModalForm, ProFormDependency, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea,
} from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { App, Divider, Form, Tag, type FormRule } from "antd";
import { MerchantAccountSetDocument, type MerchantAccountsQuery } from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";
import { CHANNEL } from "./labels";
import { formField, MERCHANT_FIELDS, merchantInput, type MerchantValues } from "./merchantInput";

type Merchant = MerchantAccountsQuery["paymentMerchants"][number];

const SECRET = { autoComplete: "new-password", visibilityToggle: false } as const;
const PLATFORM_KEY_TOGETHER: FormRule = ({ getFieldValue }) => ({
  validator: (_, value?: string) => (Boolean((getFieldValue("platformKeyId") as string | undefined)?.trim())
    === Boolean(value?.trim()) ? Promise.resolve() : Promise.reject(new Error("公钥 ID 与公钥须一起填写"))),
});

/** Create or change a station's merchant account; the keys are write-only: left empty, they are kept. */
export function MerchantForm({ stationId, merchant, trigger, onDone }: {
  stationId: string;
  merchant?: Merchant;
  trigger: JSX.Element;
  onDone: () => void;
}) {
  const [form] = Form.useForm<MerchantValues>();
  const { message } = App.useApp();
  const [save] = useMutation(MerchantAccountSetDocument);
  const keep = merchant ? "已设置，留空则不修改" : undefined;
  const privateKeyHeld = Boolean(merchant?.merchantSerial);

  const finish = async (values: MerchantValues) => {
    const ok = await submitMutation(async () => {
      const payload = (await save({ variables: { input: merchantInput(stationId, values) } })).data?.paymentMerchantSet;
      return payload && { ...payload, errors: payload.errors.map(formField) };
    }, { form, fields: MERCHANT_FIELDS, notify: message, success: "商户号已保存" });
    if (ok) onDone();
    return ok;
  };

  return (
    <ModalForm<MerchantValues>
      title={merchant ? `编辑${CHANNEL[merchant.channel] ?? merchant.channel}商户号` : "新增商户号"}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      initialValues={merchant
        ? { channel: merchant.channel, mchId: merchant.mchId, appId: merchant.appId, payeeName: merchant.payeeName,
          apiBaseUrl: merchant.apiBaseUrl, feeRateBp: merchant.feeRateBp,
          miniProgramAppId: merchant.miniProgramAppId ?? undefined, merchantSerial: merchant.merchantSerial ?? undefined }
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
              placeholder={keep} fieldProps={SECRET}
              rules={merchant ? [] : [{ required: true, message: "请填写密钥" }]} />
            {channel !== "alipay" && (
              <>
                <ProFormText.Password name="apiV3Key" label="APIv3 密钥（解密支付通知）" placeholder={keep ?? "可选"}
                  fieldProps={SECRET} />
                <Divider orientation="left" plain>
                  小程序支付（JSAPI）{merchant?.jsapiConfigured
                    ? <Tag color="success" data-testid="merchant-jsapi-configured">已配置</Tag>
                    : <Tag>未配置</Tag>}
                </Divider>
                <ProFormText name="miniProgramAppId" label="小程序 AppID" placeholder="wx 开头，留空则使用上面的 AppID" />
                <ProFormText name="merchantSerial" label="商户 API 证书序列号" placeholder="40 位十六进制" />
                <ProFormTextArea name="merchantPrivateKey" label="商户 API 私钥（apiclient_key.pem）"
                  tooltip="只写不读：保存后加密存储，不会再显示"
                  placeholder={privateKeyHeld ? "已配置，留空则不修改" : "-----BEGIN PRIVATE KEY-----"}
                  fieldProps={{ rows: 4, autoComplete: "off", spellCheck: false }} />
                <ProFormText name="platformKeyId" label="微信支付公钥 ID"
                  placeholder={merchant?.platformKeySerials.length
                    ? `已有 ${merchant.platformKeySerials.join("、")}，填写则替换` : "PUB_KEY_ID_..."} />
                <ProFormTextArea name="platformKeyPem" label="微信支付公钥（PEM）"
                  placeholder="-----BEGIN PUBLIC KEY-----" fieldProps={{ rows: 3, spellCheck: false }}
                  dependencies={["platformKeyId"]}
                  rules={[PLATFORM_KEY_TOGETHER]} />
              </>
            )}
          </>
        )}
      </ProFormDependency>
      <ProFormText name="apiBaseUrl" label="接口地址" placeholder="留空使用渠道的正式地址" />
      <ProFormDigit name="feeRateBp" label="费率（万分之一，38 即 0.38%）" min={0} max={1000} fieldProps={{ precision: 0 }} />
    </ModalForm>
  );
}
