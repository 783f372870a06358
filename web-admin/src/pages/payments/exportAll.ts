// Every row of a filter for an export, page after page along the cursors, up to a limit.

export const EXPORT_LIMIT = 10_000;
const PAGE = 100;

export type ExportPage<T> = (first: number, after: string | null) => Promise<{
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}>;

export async function collectAll<T>(fetch: ExportPage<T>, limit = EXPORT_LIMIT): Promise<{ rows: T[]; complete: boolean }> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetch(PAGE, after);
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { rows, complete: true };
    if (rows.length >= limit) return { rows, complete: false };
    after = page.pageInfo.endCursor ?? null;
  }
}
