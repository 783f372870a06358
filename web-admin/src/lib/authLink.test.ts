import { ApolloClient, ApolloLink, gql, InMemoryCache, type TypedDocumentNode } from "@apollo/client";
import { of } from "rxjs";
import { describe, expect, it, vi } from "vitest";
import { authLink } from "./authLink";
import { TokenStore, type TokenStorage, type Tokens } from "./tokens";

const VIEWER: TypedDocumentNode<{ viewer: { id: string } }, { n: number }> = gql`
  query Viewer($n: Int) {
    viewer(n: $n) { id }
  }
`;

function memory(): TokenStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function jwt(expSeconds: number): string {
  return `h.${btoa(JSON.stringify({ exp: expSeconds })).replace(/=+$/, "")}.s`;
}

/** A server that accepts only `valid` as the bearer token. */
function server(valid: string) {
  const seen: (string | undefined)[] = [];
  const link = new ApolloLink((operation) => {
    const auth = operation.getContext().headers?.authorization as string | undefined;
    seen.push(auth);
    return of(
      auth === `Bearer ${valid}`
        ? { data: { viewer: { __typename: "StaffUser", id: "1" } } }
        : { errors: [{ message: "请先登录", extensions: { code: "UNAUTHENTICATED" } }] },
    );
  });
  return { link, seen };
}

function deferred() {
  let resolve: (value: Tokens | null) => void = () => {};
  const promise = new Promise<Tokens | null>((r) => (resolve = r));
  return { promise, resolve };
}

function setUp(valid: string, refresher: (refreshToken: string) => Promise<Tokens | null>, now = 1_000_000) {
  const store = new TokenStore(memory(), refresher, () => now);
  const expired = vi.fn();
  const api = server(valid);
  const client = new ApolloClient({ link: ApolloLink.from([authLink(store, expired), api.link]), cache: new InMemoryCache() });
  const ask = (n: number) => client.query({ query: VIEWER, variables: { n }, fetchPolicy: "network-only" });
  return { store, expired, seen: api.seen, ask };
}

describe("authLink", () => {
  it("refreshes once for concurrent rejected requests and retries each with the new token", async () => {
    const pending = deferred();
    const refresher = vi.fn(() => pending.promise);
    const { store, expired, seen, ask } = setUp("fresh", refresher);
    store.set({ token: "stale", refreshToken: "r1" });
    const answers = Promise.all([ask(1), ask(2)]);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 0));
    pending.resolve({ token: "fresh", refreshToken: "r2" });
    const results = await answers;
    expect(results.map((r) => r.data?.viewer.id)).toEqual(["1", "1"]);
    expect(refresher).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(["Bearer stale", "Bearer stale", "Bearer fresh", "Bearer fresh"]);
    expect(store.get()).toEqual({ token: "fresh", refreshToken: "r2" });
    expect(expired).not.toHaveBeenCalled();
  });

  it("refreshes ahead of a token about to expire, without a rejected request", async () => {
    const fresh = jwt(9_000);
    const refresher = vi.fn(async () => ({ token: fresh, refreshToken: "r2" }));
    const { store, seen, ask } = setUp(fresh, refresher);
    store.set({ token: jwt(1_030), refreshToken: "r1" });
    await ask(1);
    expect(seen).toEqual([`Bearer ${fresh}`]);
  });

  it("reports the session expired when the refresh is refused", async () => {
    const { store, expired, ask } = setUp("fresh", async () => null);
    store.set({ token: "stale", refreshToken: "revoked" });
    await expect(ask(1)).rejects.toThrow("请先登录");
    expect(expired).toHaveBeenCalledTimes(1);
    expect(store.get()).toBeNull();
  });

  it("reports the session expired when an expired token cannot be refreshed before the request", async () => {
    const { store, expired, seen, ask } = setUp("fresh", async () => null);
    store.set({ token: jwt(900), refreshToken: "revoked" });
    await expect(ask(1)).rejects.toThrow();
    expect(seen).toEqual([undefined]);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it("retries only once when the new token is rejected too", async () => {
    const refresher = vi.fn(async () => ({ token: "also-bad", refreshToken: "r2" }));
    const { store, expired, seen, ask } = setUp("fresh", refresher);
    store.set({ token: "stale", refreshToken: "r1" });
    await expect(ask(1)).rejects.toThrow();
    expect(seen).toEqual(["Bearer stale", "Bearer also-bad"]);
    expect(refresher).toHaveBeenCalledTimes(1);
    expect(expired).toHaveBeenCalledTimes(1);
  });
});
