// A parent card's holder manages its child cards (母卡管理): the children with their balances and own limits,
// adding one, allocating money to one or many at once (划拨), taking it back (返款), a child's limits, and the
// parent's statement (lib/cards). Money moves are idempotent: an attempt's key is made once for what is sent
// and sent again on every retry of the same thing (a lost answer replays the first result, never moves twice);
// a different amount is a new attempt with a new key.
import { PayloadError } from "./auth";
import { type Card, viewerCards } from "./cards";
import type { Money } from "./fueling";
import { execute } from "./graphql";
import { newKey } from "./keys";

export interface FamilyCard {
  id: string; number: string; state: string; allows: string[]; balance: { total: Money };
  perTransactionLimit?: Money | null; dailyLimit?: Money | null; monthlyLimit?: Money | null; dailyCountLimit?: number | null;
}
export interface Parent {
  id: string; number: string; state: string; role: string; mode?: string | null; allows: string[];
  balance: { total: Money; principal: Money; bonus: Money }; product: { name: string }; children: FamilyCard[];
}
export interface Limits {
  perTransactionLimitFen: number | null; dailyLimitFen: number | null; monthlyLimitFen: number | null; dailyCountLimit: number | null;
}

export const MODES: Record<string, string> = { ALLOCATED: "划拨额度", SHARED: "共享余额" };

/** The member's own cards that can be parents (not closed). */
export async function parents(): Promise<Card[]> {
  return (await viewerCards()).filter((c) => c.role === "PARENT" && c.state !== "CLOSED");
}

/** One parent card with its children. */
export async function parent(id: string): Promise<Parent> {
  const card = (await execute("CardFamily", { id })).card;
  if (!card) throw new Error("储值卡不存在");
  return card;
}

const attempts = new Map<string, { key: string; body: string }>();

/** The key of the attempt at `what` with `body`: the same while the same thing is retried. */
export function attemptKey(what: string, body: unknown): string {
  const text = JSON.stringify(body);
  const last = attempts.get(what);
  if (last && last.body === text) return last.key;
  const key = newKey(what);
  attempts.set(what, { key, body: text });
  return key;
}

function settled(what: string): void {
  attempts.delete(what);
}

async function run(what: string, operation: "CardAllocate" | "CardTakeBack", field: string, body: Record<string, unknown>) {
  const input = { ...body, idempotencyKey: attemptKey(what, body) };
  const payload = (await execute(operation, { input }))[field];
  if (payload.errors.length) throw new PayloadError(payload.errors);
  settled(what);
  return payload.card;
}

/** Allocate from the parent to each child in one transfer (amounts in fen). */
export function allocate(parentId: string, allocations: { childId: string; amountFen: number }[]) {
  return run(`alloc-${parentId}`, "CardAllocate", "cardAllocate", { parentId, allocations });
}

/** Take money back from a child to its parent: all of it when `amountFen` is null. */
export function takeBack(parentId: string, childId: string, amountFen: number | null) {
  return run(`back-${childId}`, "CardTakeBack", "cardTakeBack",
    { parentId, childId, ...(amountFen === null ? {} : { amountFen }) });
}

export async function addChild(parentId: string, mode: string, number: string, limits: Limits): Promise<{ id: string; number: string }> {
  const input = { parentId, mode, ...(number.trim() ? { number: number.trim() } : {}), ...limits };
  const payload = (await execute("CardChildAdd", { input })).cardChildAdd;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload.card;
}

export async function setLimits(childId: string, limits: Limits): Promise<FamilyCard> {
  const payload = (await execute("CardChildLimitsSet", { input: { childId, ...limits } })).cardChildLimitsSet;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload.card;
}

/** Yuan typed in ("100", "12.5") -> fen; null when empty; throws on anything else. */
export function fen(text: string | null | undefined): number | null {
  const value = String(text ?? "").trim();
  if (!value) return null;
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(value)) throw new Error(`金额格式不正确：${value}`);
  const [whole, part = ""] = value.split(".");
  return Number(whole) * 100 + Number(part.padEnd(2, "0"));
}

/** A count typed in -> number; null when empty. */
export function count(text: string | null | undefined): number | null {
  const value = String(text ?? "").trim();
  if (!value) return null;
  if (!/^\d{1,6}$/.test(value)) throw new Error(`次数格式不正确：${value}`);
  return Number(value);
}
