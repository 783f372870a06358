// Settings: marketing messages, signing out.
import { signOut, viewer } from "../../lib/auth";
import { execute } from "../../lib/graphql";

Component({
  data: { memberId: "", consent: false, error: "" },
  methods: {
    async onLoad() {
      const me: any = await viewer();
      this.setData({ memberId: me.id, consent: Boolean(me.marketingConsent) });
    },
    async onConsent(event: WechatMiniprogram.SwitchChange) {
      const payload = (await execute("MemberUpdate", { input: { id: this.data.memberId, marketingConsent: event.detail.value } })).memberUpdate;
      this.setData(payload.errors.length ? { error: payload.errors[0].message } : { consent: payload.member.marketingConsent, error: "" });
    },
    onSignOut() {
      signOut();
      wx.reLaunch({ url: "/pages/login/login" });
    },
  },
});
