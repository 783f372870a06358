// Browser step of card top-ups by payment code at the POS: the cashier opens a shift and tops up the demo card (seeded
// by api/demo/seed.py) with the payer's WeChat payment code; the payer confirms with a password first, so the dialog
// waits and asks again, and the card is credited only once WeChat Pay says paid. The drawer's cash is untouched (the
// money is the station's WeChat Pay account's: the shift's one cash sale is all the drawer gains). It starts and leaves
// the cashier signed in, with no shift open.
import { join, resolve } from "node:path";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");
const CARD_NUMBER = "8800100000000018";
const CONFIRMING = "134567890123450000";  // the payer confirms with a password (USERPAYING, then paid)
const yuanOf = (text) => Number(text.replace(/[¥,\s]/g, ""));

export async function posCardCodeSteps({ page, url, step, assert }) {
  await step("the cashier tops up a card with a WeChat payment code the payer confirms", page, async () => {
    await page.goto(`${url}/pos`);
    await page.getByTestId("shift-open").click();
    await page.locator(`[data-testid="opening-cash"] input, input[data-testid="opening-cash"]`).fill("100");
    await page.getByRole("button", { name: /开\s*班/ }).last().click();
    await page.getByTestId("shift-close").waitFor();

    await page.getByTestId("card-top-up").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("card-top-up-method").getByText("微信付款码").click();
    await dialog.getByTestId("card-top-up-number").fill(CARD_NUMBER);
    await dialog.getByTestId("card-top-up-number").press("Enter");
    await dialog.getByTestId("card-holder").getByText("王师傅").waitFor();
    const before = yuanOf(/余额\s*(¥[\d,.]+)/.exec(await dialog.getByTestId("card-balance").innerText())[1]);
    await dialog.getByTestId("card-top-up-amount-input").fill("100");
    assert.equal(await dialog.getByTestId("card-top-up-submit").isDisabled(), true, "no code scanned yet");
    await dialog.getByTestId("card-top-up-code").fill(CONFIRMING);
    await dialog.getByTestId("card-top-up-code").press("Enter");  // the scanner's Enter sends it
    await dialog.getByTestId("card-top-up-waiting").waitFor();  // the payer is entering the password
    await page.screenshot({ path: join(ARTIFACTS, "08g-pos-card-top-up-code-waiting.png") });
    await dialog.getByTestId("card-top-up-result").waitFor({ timeout: 60_000 });
    assert.equal(await dialog.getByTestId("card-top-up-amount").innerText(), "¥100.00");
    assert.equal(await dialog.getByTestId("card-top-up-bonus").innerText(), "¥0.00");  // below the ¥500 tier
    assert.equal(yuanOf(await dialog.getByTestId("card-top-up-balance").innerText()).toFixed(2), (before + 100).toFixed(2));
    await page.screenshot({ path: join(ARTIFACTS, "08h-pos-card-top-up-code.png") });
    await dialog.getByTestId("card-top-up-done").click();

    // a fueling sold in cash: the drawer holds the opening cash and that sale, not the top-up
    await page.waitForFunction(() => document.querySelectorAll("[data-testid='unpaid-fueling']").length >= 1, null,
      { timeout: 240_000, polling: 1000 });
    await page.getByTestId("unpaid-fueling").first().click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid='unpaid-fueling'] .ant-checkbox-checked").length === 1);
    await page.locator("[data-testid='checkout-quote'][data-loading='false']").waitFor();
    await page.waitForFunction(() => !document.querySelector("[data-testid='checkout-pay']").disabled);
    const payable = yuanOf(await page.getByTestId("checkout-total").innerText());
    await page.getByTestId("checkout-pay").click();
    await page.getByTestId("receipt").waitFor({ timeout: 60_000 });
    await page.getByTestId("receipt-close").click();
    await page.getByTestId("shift-close").click();
    const expected = yuanOf(await page.getByTestId("expected-cash").innerText());
    assert.equal(expected.toFixed(2), (100 + payable).toFixed(2));
    await page.locator(`[data-testid="counted-cash"] input, input[data-testid="counted-cash"]`).fill(expected.toFixed(2));
    await page.getByRole("button", { name: "确认交班" }).click();
    await page.locator(".ant-modal-confirm-title", { hasText: /第 \d+ 班已交班/ }).waitFor();
    await page.getByRole("button", { name: /OK|确\s*定|知道了/ }).last().click();
    await page.getByTestId("shift-open").waitFor();
  });
}
