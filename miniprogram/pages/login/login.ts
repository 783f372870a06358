// Sign in with WeChat (wx.login), then bind a phone: the phone-number button, or an SMS code.
import { bindPhone, login, PayloadError, sendSmsCode, viewer } from "../../lib/auth";
import { message } from "../../lib/format";

Component({
  data: { signedIn: false, registered: false, phone: "", smsCode: "", error: "", sent: false, busy: false },
  methods: {
    async onLoad() {
      try {
        const me = await viewer();
        this.setData({ signedIn: true, registered: me.status === "REGISTERED" });
      } catch {
        this.setData({ signedIn: false });
      }
    },
    async onLogin() {
      this.setData({ busy: true, error: "" });
      try {
        const member = await login();
        this.setData({ signedIn: true, registered: member.status === "REGISTERED" });
        if (member.status === "REGISTERED") this.done();
      } catch (error) {
        this.setData({ error: message(error) });
      } finally {
        this.setData({ busy: false });
      }
    },
    async onPhoneNumber(event: WechatMiniprogram.CustomEvent<{ code?: string }>) {
      if (!event.detail.code) return; // the driver declined
      await this.bind({ wechatCode: event.detail.code });
    },
    onPhoneInput(event: WechatMiniprogram.Input) {
      this.setData({ phone: event.detail.value });
    },
    onSmsInput(event: WechatMiniprogram.Input) {
      this.setData({ smsCode: event.detail.value });
    },
    async onSendSms() {
      try {
        await sendSmsCode(this.data.phone);
        this.setData({ sent: true, error: "" });
      } catch (error) {
        this.setData({ error: message(error) });
      }
    },
    async onBindSms() {
      await this.bind({ phone: this.data.phone, smsCode: this.data.smsCode });
    },
    async bind(input: { wechatCode?: string; phone?: string; smsCode?: string }) {
      this.setData({ busy: true, error: "" });
      try {
        await bindPhone(input);
        this.setData({ registered: true });
        this.done();
      } catch (error) {
        this.setData({ error: error instanceof PayloadError ? error.message : message(error) });
      } finally {
        this.setData({ busy: false });
      }
    },
    done() {
      if (getCurrentPages().length > 1) wx.navigateBack({});
      else wx.switchTab({ url: "/pages/stations/stations" });
    },
  },
});
