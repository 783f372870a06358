// Browser step of the POS's 会员 area: the cashier registers a driver by phone (with consent), checks out a fueling
// for them in cash, and the shift's orders and the console's members list show the driver. It starts and leaves
// the cashier signed in, with no shift open.
import { join, resolve } from "node:path";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");
const yuanOf = (text) => Number(text.replace(/[¥,\s]/g, ""));
const isQuoteFor = (response, memberAsked) => response.url().endsWith("/graphql")
  && (response.request().postData() ?? "").includes("PosCheckoutQuote")
  && /"memberId":"[^"]+"/.test(response.request().postData() ?? "") === memberAsked;

export async function posMemberSteps({ page, url, step, assert }) {
  await step("the cashier registers a driver by phone and checks out a fueling for them in cash", page, async () => {
    const phone = `139${String(Date.now()).slice(-8)}`;
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    await page.goto(`${url}/pos`);
    await page.getByTestId("shift-open").click();
    await page.locator(`[data-testid="opening-cash"] input, input[data-testid="opening-cash"]`).fill("200");
    await page.getByRole("button", { name: /开\s*班/ }).last().click();
    await page.getByTestId("shift-close").waitFor();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid='unpaid-fueling']").length >= 1, null,
      { timeout: 240_000, polling: 1000 });
    await page.getByTestId("unpaid-fueling").first().click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid='unpaid-fueling'] .ant-checkbox-checked").length === 1);

    // a phone number that is no member's yet: the cashier registers the driver, who must consent
    await page.getByTestId("member-input").fill(phone);
    await page.getByTestId("member-input").press("Enter");
    await page.getByTestId("member-not-found").getByText(`${masked} 还不是会员`).waitFor();
    assert.equal(await page.getByTestId("receipt").count(), 0, "Enter in the member field looks up, it does not pay");
    await page.getByTestId("member-register-open").click();
    const dialog = page.getByRole("dialog");
    assert.equal(await dialog.getByTestId("register-phone").inputValue(), phone);
    await dialog.getByTestId("register-name").fill("李师傅");
    await dialog.getByTestId("register-submit").click();
    await dialog.getByText("请先征得车主同意会员协议").waitFor();
    await dialog.getByText("车主已同意").click();
    const requoted = page.waitForResponse((response) => isQuoteFor(response, true));
    await dialog.getByTestId("register-submit").click();
    await page.getByText("会员已登记").waitFor();
    const identified = page.getByTestId("member-identified");
    await identified.getByTestId("member-name").getByText("李师傅").waitFor();
    await identified.getByTestId("member-phone").getByText(masked).waitFor();
    const memberNumber = (await identified.getByTestId("member-number").innerText()).trim();
    assert.ok(memberNumber, "the member's number is shown");

    // the checkout is quoted again for the member, and the order records them
    await requoted;
    await page.locator("[data-testid='checkout-quote'][data-loading='false']").waitFor();
    await page.waitForFunction(() => !document.querySelector("[data-testid='checkout-pay']").disabled);
    const payable = yuanOf(await page.getByTestId("checkout-total").innerText());
    await page.screenshot({ path: join(ARTIFACTS, "08b-pos-member.png") });
    const [created] = await Promise.all([
      page.waitForRequest((request) => (request.postData() ?? "").includes("CheckoutCreate")),
      page.getByTestId("checkout-pay").click(),
    ]);
    assert.match(created.postData(), /"memberId":"[^"]+"/);
    await page.getByTestId("receipt").waitFor({ timeout: 60_000 });
    const number = (await page.locator(".ant-modal-title", { hasText: /订单 / }).innerText()).replace("订单 ", "").trim();
    await page.getByTestId("receipt-close").click();
    // the next checkout is a walk-in again
    assert.equal(await page.getByTestId("member-identified").count(), 0);
    assert.equal(await page.getByTestId("member-input").inputValue(), "");

    await page.getByTestId("shift-orders").click();
    await page.getByTestId("shift-order").filter({ hasText: number }).getByTestId("shift-order-driver")
      .getByText(`会员 ${memberNumber} 李师傅`).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "08c-pos-member-order.png") });
    await page.locator(".ant-drawer-close").click();
    await page.getByTestId("shift-order").first().waitFor({ state: "hidden" });

    await page.getByTestId("shift-close").click();
    const expected = yuanOf(await page.getByTestId("expected-cash").innerText());
    assert.equal(expected.toFixed(2), (200 + payable).toFixed(2));
    await page.locator(`[data-testid="counted-cash"] input, input[data-testid="counted-cash"]`).fill(expected.toFixed(2));
    await page.getByRole("button", { name: "确认交班" }).click();
    await page.locator(".ant-modal-confirm-title", { hasText: /第 \d+ 班已交班/ }).waitFor();
    await page.getByRole("button", { name: /OK|确\s*定|知道了/ }).last().click();
    await page.getByTestId("shift-open").waitFor();

    // the console's members list has the driver, registered at the POS
    await page.goto(`${url}/members`);
    await page.getByPlaceholder("完整手机号、车牌、会员号或姓名").fill(phone);
    await page.getByRole("button", { name: /查\s*询/ }).click();
    const row = page.locator(".ant-table-row", { hasText: memberNumber });
    await row.getByText("李师傅").waitFor();
    await row.getByText("收银台").waitFor();

    // the console's orders page shows whom the order was for
    await page.goto(`${url}/orders`);
    const order = page.locator(".ant-table-row", { hasText: number });
    await order.getByText(new RegExp(`${memberNumber} 李师傅`)).waitFor();
    await order.locator("a").first().click();
    await page.getByTestId("order-member").getByText(new RegExp(`^${memberNumber} 李师傅`)).waitFor();
    await page.locator(".ant-drawer-close").click();
  });
}
