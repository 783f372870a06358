// The API gives a report's Excel workbook base64-encoded (fetched with the signed-in session); saved as a file.

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file name without characters that file systems refuse. */
export function workbookName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, "_")}.xlsx`;
}

export function saveWorkbook(base64: string, title: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = workbookName(title);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
