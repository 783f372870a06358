// Browser steps of the payments page and an order's history. They start with the admin signed in, after the
// cashier's sale paid in cash and by WeChat, and leave the admin signed in.
import { join, resolve } from "node:path";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");

const fenOf = (text) => Math.round(Number(text.replace(/[^\d.-]/g, "")) * 100);

async function chooseOption(page, select, text) {
  await select.click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
}

export async function paymentSteps({ page, url, step, assert }) {
  let number = null;

  await step("the admin finds the cashier's WeChat and cash payments in 支付流水, with the totals", page, async () => {
    await page.goto(`${url}/`);
    await page.getByRole("menuitem", { name: "支付流水" }).click();
    await chooseOption(page, page.getByTestId("payments-station"), "S001");
    await page.getByRole("button", { name: /查\s*询/ }).click();
    const wechat = page.locator(".ant-table-row", { hasText: "微信支付" }).filter({ hasText: "成功" }).first();
    await wechat.waitFor();
    number = (await wechat.locator("td").nth(2).innerText()).trim();
    assert.match(number, /^S001-\d{8}-\d+$/);
    assert.notEqual((await wechat.locator("td").nth(6).innerText()).trim(), "—");  // the channel's fee
    // the order's two payments, found by its number
    await page.getByPlaceholder("渠道交易号或订单号").fill(number);
    await page.getByRole("button", { name: /查\s*询/ }).click();
    const rows = page.locator(".ant-table-row", { hasText: number });
    await page.getByTestId("payment-totals").getByText(/合计 2 笔/).waitFor();
    assert.equal(await page.locator(".ant-table-row").count(), 2);
    await rows.filter({ hasText: "现金" }).getByText("成功").waitFor();
    await rows.filter({ hasText: "微信支付" }).getByText("成功").waitFor();
    let sum = 0;
    for (const row of await rows.all()) sum += fenOf(await row.locator("td").nth(5).innerText());
    const totals = await page.getByTestId("payment-totals").innerText();
    assert.equal(fenOf(totals.match(/金额 (¥[\d,.]+)/)[1]), sum);
    await page.screenshot({ path: join(ARTIFACTS, "14-payments.png"), fullPage: true });
    await page.getByRole("tab", { name: "退款记录" }).click();
    await page.getByTestId("refund-totals").getByText(/合计 \d+ 笔/).waitFor();
  });

  await step("the order's detail shows its history as a timeline", page, async () => {
    await page.getByRole("menuitem", { name: "订单", exact: true }).click();
    await page.locator(".ant-table-row", { hasText: number }).locator("a").first().click();
    const history = page.getByTestId("order-history");
    await history.getByTestId("order-event").first().waitFor();
    await history.getByText("新建 → 待支付").first().waitFor();
    await history.getByTestId("order-event").filter({ hasText: "现金" }).first().waitFor();
    await history.getByTestId("order-event").filter({ hasText: "微信支付" }).getByText(/→ 成功/).first().waitFor();
    await history.getByText("待支付 → 已支付").waitFor();
    assert.ok(await history.getByTestId("order-event").count() >= 4);
    await page.screenshot({ path: join(ARTIFACTS, "15-order-history.png"), fullPage: true });
    await page.keyboard.press("Escape");
  });
}
