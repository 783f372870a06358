import { DownloadOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { topLevelMessage } from "../../lib/errors";
import { saveCsv, toCsv, type CsvColumn } from "./csv";
import { collectAll, type ExportPage } from "./exportAll";

/** Downloads every row of the current filter as CSV, built in the browser. */
export function ExportButton<T>({ fetch, columns, name, testId }: {
  fetch: ExportPage<T>; columns: CsvColumn<T>[]; name: string; testId: string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { rows, complete } = await collectAll(fetch);
      saveCsv(toCsv(rows, columns), `${name}_${dayjs().format("YYYYMMDD_HHmmss")}`);
      if (complete) message.success(`已导出 ${rows.length} 条`);
      else message.warning(`记录过多，仅导出前 ${rows.length} 条，请缩小筛选范围`);
    } catch (e) {
      message.error(topLevelMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid={testId}>导出 CSV</Button>;
}
