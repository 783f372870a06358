// Browser steps of the stored-value cards. They start with the admin signed in and leave the admin signed in:
// a card product with a bonus tier, a physical bearer card sold with it, a top-up (cash when the station has an
// open shift, else a bank transfer), the bonus in the balance and the statement, the state changes and the
// password form the drawer offers, and the refund split before closing.
import { join, resolve } from "node:path";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");

async function chooseOption(page, select, text) {
  await select.click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
}

const modal = (page, title) => page.locator(".ant-modal-content").filter({ has: page.locator(".ant-modal-title", { hasText: title }) });
const item = (scope, label) => scope.locator(".ant-form-item").filter({ has: scope.page().locator(".ant-form-item-label", { hasText: label }) }).first();

export async function cardSteps({ page, url, step, assert }) {
  const suffix = String(Date.now() % 100000000).padStart(8, "0");
  const productName = `E2E实体储值卡${suffix.slice(-4)}`;
  const number = `8860${suffix}`;

  await step("the admin makes a card product (制卡规则) with a bonus tier", page, async () => {
    await page.goto(`${url}/`);
    await page.getByRole("menuitem", { name: "制卡规则" }).click();
    await page.getByRole("button", { name: "新增制卡规则" }).click();
    const form = modal(page, "新增制卡规则");
    await form.getByLabel("卡名称").fill(productName);
    await chooseOption(page, item(form, "卡类型").locator(".ant-select"), "实体卡");
    await item(form, "记名卡").locator(".ant-switch").click();  // a bearer card
    await form.getByRole("button", { name: "添加档位" }).click();
    assert.equal(await form.getByLabel("第 1 档起充金额").inputValue(), "500");
    await form.getByLabel("第 1 档赠送金额").fill("50");
    await form.getByRole("button", { name: /确\s*[定认]|OK/ }).click();
    await page.getByText("制卡规则已保存").waitFor();
    const row = page.locator(".ant-table-row", { hasText: productName });
    await row.getByText("充¥500.00送¥50.00").waitFor();
    await row.getByText("实体卡 · 不记名").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "20-card-products.png"), fullPage: true });
  });

  await step("the admin sells a physical card and finds it by its number", page, async () => {
    await page.getByRole("menuitem", { name: "储值卡" }).click();
    await page.getByRole("button", { name: "发 卡" }).or(page.getByRole("button", { name: "发卡" })).first().click();
    const form = modal(page, "发卡");
    await chooseOption(page, item(form, "制卡规则").locator(".ant-select"), productName);
    await form.getByLabel("卡号", { exact: true }).fill(number);
    await form.getByLabel("绑定手机号").fill("13912345678");
    await form.getByRole("button", { name: /确\s*[定认]|OK/ }).click();
    await page.getByText("已发卡").waitFor();
    await page.getByPlaceholder("卡号、持卡人完整手机号或会员号").fill(number);
    await page.getByRole("button", { name: /查\s*询/ }).click();
    const row = page.locator(".ant-table-row", { hasText: number });
    await row.getByText("正常").waitFor();
    // the search's answer replaces the list (which, before it, may still show other cards)
    await page.locator(".ant-table-row").nth(1).waitFor({ state: "detached" });
    assert.equal(await page.locator(".ant-table-row").count(), 1);
    await row.locator("a").first().click();
    await page.locator(".ant-drawer-title", { hasText: number }).waitFor();
  });

  await step("a ¥500 top-up earns the ¥50 bonus, seen in the balance and the statement", page, async () => {
    const drawer = page.locator(".ant-drawer-content");
    await drawer.getByRole("button", { name: /充\s*值/ }).click();
    const form = modal(page, "充值：");
    const shift = form.getByTestId("shift-state");
    await shift.waitFor();
    if ((await shift.getAttribute("data-open")) !== "1") {
      await form.getByLabel("银行转账").check();
      await form.getByLabel("银行流水号").fill(`E2E${suffix}`);
    }
    await form.getByLabel("充值金额（元）").fill("500");
    await form.getByRole("button", { name: /确\s*[定认]|OK/ }).click();
    await page.getByText("充值成功").waitFor();
    await page.getByText("赠送 ¥50.00").waitFor();
    const balance = drawer.getByTestId("card-balance");
    await balance.locator(".ant-statistic", { hasText: "本金" }).first().getByText("¥500.00").waitFor();
    await balance.locator(".ant-statistic", { hasText: "赠送金" }).first().getByText("¥50.00").waitFor();
    await balance.locator(".ant-statistic", { hasText: "可用合计" }).getByText("¥550.00").waitFor();
    const statement = drawer.getByTestId("card-statement");
    const principal = statement.locator(".ant-table-row", { hasText: "本金" }).filter({ hasText: "充值" });
    const bonus = statement.locator(".ant-table-row", { hasText: "赠送金" }).filter({ hasText: "充值" });
    await principal.waitFor();
    assert.deepEqual((await principal.locator("td").allInnerTexts()).slice(3, 6), ["¥500.00", "¥0.00", "¥500.00"]);
    assert.deepEqual((await bonus.locator("td").allInnerTexts()).slice(3, 6), ["¥50.00", "¥0.00", "¥50.00"]);
    await page.screenshot({ path: join(ARTIFACTS, "21-card-topped-up.png"), fullPage: true });
  });

  await step("the drawer offers the state changes the API lists, and the password set by SMS", page, async () => {
    const drawer = page.locator(".ant-drawer-content");
    for (const name of [/冻\s*结/, /挂\s*失/, /停\s*用/]) await drawer.getByRole("button", { name }).first().waitFor();
    assert.equal(await drawer.getByRole("button", { name: /解\s*冻/ }).count(), 0);
    await drawer.getByTestId("card-password").getByText("未设置").waitFor();
    await drawer.getByRole("button", { name: "设置支付密码" }).click();
    const form = modal(page, "设置支付密码：");
    await form.getByText(/^139(\*{4}|1234)5678$/).waitFor();  // masked unless the admin sees phone numbers
    await form.getByRole("button", { name: "发送验证码" }).waitFor();
    await form.getByRole("button", { name: /取\s*消|Cancel/ }).click();
    await form.waitFor({ state: "hidden" });
  });

  await step("closing the card shows the API's refund split first, and can be called off", page, async () => {
    const drawer = page.locator(".ant-drawer-content");
    await drawer.getByRole("button", { name: "销 户" }).or(drawer.getByRole("button", { name: "销户" })).first().click();
    const form = modal(page, "销户：");
    const split = form.getByTestId("close-split");
    await split.waitFor();
    await split.locator(".ant-descriptions-item-content").first().getByText("¥500.00").waitFor();
    const text = await split.innerText();
    assert.match(text, /作废赠送金\s*¥50\.00/);
    assert.match(text, /已消费本金\s*¥0\.00/);
    await page.waitForTimeout(400);  // the dialog's opening animation
    await page.screenshot({ path: join(ARTIFACTS, "22-card-close-split.png") });
    await form.getByRole("button", { name: /取\s*消|Cancel/ }).click();
    await form.waitFor({ state: "hidden" });
    await drawer.locator(".ant-statistic", { hasText: "可用合计" }).getByText("¥550.00").waitFor();
    await page.keyboard.press("Escape");
  });
}
