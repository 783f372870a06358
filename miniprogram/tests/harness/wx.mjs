// A `wx` backed by the real platform: wx.request over HTTP, wx.login through the demo's local WeChat API (a
// code for this driver's openid), wx.requestPayment as the payment sheet would pay (the WeChat Pay sandbox
// pays the prepay and notifies the platform), storage in memory, the phone at the demo station, and a driver
// who confirms every modal.
export function makeWx({ wechatApi, wechatPay, openid, location }) {
  const storage = new Map();
  const navigations = [];
  const call = (options, work) => work().then((r) => { options.success?.(r); options.complete?.(r); },
    (e) => { const err = { errMsg: String(e?.message || e) }; options.fail?.(err); options.complete?.(err); });
  const post = async (url, body) => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body || {}) });
    const data = await res.json();
    if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(data)}`);
    return data;
  };
  const wx = {
    navigations,
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ""),
    setStorageSync: (key, value) => { storage.set(key, value); },
    removeStorageSync: (key) => { storage.delete(key); },
    request(options) {
      call(options, async () => {
        const res = await fetch(options.url, { method: options.method || "GET", headers: options.header || {},
          body: options.method === "POST" ? JSON.stringify(options.data) : undefined });
        const text = await res.text();
        let data = text;
        try { data = JSON.parse(text); } catch { /* not JSON */ }
        return { statusCode: res.status, data, header: Object.fromEntries(res.headers) };
      });
    },
    login(options) {
      call(options, async () => ({ code: (await post(`${wechatApi}/sandbox/login-code`, { openid })).code, errMsg: "login:ok" }));
    },
    requestPayment(options) {
      call(options, async () => {
        const prepay = String(options.package).replace(/^prepay_id=/, "");
        await post(`${wechatPay}/sandbox/pay/${prepay}`);
        return { errMsg: "requestPayment:ok" };
      });
    },
    getLocation(options) { call(options, async () => ({ ...location, errMsg: "getLocation:ok" })); },
    navigateTo(options) { navigations.push(options.url); options.success?.({}); },
    redirectTo(options) { navigations.push(options.url); options.success?.({}); },
    switchTab(options) { navigations.push(options.url); options.success?.({}); },
    navigateBack(options) { navigations.push("back"); options?.success?.({}); },
    reLaunch(options) { navigations.push(options.url); },
    setNavigationBarTitle() {},
    stopPullDownRefresh() {},
    showToast() {},
    showModal(options) { options.success?.({ confirm: true, cancel: false }); },  // the driver confirms
    openLocation() {},
    makePhoneCall() {},
    scanCode(options) { options.fail?.({ errMsg: "scanCode:fail no camera" }); },
  };
  return wx;
}

/** Load a page (built with the Component constructor) from the compiled build and make an instance of it. */
export function pageLoader(require, buildDir) {
  return (path) => {
    let definition = null;
    globalThis.Component = (d) => { definition = d; };
    delete require.cache[require.resolve(`${buildDir}/${path}.js`)];
    require(`${buildDir}/${path}.js`);
    if (!definition) throw new Error(`${path} defined no component`);
    const page = { data: JSON.parse(JSON.stringify(definition.data || {})) };
    page.setData = (patch) => { Object.assign(page.data, patch); };
    for (const [name, fn] of Object.entries(definition.methods || {})) page[name] = fn.bind(page);
    return page;
  };
}
