// Idempotency keys: one per payment attempt, kept while it is retried.
export function newKey(prefix = "mp"): string {
  const random = Array.from({ length: 4 }, () => Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, "0"));
  return `${prefix}-${Date.now().toString(36)}-${random.join("")}`;
}
