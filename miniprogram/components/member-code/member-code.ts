// The rotating member code the cashier scans: a QR code of the 18 digits and the digits themselves; it asks
// for a new code (`refresh`) ten seconds before this one expires.
import { qrMatrix } from "../../lib/qr";

const EARLY_MS = 10_000;
const timers = new WeakMap<object, ReturnType<typeof setTimeout>>();

Component({
  properties: {
    code: { type: String, value: "" },
    expiresAt: { type: String, value: "" },
  },
  data: { rows: [] as boolean[][], digits: "" },
  observers: {
    "code, expiresAt"(code: string, expiresAt: string) {
      const previous = timers.get(this);
      if (previous) clearTimeout(previous);
      if (!code) {
        this.setData({ rows: [], digits: "" });
        return;
      }
      this.setData({ rows: qrMatrix(code), digits: code.replace(/(\d{4})(?=\d)/g, "$1 ") });
      const wait = Math.max(0, new Date(expiresAt).getTime() - Date.now() - EARLY_MS);
      timers.set(this, setTimeout(() => this.triggerEvent("refresh", {}), wait));
    },
  },
  lifetimes: {
    detached() {
      const previous = timers.get(this);
      if (previous) clearTimeout(previous);
      timers.delete(this);
    },
  },
});
