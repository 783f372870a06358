import { ModalForm, ProFormSelect, ProFormText } from "@ant-design/pro-components";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Form } from "antd";
import {
  RegionsDocument,
  StationCreateDocument,
  StationUpdateDocument,
  ViewerDocument,
  type StationFieldsFragment,
} from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";

type Station = StationFieldsFragment;

function coordinate(bound: number) {
  return {
    validator: async (_: unknown, value?: string) => {
      const text = value?.trim();
      if (!text) return;
      const number = Number(text);
      if (!Number.isFinite(number) || Math.abs(number) > bound) throw new Error(`请输入 -${bound} 到 ${bound} 之间的数字`);
    },
  };
}

const FIELDS = ["code", "name", "regionId", "address", "phone", "latitude", "longitude", "openingHours", "photoUrl", "timeZone"];

export function StationForm({ station, trigger, onDone }: { station?: Station; trigger: JSX.Element; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const regions = useQuery(RegionsDocument);
  const [create] = useMutation(StationCreateDocument, { refetchQueries: [ViewerDocument] });
  const [update] = useMutation(StationUpdateDocument);

  const finish = async (values: Record<string, string | undefined>) => {
    const input = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? null]));
    const ok = await submitMutation(
      async () =>
        station
          ? (await update({ variables: { input: { ...input, id: station.id } } })).data?.stationUpdate
          : (await create({ variables: { input: input as never } })).data?.stationCreate,
      { form, fields: FIELDS, notify: message, success: station ? "站点已保存" : "站点已创建" },
    );
    if (ok) onDone();
    return ok;
  };

  return (
    <ModalForm
      title={station ? `编辑站点 ${station.code}` : "新建站点"}
      name={station ? `station-${station.id}` : "station-new"}
      form={form}
      trigger={trigger}
      modalProps={{ destroyOnHidden: true }}
      initialValues={
        station
          ? { ...station, regionId: station.region?.id, latitude: station.latitude ?? undefined }
          : { timeZone: "Asia/Shanghai" }
      }
      onFinish={finish}
    >
      <ProFormText name="code" label="站点编码" rules={[{ required: true, message: "请填写站点编码" }, { max: 32, message: "最长 32 位" }, { pattern: /^[A-Za-z0-9_-]+$/, message: "只能包含字母、数字、下划线和短横线" }]} />
      <ProFormText name="name" label="站点名称" rules={[{ required: true, message: "请填写站点名称" }, { max: 100, message: "最长 100 个字" }]} />
      <ProFormSelect name="regionId" label="所属片区" options={(regions.data?.regions ?? []).map((r) => ({ value: r.id, label: r.name }))} />
      <ProFormText name="address" label="地址" rules={[{ max: 200, message: "最长 200 个字" }]} />
      <ProFormText name="phone" label="电话" rules={[{ pattern: /^[0-9+\-() ]{5,32}$/, message: "电话号码格式不正确" }]} />
      <ProFormText name="latitude" label="纬度" rules={[coordinate(90)]} />
      <ProFormText name="longitude" label="经度" rules={[coordinate(180)]} />
      <ProFormText name="openingHours" label="营业时间" placeholder="例如 06:00-22:00" rules={[{ max: 100, message: "最长 100 个字" }]} />
      <ProFormText name="photoUrl" label="照片地址" rules={[{ max: 500, message: "最长 500 个字" }]} />
      <ProFormText name="timeZone" label="时区" />
    </ModalForm>
  );
}
