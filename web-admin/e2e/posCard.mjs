// Browser step of stored-value cards at the POS: the cashier tops up the demo card (seeded by api/demo/seed.py) with
// cash into the open shift's drawer (a lost answer retried with the same idempotency key tops up once), then pays a
// fueling with the card and a little cash: the card is shown before paying, its password asked for as the API says,
// a wrong one refused in the card's row; the receipt shows 储值卡. It starts and leaves the cashier signed in, with
// no shift open.
import { join, resolve } from "node:path";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");
const CARD_NUMBER = "8800100000000018";
const CARD_PASSWORD = "135790";
const yuanOf = (text) => Number(text.replace(/[¥,\s]/g, ""));
const isOperation = (request, name) => request.url().endsWith("/graphql") && (request.postData() ?? "").includes(name);

export async function posCardSteps({ page, url, step, assert }) {
  await step("the cashier tops up a card with cash, then pays a fueling with it", page, async () => {
    await page.goto(`${url}/pos`);
    await page.getByTestId("shift-open").click();
    await page.locator(`[data-testid="opening-cash"] input, input[data-testid="opening-cash"]`).fill("200");
    await page.getByRole("button", { name: /开\s*班/ }).last().click();
    await page.getByTestId("shift-close").waitFor();
    await page.getByTestId("cash-in-drawer").getByText("¥200.00").waitFor();

    // 储值卡充值: the card reader types the number; the API shows the card before any money is taken
    await page.getByTestId("card-top-up").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("card-top-up-number").fill(CARD_NUMBER);
    await dialog.getByTestId("card-top-up-number").press("Enter");
    await dialog.getByTestId("card-holder").getByText("王师傅").waitFor();
    await dialog.getByTestId("card-balance").getByText(/^余额 ¥0\.00/).waitFor();
    await dialog.getByTestId("card-top-up-tiers").getByText(/充 ¥500\.00 送 ¥50\.00/).waitFor();
    await dialog.getByTestId("card-top-up-amount-input").fill("500");

    // the first answer is lost on the way back: the retry sends the same key and the card is topped up once
    const keys = [];
    let lost = false;
    await page.route("**/graphql", async (route) => {
      const request = route.request();
      if (isOperation(request, "PosCardTopUp")) keys.push(JSON.parse(request.postData()).variables.input.idempotencyKey);
      if (!lost && isOperation(request, "PosCardTopUp")) {
        lost = true;
        await route.fetch();
        await route.abort("failed");
        return;
      }
      await route.fallback();
    });
    await dialog.getByTestId("card-top-up-submit").click();
    await page.getByText(/可直接重试，不会重复充值/).waitFor();
    const [answer] = await Promise.all([
      page.waitForResponse((r) => isOperation(r.request(), "PosCardTopUp")),
      dialog.getByTestId("card-top-up-submit").click(),
    ]);
    await page.unroute("**/graphql");
    const payload = (await answer.json()).data.cardTopUp;
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1], "the retry reuses the dialog's idempotency key");
    assert.equal(payload.replay, true, "the retry is the first top-up's answer");
    await dialog.getByTestId("card-top-up-result").waitFor();
    assert.equal(await dialog.getByTestId("card-top-up-amount").innerText(), "¥500.00");
    assert.equal(await dialog.getByTestId("card-top-up-bonus").innerText(), "¥50.00");  // the product's tier, by the API
    assert.equal(await dialog.getByTestId("card-top-up-balance").innerText(), "¥550.00");
    await page.screenshot({ path: join(ARTIFACTS, "08d-pos-card-top-up.png") });
    const shiftAnswered = page.waitForResponse((r) => isOperation(r.request(), "CurrentShift"));
    await dialog.getByTestId("card-top-up-done").click();
    // the shift bar follows the drawer as the API counts it after the top-up
    const drawerFen = (await (await shiftAnswered).json()).data.currentShift.cashInDrawer.fen;
    await page.getByTestId("cash-in-drawer").getByText(`¥${(drawerFen / 100).toFixed(2)}`).waitFor();

    // the driver identified by the card's number typed into the member field (the card names its holder)
    await page.getByTestId("member-input").fill(CARD_NUMBER);
    await page.getByTestId("member-input").press("Enter");
    await page.getByTestId("member-identified").getByTestId("member-name").getByText("王师傅").waitFor();

    // a fueling paid ¥10 in cash and the rest by the card
    await page.waitForFunction(() => document.querySelectorAll("[data-testid='unpaid-fueling']").length >= 1, null,
      { timeout: 240_000, polling: 1000 });
    await page.getByTestId("unpaid-fueling").first().click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid='unpaid-fueling'] .ant-checkbox-checked").length === 1);
    await page.locator("[data-testid='checkout-quote'][data-loading='false']").waitFor();
    const payable = yuanOf(await page.getByTestId("checkout-total").innerText());
    await page.getByTestId("tender-amount").first().fill("10");
    await page.getByTestId("tender-add").click();
    const cardRow = page.getByTestId("tender-row").nth(1);
    await cardRow.getByText("储值卡", { exact: true }).click();
    // the identified member's cards are offered while the number is blank
    await cardRow.getByTestId("member-cards").getByText(/尾号0018 余额¥550\.00/).waitFor();
    await cardRow.getByTestId("card-number").fill(CARD_NUMBER);
    await cardRow.getByTestId("card-number").press("Enter");  // the reader's Enter shows the card, it does not pay
    await cardRow.getByTestId("card-holder").getByText("王师傅").waitFor();
    await cardRow.getByTestId("card-balance").getByText(/^余额 ¥550\.00/).waitFor();
    assert.equal(await page.getByTestId("receipt").count(), 0);
    // the card's product asks for the password above ¥50: the field appears
    await cardRow.getByTestId("card-password").waitFor();
    await cardRow.getByTestId("tender-problem").getByText("请输入支付密码").waitFor();
    await cardRow.getByTestId("card-password").fill("000000");
    await page.waitForFunction(() => !document.querySelector("[data-testid='checkout-pay']").disabled);
    await page.getByTestId("checkout-pay").click();
    await cardRow.getByTestId("tender-error").getByText("支付密码错误").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "08e-pos-card-password.png") });
    await cardRow.getByTestId("card-password").fill(CARD_PASSWORD);
    assert.equal(await cardRow.getByTestId("tender-error").count(), 0, "the row's refusal goes once it is changed");
    const [created] = await Promise.all([
      page.waitForRequest((request) => isOperation(request, "CheckoutCreate")),
      page.getByTestId("checkout-pay").click(),
    ]);
    const tenders = JSON.parse(created.postData()).variables.input.tenders;
    assert.deepEqual(tenders.map((t) => t.tender), ["CASH", "CARD"]);
    assert.equal(tenders[1].reference, CARD_NUMBER);
    assert.equal(tenders[1].amountFen, Math.round(payable * 100) - 1000);
    await page.getByTestId("receipt").waitFor({ timeout: 60_000 });
    const receipt = page.frameLocator("[data-testid='receipt']").locator("body");
    await receipt.getByText(/储值卡/).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "08f-pos-card-receipt.png") });
    await page.getByTestId("receipt-close").click();

    // the shift closes on the cash the API expects
    await page.getByTestId("shift-close").click();
    const expected = yuanOf(await page.getByTestId("expected-cash").innerText());
    await page.locator(`[data-testid="counted-cash"] input, input[data-testid="counted-cash"]`).fill(expected.toFixed(2));
    await page.getByRole("button", { name: "确认交班" }).click();
    await page.locator(".ant-modal-confirm-title", { hasText: /第 \d+ 班已交班/ }).waitFor();
    await page.getByRole("button", { name: /OK|确\s*定|知道了/ }).last().click();
    await page.getByTestId("shift-open").waitFor();
  });
}
