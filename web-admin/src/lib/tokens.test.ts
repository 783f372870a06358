import { describe, expect, it, vi } from "vitest";
import { TokenStore, type TokenStorage } from "./tokens";

function memory(): TokenStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function jwt(expSeconds: number): string {
  const payload = btoa(JSON.stringify({ exp: expSeconds })).replace(/=+$/, "");
  return `h.${payload}.s`;
}

describe("TokenStore", () => {
  it("keeps a token that is not about to expire", async () => {
    const refresher = vi.fn();
    const store = new TokenStore(memory(), refresher, () => 1_000_000);
    store.set({ token: jwt(2_000), refreshToken: "r1" });
    expect(await store.accessToken()).toBe(jwt(2_000));
    expect(refresher).not.toHaveBeenCalled();
  });

  it("refreshes a token about to expire, once for concurrent callers", async () => {
    let resolve: (v: { token: string; refreshToken: string }) => void = () => {};
    const refresher = vi.fn(() => new Promise<{ token: string; refreshToken: string }>((r) => (resolve = r)));
    const store = new TokenStore(memory(), refresher, () => 1_000_000);
    store.set({ token: jwt(1_030), refreshToken: "r1" });
    const calls = [store.accessToken(), store.accessToken(), store.refresh()];
    resolve({ token: jwt(5_000), refreshToken: "r2" });
    expect(await Promise.all(calls)).toEqual([jwt(5_000), jwt(5_000), jwt(5_000)]);
    expect(refresher).toHaveBeenCalledTimes(1);
    expect(refresher).toHaveBeenCalledWith("r1");
    expect(store.get()?.refreshToken).toBe("r2");
  });

  it("signs out when the refresh is refused", async () => {
    const store = new TokenStore(memory(), async () => null, () => 1_000_000);
    const seen: unknown[] = [];
    store.subscribe((t) => seen.push(t));
    store.set({ token: jwt(1_010), refreshToken: "r1" });
    expect(await store.accessToken()).toBeNull();
    expect(store.get()).toBeNull();
    expect(seen.at(-1)).toBeNull();
  });
});
