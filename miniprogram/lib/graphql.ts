// A small GraphQL client over wx.request for /mp/graphql: it sends the hash of a trusted document (never a
// query text), retries lost requests with the very same body (so an idempotency key in the variables is
// reused), and refreshes the member's access token once when the API answers UNAUTHENTICATED.
import { getConfig } from "./config";
import { DOCUMENTS, type OperationName } from "./documents";
import * as session from "./session";

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

export class GraphQLRequestError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly errors: GraphQLErrorShape[]) {
    super(message);
  }
}

export const RETRIES = 3;
const PUBLIC: OperationName[] = ["MemberWechatLogin", "MemberTokenRefresh"];
let refreshing: Promise<boolean> | null = null;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] };
}

function post(body: object, token: string | null): Promise<Answer> {
  return new Promise((resolve, reject) => {
    wx.request({
      url: `${getConfig().apiBaseUrl}/mp/graphql`,
      method: "POST",
      data: body,
      header: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      timeout: 15000,
      success: (res) => resolve({ status: res.statusCode, body: (res.data || {}) as Answer["body"] }),
      fail: (err) => reject(new GraphQLRequestError(err.errMsg || "网络异常", "NETWORK", [])),
    });
  });
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function send(body: object, token: string | null): Promise<Answer> {
  let last: unknown;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      const answer = await post(body, token);
      if (answer.status < 500 && answer.status !== 429) return answer;
      last = new GraphQLRequestError("服务暂时不可用，请稍后再试", "UNAVAILABLE", []);
    } catch (error) {
      last = error;
    }
    await wait(300 * 3 ** attempt);
  }
  throw last;
}

async function refresh(): Promise<boolean> {
  const current = session.tokens();
  if (!current) return false;
  const answer = await send({ id: DOCUMENTS.MemberTokenRefresh, operationName: "MemberTokenRefresh",
    variables: { input: { refreshToken: current.refreshToken } } }, null);
  const payload = answer.body.data?.memberTokenRefresh as { token?: string; refreshToken?: string } | undefined;
  if (payload?.token && payload.refreshToken) {
    session.save({ token: payload.token, refreshToken: payload.refreshToken });
    return true;
  }
  session.clear();
  return false;
}

export async function execute<T = Record<string, any>>(name: OperationName,
                                                        variables: Record<string, unknown> = {}): Promise<T> {
  const body = { id: DOCUMENTS[name], operationName: name, variables };
  const authenticated = !PUBLIC.includes(name);
  for (let round = 0; round < 2; round++) {
    const answer = await send(body, authenticated ? session.tokens()?.token ?? null : null);
    const errors = answer.body.errors || [];
    const code = errors[0]?.extensions?.code;
    if (code === "UNAUTHENTICATED" && authenticated && round === 0) {
      refreshing = refreshing || refresh().finally(() => { refreshing = null; });
      if (await refreshing) continue;
    }
    if (errors.length || answer.status >= 400) {
      throw new GraphQLRequestError(errors[0]?.message || `请求失败（${answer.status}）`, code, errors);
    }
    return answer.body.data as T;
  }
  throw new GraphQLRequestError("登录已过期，请重新登录", "UNAUTHENTICATED", []);
}
