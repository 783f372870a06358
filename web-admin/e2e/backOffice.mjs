// Browser steps of the back office: the shifts page and a shift's report, the day report and its day close,
// and the stations' merchant accounts. They start with the cashier signed in and leave the admin signed in.
import { join, resolve } from "node:path";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");

async function chooseOption(page, select, text) {
  await select.click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
}

export async function backOfficeSteps({ page, url, step, assert, password }) {
  await step("the admin sees the closed shift and its report", page, async () => {
    await page.goto(`${url}/`);  // leaves whatever the previous step left open
    await page.getByTestId("user-menu").hover();
    await page.getByText("退出登录").click();
    await page.getByPlaceholder("用户名").fill("admin");
    await page.getByPlaceholder("密码").fill(password);
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByText(/您好/).waitFor();
    await page.getByRole("menuitem", { name: "班次", exact: true }).click();
    const row = page.locator(".ant-table-row", { hasText: "夜班收银员" }).first();
    await row.getByText("已交班").waitFor();
    await row.getByTestId("over-short").getByText("¥0.00").waitFor();  // the cashier counted what was expected
    await row.getByTestId("shift-report-open").click();
    const report = page.getByTestId("sales-report");
    await report.getByText(/第 \d+ 班 班结报表/).first().waitFor();
    await report.getByRole("cell", { name: "现金", exact: true }).first().waitFor();
    await report.getByText("按油枪").first().waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), report.getByTestId("report-xlsx").click()]);
    assert.match(download.suggestedFilename(), /^S001_第_\d+_班_班结报表\.xlsx$/);
    await page.screenshot({ path: join(ARTIFACTS, "11-shift-report.png"), fullPage: true });
    await page.keyboard.press("Escape");
  });

  await step("the admin closes today at S001 once no shift is open, and sees it closed", page, async () => {
    await page.getByRole("menuitem", { name: "日结", exact: true }).click();
    await chooseOption(page, page.getByTestId("day-station"), "S001");
    const report = page.getByTestId("sales-report");
    await report.getByText(/日结报表/).first().waitFor();
    if (await page.getByTestId("day-open-shifts").count()) {
      // a shift of the day is still open: the day cannot be closed yet
      assert.ok(await page.getByTestId("day-close").isDisabled());
      return;
    }
    await page.getByTestId("day-close").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("day-close-remark").fill("营业款已存入银行");
    await dialog.getByRole("button", { name: "确认日结" }).click();
    const closed = page.getByTestId("day-closed");
    await closed.getByText(/已日结/).first().waitFor();
    await closed.getByText("营业款已存入银行").waitFor();
    assert.equal(await page.getByTestId("day-close").count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, "12-day-closed.png"), fullPage: true });
  });

  await step("the admin sees the demo station's WeChat merchant, its keys never shown", page, async () => {
    await page.getByRole("menuitem", { name: "收款商户" }).click();
    await chooseOption(page, page.getByTestId("merchant-station"), "S001");
    const row = page.locator(".ant-table-row", { hasText: "微信支付" });
    await row.getByText("石桥辅加油站（演示）").waitFor();
    await row.getByText("1900000109").waitFor();
    await row.getByText("已加密保存，不可查看").waitFor();
    await row.getByTestId("merchant-edit-wechat").click();
    const dialog = page.getByRole("dialog");
    assert.equal(await dialog.getByLabel("API 密钥").inputValue(), "");
    await page.screenshot({ path: join(ARTIFACTS, "13-merchants.png"), fullPage: true });
    await dialog.getByRole("button", { name: /取\s*消/ }).click();
  });
}
