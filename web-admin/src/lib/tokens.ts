// Access and refresh tokens: stored in localStorage, refreshed once at a time, before they expire.

export interface Tokens {
  token: string;
  refreshToken: string;
}

const KEY = "forecourt.tokens";
const EARLY_MS = 60_000;

export interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function expiresAt(token: string): number | null {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
    return typeof payload.exp === "number" ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

export type Refresher = (refreshToken: string) => Promise<Tokens | null>;

export class TokenStore {
  private inFlight: Promise<string | null> | null = null;
  private listeners = new Set<(tokens: Tokens | null) => void>();

  constructor(
    private readonly storage: TokenStorage,
    private readonly refresher: Refresher,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Tokens | null {
    const raw = this.storage.getItem(KEY);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as Tokens;
    } catch {
      return null;
    }
  }

  set(tokens: Tokens | null): void {
    if (tokens) this.storage.setItem(KEY, JSON.stringify(tokens));
    else this.storage.removeItem(KEY);
    this.listeners.forEach((listener) => listener(tokens));
  }

  subscribe(listener: (tokens: Tokens | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  needsRefresh(token: string): boolean {
    const exp = expiresAt(token);
    return exp !== null && exp - this.now() < EARLY_MS;
  }

  /** A valid access token: refreshed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    const tokens = this.get();
    if (!tokens) return null;
    if (!this.needsRefresh(tokens.token)) return tokens.token;
    return this.refresh();
  }

  /** Refresh the tokens; concurrent callers share one request (a refresh token is single-use). */
  refresh(): Promise<string | null> {
    if (this.inFlight) return this.inFlight;
    const tokens = this.get();
    if (!tokens) return Promise.resolve(null);
    this.inFlight = this.refresher(tokens.refreshToken)
      .then((fresh) => {
        this.set(fresh);
        return fresh ? fresh.token : null;
      })
      .catch(() => {
        this.set(null);
        return null;
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }
}
