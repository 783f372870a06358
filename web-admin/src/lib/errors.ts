// Payload errors from the API, mapped onto form fields (field paths are the input's camelCase names).

export interface PayloadError {
  field?: string | null;
  message: string;
  code?: string;
}

export interface FieldErrors {
  fields: { name: (string | number)[]; errors: string[] }[];
  general: string[];
}

export function mapPayloadErrors(errors: readonly PayloadError[], known?: readonly string[]): FieldErrors {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const field = error.field ?? null;
    if (field && (!known || known.includes(field.split(".")[0]))) {
      byField.set(field, [...(byField.get(field) ?? []), error.message]);
    } else {
      general.push(error.message);
    }
  }
  return {
    fields: [...byField.entries()].map(([field, messages]) => ({
      name: field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: messages,
    })),
    general,
  };
}

/** The message of a top-level GraphQL error, in Chinese, for a toast. */
export function topLevelMessage(error: unknown): string {
  const gql = (error as { errors?: { message: string; extensions?: { code?: string } }[] })?.errors?.[0];
  const code = gql?.extensions?.code;
  if (code === "FORBIDDEN") return gql?.message ?? "没有权限执行此操作";
  if (code === "UNAUTHENTICATED") return "登录已过期，请重新登录";
  if (gql?.message) return gql.message;
  return "网络异常，请稍后重试";
}
