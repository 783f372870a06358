// Server-side pagination of keyset connections in ProTable: page N starts after page N-1's end cursor.
import { useRef } from "react";

export interface PageOf<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

export type PageFetcher<T> = (first: number, after: string | null) => Promise<PageOf<T>>;

export class CursorBook {
  private cursors = new Map<string, (string | null)[]>();

  /** Rows of page `current` (1-based): fetches earlier pages first when their cursors are unknown. */
  async page<T>(key: string, current: number, pageSize: number, fetch: PageFetcher<T>) {
    const bookKey = `${key}|${pageSize}`;
    const starts = this.cursors.get(bookKey) ?? [null];
    this.cursors.set(bookKey, starts);
    let result: PageOf<T> | null = null;
    for (let index = Math.min(starts.length - 1, current - 1); index < current; index += 1) {
      result = await fetch(pageSize, starts[index] ?? null);
      starts[index + 1] = result.pageInfo.endCursor ?? null;
      if (!result.pageInfo.hasNextPage) break;
    }
    return { data: result?.edges.map((e) => e.node) ?? [], total: result?.totalCount ?? 0, success: true };
  }

  reset(): void {
    this.cursors.clear();
  }
}

export function useCursorBook(): CursorBook {
  const book = useRef<CursorBook | null>(null);
  if (!book.current) book.current = new CursorBook();
  return book.current;
}
