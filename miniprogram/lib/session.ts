// The member's session: the access token and refresh token kept in storage, refreshed when the API says the
// access token has expired (a refresh token is used once; the new pair replaces it).
const TOKEN = "forecourt.token";
const REFRESH = "forecourt.refreshToken";

export interface Tokens {
  token: string;
  refreshToken: string;
}

export function tokens(): Tokens | null {
  const token = wx.getStorageSync(TOKEN) as string;
  const refreshToken = wx.getStorageSync(REFRESH) as string;
  return token && refreshToken ? { token, refreshToken } : null;
}

export function save(next: Tokens): void {
  wx.setStorageSync(TOKEN, next.token);
  wx.setStorageSync(REFRESH, next.refreshToken);
}

export function clear(): void {
  wx.removeStorageSync(TOKEN);
  wx.removeStorageSync(REFRESH);
}
