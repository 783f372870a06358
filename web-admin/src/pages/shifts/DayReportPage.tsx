import { PageContainer } from "@ant-design/pro-components";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Result, Select, Space, Spin } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useRef, useState } from "react";
import { DayCloseSubmitDocument, DayReportViewDocument, DayReportWorkbookDocument } from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { formatTime, formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { businessToday } from "./labels";
import { ReportView } from "./ReportView";
import { saveWorkbook } from "./workbook";

function DayCloseDialog({ open, stationId, day, onClose, onDone }: {
  open: boolean;
  stationId: string;
  day: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ remark?: string }>();
  const [closeDay, { loading }] = useMutation(DayCloseSubmitDocument);
  const key = useRef(crypto.randomUUID());  // one key per dialog: a retried click closes the day once
  const submit = async () => {
    const { remark } = await form.validateFields();
    const ok = await submitMutation(async () => (await closeDay({ variables: { input: {
      stationId, businessDate: day, idempotencyKey: key.current, remark: remark?.trim() || null,
    } } })).data?.dayClose, { form, fields: ["remark"], notify: message, success: `${day} 已日结` });
    if (ok) onDone();
  };
  return (
    <Modal title={`确认日结 ${day}`} open={open} onCancel={onClose} onOk={() => void submit()} okText="确认日结"
      confirmLoading={loading} destroyOnHidden afterOpenChange={(visible) => { if (visible) key.current = crypto.randomUUID(); }}>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }}
        message="日结后当日的营业数据将被记录且不可更改，本站当日不能再开班。" />
      <Form form={form} layout="vertical">
        <Form.Item name="remark" label="备注" rules={[{ max: 200, message: "最多 200 个字" }]}>
          <Input.TextArea rows={3} placeholder="例如：营业款已存入银行" data-testid="day-close-remark" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A station's day report (日结报表) for a date, with the day close and its closed state. */
export default function DayReportPage() {
  const client = useApolloClient();
  const { message } = App.useApp();
  const { viewer, stationId: current, can } = useSession();
  const [stationId, setStationId] = useState<string | null>(current ?? viewer.stations[0]?.id ?? null);
  const [day, setDay] = useState<Dayjs>(() => dayjs(businessToday()));
  const [closing, setClosing] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const date = day.format("YYYY-MM-DD");
  const { data, error, loading, refetch } = useQuery(DayReportViewDocument, {
    variables: { stationId: stationId ?? "", day: date }, skip: !stationId, fetchPolicy: "network-only",
  });
  const report = data?.dayReport;
  const closed = report?.dayClose;
  const open = report?.shifts.filter((s) => s.status === "OPEN") ?? [];
  const download = async () => {
    if (!stationId) return;
    setDownloading(true);
    try {
      const book = (await client.query({ query: DayReportWorkbookDocument, variables: { stationId, day: date },
        fetchPolicy: "network-only" })).data!.dayReport;
      saveWorkbook(book.xlsx, `${viewer.stations.find((s) => s.id === stationId)?.code ?? ""} ${book.title}`);
    } catch (e) {
      message.error(topLevelMessage(e));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <PageContainer>
      <Space direction="vertical" style={{ width: "100%" }} size="middle">
        <Card size="small">
          <Space wrap>
            <Select data-testid="day-station" style={{ minWidth: 220 }} value={stationId} onChange={setStationId}
              options={viewer.stations.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))} />
            <DatePicker data-testid="day-date" value={day} allowClear={false} onChange={(d) => d && setDay(d)}
              disabledDate={(d) => d.format("YYYY-MM-DD") > businessToday()} />
            {report && !closed && can("MANAGE_SHIFTS") && (
              <Button type="primary" danger disabled={open.length > 0} onClick={() => setClosing(true)}
                data-testid="day-close">日结</Button>
            )}
          </Space>
        </Card>
        {loading && <Spin />}
        {error && <Result status="error" title="无法加载日结报表" subTitle={topLevelMessage(error)} />}
        {report && closed && (
          <Alert type="success" showIcon data-testid="day-closed" message={`${closed.businessDate} 已日结`} description={
            <Descriptions size="small" column={3}>
              <Descriptions.Item label="日结人">{closed.closedByName ?? "—"}</Descriptions.Item>
              <Descriptions.Item label="日结时间">{formatTime(closed.closedAt)}</Descriptions.Item>
              <Descriptions.Item label="备注">{closed.remark ?? "—"}</Descriptions.Item>
              <Descriptions.Item label="记录的订单数">{closed.orders}</Descriptions.Item>
              <Descriptions.Item label="记录的销售额">{formatYuan(closed.sales.fen)}</Descriptions.Item>
              <Descriptions.Item label="记录的长短款">{formatYuan(closed.overShort.fen)}</Descriptions.Item>
            </Descriptions>
          } />
        )}
        {report && !closed && open.length > 0 && (
          <Alert type="info" showIcon data-testid="day-open-shifts"
            message={`第 ${open.map((s) => s.number).join("、")} 班尚未交班，交班后才能日结`} />
        )}
        {report && <ReportView report={report} onDownload={() => void download()} downloading={downloading} />}
      </Space>
      {stationId && (
        <DayCloseDialog open={closing} stationId={stationId} day={date} onClose={() => setClosing(false)}
          onDone={() => { setClosing(false); void refetch(); }} />
      )}
    </PageContainer>
  );
}
