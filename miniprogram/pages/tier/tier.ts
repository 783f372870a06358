// 会员等级: the member's tier and its benefits (points multiplier, member prices by grade), the rolling
// window's spend and fuel against the next tier (and whether they keep this one), the next tier's benefits
// and the tier changes. Figures are the platform's (memberPoints, Tier.progress).
import { ensureSignedIn } from "../../lib/auth";
import * as loyalty from "../../lib/loyalty";
import { message } from "../../lib/format";

Component({
  data: {
    tier: null as ReturnType<typeof loyalty.benefits> | null, next: null as ReturnType<typeof loyalty.benefits> | null,
    progress: null as ReturnType<typeof loyalty.progress> | null, history: [] as ReturnType<typeof loyalty.change>[],
    balance: "", loaded: false, error: "",
  },
  methods: {
    async onShow() {
      try {
        await ensureSignedIn();
        const [view, names] = await Promise.all([loyalty.tier(), loyalty.gradeNames()]);
        const progress = view.tier?.progress;
        this.setData({
          tier: view.tier ? loyalty.benefits(view.tier, names) : null,
          next: progress?.nextTier ? loyalty.benefits(progress.nextTier, names) : null,
          progress: progress ? loyalty.progress(progress) : null,
          history: view.history.map(loyalty.change), balance: String(view.balance), loaded: true, error: "",
        });
      } catch (error) {
        this.setData({ error: message(error), loaded: true });
      }
    },
    onPoints() {
      wx.navigateTo({ url: "/pages/points/points" });
    },
  },
});
