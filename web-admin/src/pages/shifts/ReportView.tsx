import { DownloadOutlined, PrinterOutlined } from "@ant-design/icons";
import { Button, Descriptions, Radio, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import type { SalesReportFieldsFragment } from "../../gql/graphql";
import { formatTime, formatYuan } from "../../lib/format";
import { formatLitres, meterDifference, overShort, SHIFT_STATUS } from "./labels";

type Report = SalesReportFieldsFragment;
type Meter = Report["meters"][number];
type MeterReading = Meter["opening"];
type Row = Report["byTender"][number] & { volume?: { ml: number } };

const PAPER = { 58: "58mm", 80: "80mm" } as const;

// Printing shows only the report, laid out on the chosen thermal paper width.
function printStyle(paper: 58 | 80): string {
  return `@media print {
  body * { visibility: hidden; }
  .fc-report-print, .fc-report-print * { visibility: visible; }
  .fc-report-print { display: block !important; position: absolute; left: 0; top: 0; width: ${PAPER[paper]}; }
}
@page { size: ${PAPER[paper]} auto; margin: 2mm; }`;
}

export function OverShortTag({ fen }: { fen: number | null | undefined }) {
  const value = overShort(fen);
  const color = { over: "orange", short: "red", even: "green", none: undefined }[value.kind];
  return value.kind === "none" ? <span>—</span> : <Tag color={color} data-testid="over-short">{value.text}</Tag>;
}

function rowsTable(title: string, rows: readonly Row[], volume: boolean) {
  return (
    <Table<Row>
      size="small"
      pagination={false}
      rowKey="key"
      title={() => <Typography.Text strong>{title}</Typography.Text>}
      dataSource={[...rows]}
      locale={{ emptyText: "无" }}
      columns={[
        { title: "项目", dataIndex: "key" },
        { title: "笔数", dataIndex: "count" },
        ...(volume ? [{ title: "升数", render: (_: unknown, r: Row) => formatLitres(r.volume?.ml ?? 0) }] : []),
        { title: "金额", render: (_: unknown, r: Row) => formatYuan(r.amount.fen) },
      ]}
    />
  );
}

function MeterDifferenceTag({ meter }: { meter: Meter }) {
  const value = meterDifference(meter.difference?.ml, meter.flagged);
  if (value.kind === "none") return <span>—</span>;
  return <Tag color={value.kind === "flagged" ? "red" : "green"} data-testid="meter-difference">{value.text}</Tag>;
}

function readingCell(reading: MeterReading) {
  if (!reading) return "—";
  const source = reading.source === "FUELING" ? "末笔加油" : "泵码读数";
  return (
    <span title={`${source} ${formatTime(reading.readAt)}`}>{formatLitres(reading.totalizer.ml)}</span>
  );
}

// Per nozzle, the totalizer at open and close against the fuelings between; a flagged row stands out.
function metersTable(meters: readonly Meter[]) {
  return (
    <Table<Meter>
      size="small"
      pagination={false}
      rowKey="nozzleNumber"
      title={() => <Typography.Text strong>泵码核对</Typography.Text>}
      dataSource={[...meters]}
      onRow={(m) => ({ style: m.flagged ? { background: "#fff1f0" } : undefined })}
      data-testid="meters"
      columns={[
        { title: "油枪", render: (_, m) => `${m.nozzleNumber}号枪` },
        { title: "开班泵码", render: (_, m) => readingCell(m.opening) },
        { title: "交班泵码", render: (_, m) => readingCell(m.closing) },
        { title: "泵码升数", render: (_, m) => (m.metered ? formatLitres(m.metered.ml) : "—") },
        { title: "加油笔数", dataIndex: "fuelingCount" },
        { title: "加油升数", render: (_, m) => formatLitres(m.fuelingVolume.ml) },
        { title: "差异", render: (_, m) => <MeterDifferenceTag meter={m} /> },
      ]}
    />
  );
}

function PrintLines({ title, rows, volume }: { title: string; rows: readonly Row[]; volume: boolean }) {
  return (
    <>
      <div style={{ borderTop: "1px dashed #000", marginTop: 4 }}>{title}</div>
      {rows.map((r) => (
        <div key={r.key} style={{ display: "flex", justifyContent: "space-between" }}>
          <span>{r.key} {r.count}笔{volume && r.volume ? ` ${formatLitres(r.volume.ml)}` : ""}</span>
          <span>{formatYuan(r.amount.fen)}</span>
        </div>
      ))}
    </>
  );
}

function Printable({ report }: { report: Report }) {
  const cash = report.shifts;
  return (
    <div className="fc-report-print" style={{ display: "none", fontSize: 11, fontFamily: "monospace" }}>
      <div style={{ textAlign: "center", fontWeight: 600 }}>{report.stationName}</div>
      <div style={{ textAlign: "center" }}>{report.title}</div>
      <div>打印时间 {formatTime(new Date().toISOString())}</div>
      <div>订单 {report.orders} 笔 销售 {formatYuan(report.sales.fen)}</div>
      <div>退款 {formatYuan(report.refunds.fen)} 逃单 {report.driveOffs} 笔 {formatYuan(report.driveOffAmount.fen)}</div>
      <PrintLines title="按支付方式" rows={report.byTender} volume={false} />
      <PrintLines title="按油品" rows={report.byGrade} volume />
      <PrintLines title="按油枪" rows={report.byNozzle} volume />
      {report.meters.length > 0 && <div style={{ borderTop: "1px dashed #000", marginTop: 4 }}>泵码核对</div>}
      {report.meters.map((m) => (
        <div key={m.nozzleNumber}>
          {m.nozzleNumber}号枪 泵码 {m.metered ? formatLitres(m.metered.ml) : "—"} 加油{" "}
          {formatLitres(m.fuelingVolume.ml)} {meterDifference(m.difference?.ml, m.flagged).text}
        </div>
      ))}
      <div style={{ borderTop: "1px dashed #000", marginTop: 4 }}>现金清点</div>
      {cash.map((s) => (
        <div key={s.id}>
          第 {s.number} 班 应有 {s.expectedCash ? formatYuan(s.expectedCash.fen) : "—"} 实点{" "}
          {s.countedCash ? formatYuan(s.countedCash.fen) : "—"} {overShort(s.overShort?.fen).text}
        </div>
      ))}
    </div>
  );
}

/** A shift's or a day's report: totals per tender, grade and nozzle, refunds, drive-offs, the cash count and
 * (a shift's) the per-nozzle meter comparison. */
export function ReportView({ report, onDownload, downloading }: {
  report: Report;
  onDownload: () => void;
  downloading: boolean;
}) {
  const [paper, setPaper] = useState<58 | 80>(80);
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="middle" data-testid="sales-report">
      <style>{printStyle(paper)}</style>
      <Space wrap>
        <Radio.Group value={paper} onChange={(e) => setPaper(e.target.value)} optionType="button"
          options={[{ value: 58, label: "58 mm" }, { value: 80, label: "80 mm" }]} />
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="report-print">打印</Button>
        <Button icon={<DownloadOutlined />} onClick={onDownload} loading={downloading} data-testid="report-xlsx">
          下载 Excel
        </Button>
      </Space>
      <Descriptions column={3} size="small" bordered title={report.title}>
        <Descriptions.Item label="订单数">{report.orders}</Descriptions.Item>
        <Descriptions.Item label="销售额">{formatYuan(report.sales.fen)}</Descriptions.Item>
        <Descriptions.Item label="退款">{formatYuan(report.refunds.fen)}</Descriptions.Item>
        <Descriptions.Item label="逃单">{report.driveOffs} 笔</Descriptions.Item>
        <Descriptions.Item label="逃单金额">{formatYuan(report.driveOffAmount.fen)}</Descriptions.Item>
        <Descriptions.Item label="班次">{report.shifts.length}</Descriptions.Item>
      </Descriptions>
      {rowsTable("按支付方式", report.byTender, false)}
      {report.refundsByTender.length > 0 && rowsTable("退款（按支付方式）", report.refundsByTender, false)}
      {rowsTable("按油品", report.byGrade, true)}
      {rowsTable("按油枪", report.byNozzle, true)}
      {report.meters.length > 0 && metersTable(report.meters)}
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        title={() => <Typography.Text strong>现金清点</Typography.Text>}
        dataSource={[...report.shifts]}
        columns={[
          { title: "班次", render: (_, s) => `第 ${s.number} 班` },
          { title: "状态", render: (_, s) => SHIFT_STATUS[s.status]?.text ?? s.status },
          { title: "收银员", render: (_, s) => s.cashierName ?? "—" },
          { title: "备用金", render: (_, s) => formatYuan(s.openingCash.fen) },
          { title: "应有现金", render: (_, s) => (s.expectedCash ? formatYuan(s.expectedCash.fen) : "—") },
          { title: "实点现金", render: (_, s) => (s.countedCash ? formatYuan(s.countedCash.fen) : "—") },
          { title: "长短款", render: (_, s) => <OverShortTag fen={s.overShort?.fen} /> },
          { title: "原因", render: (_, s) => s.overShortReason ?? "" },
        ]}
      />
      <Printable report={report} />
    </Space>
  );
}
