// The drivers' mini-program: sign in silently at launch (wx.login; a guest until a phone is bound).
import { ensureSignedIn } from "./lib/auth";

App({
  onLaunch() {
    ensureSignedIn().catch(() => {
      // offline or refused: the pages ask again and offer the login page
    });
  },
});
