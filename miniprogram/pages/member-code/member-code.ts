// The member code for the POS: a fresh one on show and before each expires.
import { ensureSignedIn } from "../../lib/auth";
import { execute } from "../../lib/graphql";
import { message } from "../../lib/format";

Component({
  data: { code: "", expiresAt: "", error: "", needsPhone: false },
  methods: {
    onShow() {
      return this.refresh();
    },
    onHide() {
      this.setData({ code: "", expiresAt: "" });
    },
    async refresh() {
      try {
        await ensureSignedIn();
        const payload = (await execute("MemberCodeCreate")).memberCodeCreate;
        if (payload.errors.length) {
          this.setData({ error: payload.errors[0].message, needsPhone: payload.errors[0].code === "NOT_REGISTERED" });
          return;
        }
        this.setData({ code: payload.code, expiresAt: payload.expiresAt, error: "" });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    onBind() {
      wx.navigateTo({ url: "/pages/login/login" });
    },
  },
});
