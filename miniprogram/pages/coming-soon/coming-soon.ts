// Tier and points: shown once the platform's services for them are open (no made-up figures here).
const TITLES: Record<string, string> = { tier: "会员等级与权益", points: "积分" };

Component({
  data: { title: "" },
  methods: {
    onLoad(options: Record<string, string | undefined>) {
      const title = TITLES[options.what || ""] || "该功能";
      this.setData({ title });
      wx.setNavigationBarTitle({ title });
    },
  },
});
