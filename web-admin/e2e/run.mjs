// Browser tests of the console: Debian's Chromium driven by playwright-core, against a real platform.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { backOfficeSteps } from "./backOffice.mjs";
import { cardSteps } from "./cards.mjs";
import { loyaltySteps } from "./loyalty.mjs";
import { member360Steps } from "./member360.mjs";
import { paymentSteps } from "./payments.mjs";
import { posCardSteps } from "./posCard.mjs";
import { posCardCodeSteps } from "./posCardCode.mjs";
import { posMemberSteps } from "./posMember.mjs";
import { startPlatform } from "./platform.mjs";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");
const PASSWORD = "Demo-e2e-2026";
const CASHIER = `cashier${Date.now() % 100000}`;
const CASHIER_PASSWORD = "Cashier2026";

mkdirSync(ARTIFACTS, { recursive: true });
const results = [];

async function step(name, page, body) {
  const started = Date.now();
  try {
    await body();
    results.push(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    await page.screenshot({ path: join(ARTIFACTS, `failed-${name.replace(/\W+/g, "-")}.png`), fullPage: true });
    results.push(`FAIL ${name}: ${error.message}`);
    throw error;
  }
}

async function signIn(page, url, username, password) {
  await page.goto(`${url}/login`);
  await page.getByPlaceholder("用户名").fill(username);
  await page.getByPlaceholder("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.getByText(/您好/).waitFor();
}

async function chooseOption(page, select, text) {
  await select.click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
}

async function signOut(page) {
  await page.getByTestId("user-menu").hover();
  await page.getByText("退出登录").click();
  await page.getByPlaceholder("用户名").waitFor();
}

const platform = await startPlatform(PASSWORD);
let browser = null;
let failed = false;
try {
  // a fresh profile every run (playwright-core makes one per launch)
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const url = platform.url;

  await step("login page becomes interactive", page, async () => {
    const started = Date.now();
    await page.goto(`${url}/login`);
    await page.getByRole("button", { name: /登\s*录/ }).waitFor({ state: "visible" });
    const tti = await page.evaluate(() => performance.now());
    results.push(`     login page interactive after ${Math.round(tti)} ms (navigation to button; wall ${Date.now() - started} ms)`);
    await page.screenshot({ path: join(ARTIFACTS, "01-login.png") });
  });

  await step("a wrong password is explained", page, async () => {
    await page.getByPlaceholder("用户名").fill("admin");
    await page.getByPlaceholder("密码").fill("wrong-password-1");
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByTestId("login-error").getByText("用户名或密码错误").waitFor();
  });

  await step("the demo admin signs in and sees every menu", page, async () => {
    await signIn(page, url, "admin", PASSWORD);
    for (const menu of ["站点管理", "油站设备", "油价管理", "加油记录", "订单", "员工管理", "角色权限", "开放平台密钥", "操作日志"]) {
      await page.getByRole("menuitem", { name: menu }).waitFor();
    }
    await page.getByText("近 14 天登录与操作").waitFor();
    await page.locator("canvas").first().waitFor();  // the activity chart rendered
    await page.screenshot({ path: join(ARTIFACTS, "02-admin-home.png") });
  });

  await step("the admin changes the price of 92# and sees the forecourt", page, async () => {
    await page.goto(`${url}/prices`);
    await page.getByText("当前油价").waitFor();
    await page.getByRole("button", { name: "调 价" }).or(page.getByRole("button", { name: "调价" })).first().click();
    const dialog = page.getByRole("dialog");
    await chooseOption(page, dialog.locator(".ant-select").first(), "92#");
    await dialog.getByLabel("新价格（元/升）").fill("7.50");
    await dialog.getByLabel("原因").fill("跟随发改委调价");
    await dialog.getByRole("button", { name: /确\s*定/ }).click();
    await page.getByText("调价已提交").waitFor();
    await page.getByRole("cell", { name: "已生效" }).first().waitFor();
    await page.locator(".ant-statistic", { hasText: "92#" }).getByText("7.50").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "03a-prices.png"), fullPage: true });
    await page.goto(`${url}/forecourt`);
    await page.getByText("4号油机（4 号）").waitFor();
    await page.getByRole("button", { name: "新增油品" }).click();
    let form = page.getByRole("dialog");
    await form.getByLabel("国标代码").fill("1410");
    await form.getByLabel("名称").fill("98#");
    await form.getByRole("button", { name: /确\s*[定认]|OK/ }).click();
    await page.getByText("油品已保存").waitFor();
    await page.getByRole("button", { name: "新增油罐" }).click();
    form = page.getByRole("dialog");
    await form.getByLabel("油罐编号").fill("4");
    await chooseOption(page, form.locator(".ant-select").first(), "98#");
    await form.getByLabel("容量（升）").fill("30000");
    await form.getByRole("button", { name: /确\s*[定认]|OK/ }).click();
    await page.getByText("油罐已保存").waitFor();
    await page.getByRole("cell", { name: "30,000 L" }).last().waitFor();
    await page.getByRole("button", { name: "新增油机" }).click();
    form = page.getByRole("dialog");
    await form.getByLabel("油机编号").fill("5");
    await form.getByLabel("名称").fill("5号油机");
    await form.getByLabel("集线器端口").fill("5");
    await form.getByRole("button", { name: /确\s*定/ }).click();
    await page.getByText("油机已保存").waitFor();
    const fifth = page.locator(".ant-pro-card", { hasText: "5号油机（5 号）" }).last();
    await fifth.getByText("新增油枪").click();
    form = page.getByRole("dialog");
    await form.getByLabel("枪号（全站统一编号）").fill("9");
    await chooseOption(page, form.locator(".ant-select").first(), "92#");
    await form.getByRole("button", { name: /确\s*定/ }).click();
    await page.getByText("油枪已保存").waitFor();
    await fifth.getByRole("cell", { name: "9", exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "03c-forecourt-added.png"), fullPage: true });
    await fifth.getByRole("row", { name: /92#/ }).getByText("删除").click();  // nozzle 9 has no sales yet
    await page.locator(".ant-popconfirm:visible").getByRole("button", { name: /确\s*定|OK/ }).click();
    await page.getByText("油枪已删除").waitFor();
    await fifth.getByText("删除").first().click();
    await page.locator(".ant-popconfirm:visible").getByRole("button", { name: /确\s*定|OK/ }).click();
    await page.getByText("油机已删除").waitFor();
    await page.getByText("5号油机（5 号）").waitFor({ state: "detached" });
    await page.screenshot({ path: join(ARTIFACTS, "03b-forecourt.png"), fullPage: true });
  });

  await step("the admin creates a cashier of station S001", page, async () => {
    await page.goto(`${url}/staff`);
    await page.getByRole("button", { name: "新建员工" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("用户名").fill(CASHIER);
    await dialog.getByLabel("姓名").fill("夜班收银员");
    await dialog.getByLabel("初始密码").fill(CASHIER_PASSWORD);
    await dialog.getByLabel("手机号").fill("138001");
    await dialog.getByRole("button", { name: /确\s*定/ }).click();
    await dialog.getByText("手机号格式不正确").waitFor();
    await dialog.getByLabel("手机号").fill("13800138000");
    await dialog.getByTestId("grant-add").click();
    await chooseOption(page, dialog.getByTestId("grant-role"), "收银员");
    await chooseOption(page, dialog.getByTestId("grant-stations"), "S001");
    await page.screenshot({ path: join(ARTIFACTS, "03-create-cashier.png") });
    await dialog.getByRole("button", { name: /确\s*定/ }).click();
    await page.getByText("员工已创建").waitFor();
    await page.getByRole("cell", { name: CASHIER, exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "04-staff-list.png") });
  });

  await step("the admin adds a station and the switcher filters the list", page, async () => {
    await page.goto(`${url}/stations`);
    await page.getByRole("cell", { name: "S001", exact: true }).waitFor();
    await page.getByRole("button", { name: "新建站点" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("站点编码").fill("S001");
    await dialog.getByLabel("站点名称").fill("城东加油站");
    await dialog.getByRole("button", { name: /确\s*定/ }).click();
    await dialog.getByText("站点编码已存在").waitFor();  // the API's field error, next to the field
    await dialog.getByLabel("站点编码").fill("S002");
    await dialog.getByRole("button", { name: /确\s*定/ }).click();
    await page.getByText("站点已创建").waitFor();
    await chooseOption(page, page.getByTestId("station-switcher"), "全部站点");
    await page.getByRole("cell", { name: "S002", exact: true }).waitFor();
    await page.getByRole("cell", { name: "S001", exact: true }).waitFor();
    await chooseOption(page, page.getByTestId("station-switcher"), "S002 城东加油站");
    await page.getByRole("cell", { name: "S001", exact: true }).waitFor({ state: "detached" });
    assert.equal(await page.getByRole("cell", { name: "S002", exact: true }).count(), 1);
    await page.getByText("20 条/页").waitFor();  // antd's own texts in Chinese too
    await page.screenshot({ path: join(ARTIFACTS, "04a-stations-filtered.png") });
    await chooseOption(page, page.getByTestId("station-switcher"), "全部站点");
  });

  await step("the admin signs out", page, async () => {
    await signOut(page);
  });

  await step("the cashier sees only their station and permitted menus", page, async () => {
    await signIn(page, url, CASHIER, CASHIER_PASSWORD);
    await page.getByRole("menuitem", { name: "收银台" }).waitFor();
    const expected = ["首页", "站点管理", "油站设备", "加油记录", "异常提醒", "订单", "会员", "收银台"];
    let menus = [];
    for (let i = 0; i < 20; i += 1) {  // the layout may still be settling
      menus = (await page.getByRole("menuitem").allInnerTexts()).map((m) => m.trim()).filter(Boolean);
      if (JSON.stringify(menus) === JSON.stringify(expected)) break;
      await page.waitForTimeout(250);
    }
    assert.deepEqual(menus, expected);
    // read the options once the dropdown has finished its opening animation
    const switcherOptions = page.locator(".ant-select-dropdown:visible:not(.ant-slide-up) .ant-select-item-option");
    await page.getByTestId("station-switcher").click();
    await switcherOptions.first().waitFor();
    const options = await switcherOptions.allInnerTexts();
    assert.deepEqual(options, ["S001 石桥辅加油站"]);
    await page.keyboard.press("Escape");
    await page.goto(`${url}/stations`);
    await page.getByRole("cell", { name: "S001", exact: true }).waitFor();
    assert.equal(await page.getByRole("button", { name: "新建站点" }).count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, "05-cashier-stations.png") });
  });

  await step("a forbidden page says so", page, async () => {
    await page.goto(`${url}/staff`);
    await page.getByText("没有访问权限").waitFor();
    await page.getByText("您没有访问此页面的权限，如需开通请联系公司管理员").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "06-forbidden.png") });
  });

  await step("the POS shell opens full screen", page, async () => {
    await page.goto(`${url}/pos`);
    await page.getByTestId("pos-station").getByText("S001 石桥辅加油站").waitFor();
    // the live grid: 8 nozzles over the WebSocket, and the running amounts move as the demo station sells
    await page.getByTestId("nozzle-8").waitFor();
    await page.getByTestId("dispenser-links").getByText("4号油机在线").waitFor();
    const amounts = async () => page.locator("[data-testid$='-amount']").allInnerTexts();
    const before = await amounts();
    assert.ok(before.length >= 8, `nozzles shown: ${before.length}`);
    await page.waitForFunction(
      (initial) => [...document.querySelectorAll("[data-testid$='-amount']")].map((e) => e.textContent).join() !== initial,
      before.join(),
      { timeout: 30_000 },
    );
    await page.screenshot({ path: join(ARTIFACTS, "07-pos.png") });
  });

  const yuanOf = (text) => Number(text.replace(/[¥,\s]/g, ""));
  // the unpaid list polls and grows at the top: pick unticked rows, so a row moving down is never ticked off again
  async function selectUnpaidFuelings(page, count) {
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid='unpaid-fueling']").length >= n, count,
      { timeout: 240_000, polling: 1000 });
    for (let i = 0; i < count; i += 1) {
      await page.getByTestId("unpaid-fueling")
        .filter({ has: page.locator(".ant-checkbox:not(.ant-checkbox-checked)") }).first().click();
    }
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid='unpaid-fueling'] .ant-checkbox-checked").length === n, count);
  }

  // the checkout shows what the API quotes: every answer to PosCheckoutQuote, in the order they come
  const quotes = [];
  const onQuote = async (response) => {
    if (!response.url().endsWith("/graphql") || !(response.request().postData() ?? "").includes("PosCheckoutQuote")) return;
    const quote = (await response.json().catch(() => null))?.data?.checkoutQuote?.quote;
    if (quote) quotes.push(quote);
  };
  // once the checkout has its answer, its total (应收) is the payable of the last quote the API gave
  async function settledQuote(page) {
    await page.locator("[data-testid='checkout-quote'][data-loading='false']").waitFor();
    const shownFen = Math.round(yuanOf(await page.getByTestId("checkout-total").innerText()) * 100);
    for (let i = 0; i < 50 && quotes.at(-1)?.payable.fen !== shownFen; i += 1) await page.waitForTimeout(100);
    const quote = quotes.at(-1);
    assert.equal(shownFen, quote?.payable.fen, "the checkout's total is the quote's payable");
    assert.equal(Math.round(yuanOf(await page.getByTestId("quote-total").innerText()) * 100), quote.total.fen);
    assert.equal(await page.getByTestId("quote-discount").count(), quote.discounts.length);
    return quote;
  }

  await step("the cashier opens a shift, sells two fuelings and a bottle of water, pays in cash and by WeChat, and closes the shift", page, async () => {
    page.on("response", onQuote);
    await page.goto(`${url}/pos`);
    await page.getByTestId("shift-open").click();
    await page.locator(`[data-testid="opening-cash"] input, input[data-testid="opening-cash"]`).fill("200");
    await page.getByRole("button", { name: /开\s*班/ }).last().click();
    await page.getByTestId("shift-close").waitFor();
    // the demo dispensers sell on their own: wait for two completed, unpaid fuelings
    await selectUnpaidFuelings(page, 2);
    const fuelFen = (await settledQuote(page)).total.fen;
    // the scanner types the barcode and Enter into the goods field
    await page.getByTestId("goods-input").fill("6921168509256");
    await page.getByTestId("goods-input").press("Enter");
    await page.getByTestId("goods-line").filter({ hasText: "农夫山泉" }).waitFor();
    // the water's ¥2.00 is on the checkout
    await page.waitForFunction((fen) => Math.round(Number(document.querySelector("[data-testid='quote-total']")
      ?.textContent.replace(/[¥,]/g, "")) * 100) === fen, fuelFen + 200);
    const totalFen = (await settledQuote(page)).payable.fen;
    // part in cash, the rest by a WeChat payment code the payer confirms with a password first (USERPAYING)
    const cashFen = Math.floor(totalFen / 2);
    const cashYuan = (cashFen / 100).toFixed(2);
    await page.getByTestId("tender-amount").first().fill(cashYuan);
    await page.getByTestId("tender-remaining").getByText(/还差/).waitFor();
    assert.equal(await page.getByTestId("checkout-pay").isDisabled(), true);
    const givenFen = Math.ceil((cashFen + 1) / 10000) * 10000;  // a round sum of notes, above the cash part
    await page.getByTestId("cash-given").fill(String(givenFen / 100));
    assert.equal(yuanOf(await page.getByTestId("cash-change").innerText()).toFixed(2), ((givenFen - cashFen) / 100).toFixed(2));
    await page.getByTestId("tender-add").click();
    await page.getByTestId("auth-code").fill("134567890123450000");
    await page.getByTestId("tender-remaining").getByText("已足额").waitFor();
    // WeChat joins the tenders: the checkout asks its quote again and can be paid once it has come
    await page.waitForFunction(() => !document.querySelector("[data-testid='checkout-pay']").disabled);
    assert.equal((await settledQuote(page)).payable.fen, totalFen);
    await page.screenshot({ path: join(ARTIFACTS, "08a-split-tender.png") });
    await page.getByTestId("auth-code").press("Enter");  // Enter pays
    await page.getByText("顾客正在支付，请稍候…").waitFor();
    // the receipt is the API's HTML page, in a sandboxed frame
    await page.getByTestId("receipt").waitFor({ timeout: 60_000 });
    const receiptBody = page.frameLocator("[data-testid='receipt']").locator("body");
    await receiptBody.getByText("扫码开具电子发票").filter({ visible: true }).waitFor();  // not the QR code's own title
    const receipt = await receiptBody.innerText();
    assert.match(receipt, /扫码开具电子发票/);
    assert.match(receipt, /销售小票/);
    assert.match(receipt, /农夫山泉/);
    assert.match(receipt, /现金/);
    assert.match(receipt, /微信支付/);
    assert.match(receipt, /找零/);
    const number = (await page.locator(".ant-modal-title", { hasText: /订单 / }).innerText()).replace("订单 ", "").trim();
    await page.screenshot({ path: join(ARTIFACTS, "08-receipt.png") });
    await page.getByTestId("receipt-close").click();
    assert.equal(await page.getByTestId("unpaid-fueling").locator(".ant-checkbox-checked").count(), 0);
    await page.getByTestId("shift-close").click();
    const expected = yuanOf(await page.getByTestId("expected-cash").innerText());
    assert.equal(expected.toFixed(2), (200 + cashFen / 100).toFixed(2));
    await page.locator(`[data-testid="counted-cash"] input, input[data-testid="counted-cash"]`).fill(expected.toFixed(2));
    await page.getByRole("button", { name: "确认交班" }).click();
    await page.locator(".ant-modal-confirm-title", { hasText: /第 \d+ 班已交班/ }).waitFor();
    await page.getByText(/长短款 ¥0\.00/).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "09-shift-closed.png") });
    await page.getByRole("button", { name: /OK|确\s*定|知道了/ }).last().click();
    await page.getByTestId("shift-open").waitFor();
    // the console lists the order, paid in cash and by WeChat, with its fuel and goods lines
    await page.goto(`${url}/orders`);
    const row = page.locator(".ant-table-row", { hasText: number });
    await row.getByText("已支付").waitFor();
    await row.getByText("现金 + 微信支付").waitFor();
    await row.locator("a").first().click();
    await page.getByTestId("order-detail").getByText(/号枪 .* L/).first().waitFor();
    await page.getByTestId("order-detail").getByText(/农夫山泉/).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "10-orders.png") });
    page.off("response", onQuote);
  });

  await posMemberSteps({ page, url, step, assert });
  await posCardSteps({ page, url, step, assert });
  await posCardCodeSteps({ page, url, step, assert });
  await backOfficeSteps({ page, url, step, assert, password: PASSWORD });
  await paymentSteps({ page, url, step, assert });
  await loyaltySteps({ page, url, step, assert });
  await cardSteps({ page, url, step, assert });
  await member360Steps({ page, url, step, assert });

  await step("no script error on any page", page, async () => {
    assert.deepEqual(pageErrors, []);
  });

  await step("an expired session returns to login, then to the page", page, async () => {
    await page.evaluate(() => localStorage.setItem("forecourt.tokens", JSON.stringify({ token: "x.y.z", refreshToken: "fcr_bad_bad" })));
    await page.goto(`${url}/stations`);
    await page.getByPlaceholder("用户名").waitFor();
    assert.match(page.url(), /redirect=%2Fstations/);
    await page.getByPlaceholder("用户名").fill(CASHIER);
    await page.getByPlaceholder("密码").fill(CASHIER_PASSWORD);
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByRole("cell", { name: "S001", exact: true }).waitFor();
    assert.match(page.url(), /\/stations$/);
  });
} catch (error) {
  failed = true;
  if (!results.some((r) => r.startsWith("FAIL"))) results.push(`FAIL ${error.message}`);
} finally {
  await browser?.close();
  await platform.stop();
  console.log(results.join("\n"));
  console.log(failed ? "browser tests FAILED (screenshots in e2e/artifacts)" : `browser tests passed (screenshots in e2e/artifacts)`);
  process.exit(failed ? 1 : 0);
}
