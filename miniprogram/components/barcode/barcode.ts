// A Code 128 barcode of `code` (lib/code128) drawn on a 2D canvas: whole device pixels a module, so that
// every bar keeps its width, centred with a quiet zone of ten modules either side. Scanners at the till
// read it where a QR code reader is missing.
import { QUIET_ZONE, code128Widths } from "../../lib/code128";

interface Surface {
  width: number;
  height: number;
  getContext(kind: "2d"): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
}

function pixelRatio(): number {
  try {
    return (wx.getWindowInfo ? wx.getWindowInfo().pixelRatio : wx.getSystemInfoSync().pixelRatio) || 2;
  } catch {
    return 2;
  }
}

Component({
  properties: {
    code: { type: String, value: "" },
    width: { type: Number, value: 640 }, // rpx
    height: { type: Number, value: 160 }, // rpx
  },
  data: { widths: [] as number[], modules: 0, error: "" },
  observers: {
    code(code: string) {
      if (!code) {
        this.setData({ widths: [], modules: 0, error: "" });
        return;
      }
      try {
        const widths = code128Widths(code);
        this.setData({ widths, modules: widths.reduce((a, b) => a + b, 0), error: "" }, () => this.paint());
      } catch (error) {
        this.setData({ widths: [], modules: 0, error: "条形码无法生成，请使用二维码" });
      }
    },
  },
  lifetimes: {
    ready() {
      this.paint();
    },
  },
  methods: {
    paint() {
      if (!this.data.modules) return;
      this.createSelectorQuery().select(".barcode-canvas").fields({ node: true, size: true } as any)
        .exec((res: any[]) => {
          const found = res && res[0];
          if (found && found.node) this.draw(found.node as Surface, found.width, found.height);
        });
    },
    /** Draws the bars on `canvas`, `width` × `height` CSS pixels; the module size in device pixels. */
    draw(canvas: Surface, width: number, height: number): number {
      const ratio = pixelRatio();
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      const total = this.data.modules + 2 * QUIET_ZONE;
      const module = Math.max(1, Math.floor(canvas.width / total));
      let x = Math.floor((canvas.width - module * this.data.modules) / 2);
      ctx.fillStyle = "#000000";
      this.data.widths.forEach((w: number, i: number) => {
        if (i % 2 === 0) ctx.fillRect(x, 0, w * module, canvas.height);
        x += w * module;
      });
      return module;
    },
  },
});
