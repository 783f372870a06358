// Browser steps of the member page (会员详情): the demo card's holder (seeded by api/demo/) shows their profile, the
// certified car, tier and points, the card topped up and spent at the POS, the pending certification and the coupons'
// notice; the admin approves that certification in the review queue and the page says so; the driver registered at
// the POS has their order listed, linking to its detail on the orders page. They start and leave the admin signed in.
import { join, resolve } from "node:path";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");
const HOLDER = "M100000001";
const CARD_NUMBER = "8800100000000018";
const PLATE = "川A8D3F2";
const yuanOf = (text) => Number(text.replace(/[¥,\s]/g, ""));

async function openMember(page, url, search, number) {
  await page.goto(`${url}/members`);
  await page.getByPlaceholder("完整手机号、车牌、会员号或姓名").fill(search);
  await page.getByRole("button", { name: /查\s*询/ }).click();
  const row = page.locator(".ant-table-row", { hasText: number ?? search }).first();
  await row.waitFor();
  await row.getByRole("link").first().click();
  await page.getByTestId("member-360").waitFor();
}

export async function member360Steps({ page, url, step, assert }) {
  await step("the demo member's page gathers their profile, car, tier, points, card and certification", page, async () => {
    await openMember(page, url, HOLDER);
    assert.match(page.url(), /\/members\/[^/]+$/);
    await page.getByTestId("member-360-profile").getByTestId("member-name").getByText("王师傅").waitFor();
    await page.getByTestId("member-360-vehicles").getByText(PLATE).waitFor();
    const tier = page.getByTestId("member-360-tier");
    assert.ok((await tier.getByTestId("member-tier").innerText()).trim(), "the tier the member holds is named");
    await tier.getByTestId("member-tier-hint").waitFor();
    await page.getByTestId("member-points-balance").waitFor();
    const card = page.getByTestId("member-card-row").filter({ hasText: CARD_NUMBER });
    await card.getByText("正常").waitFor();
    // topped up with ¥550.00 at the POS, then a fueling paid partly by the card
    const total = yuanOf(await card.getByTestId("member-card-total").innerText());
    assert.ok(total >= 0 && total < 550, `the card holds what is left after the POS: ${total}`);
    const certification = page.getByTestId("member-360-certification");
    await certification.getByTestId("member-certification-status").getByText("待审核").waitFor();
    await certification.getByText("滴滴出行").waitFor();
    await page.getByTestId("member-360-coupons").getByText("优惠券功能即将上线").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "21-member-360.png"), fullPage: true });
    // the card's number opens the card's own drawer
    await card.getByText(CARD_NUMBER).click();
    const drawer = page.locator(".ant-drawer", { hasText: `储值卡 ${CARD_NUMBER}` });
    await drawer.getByText("本金").first().waitFor();
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });
  });

  await step("the admin approves the demo certification in the review queue, and the member page shows it", page, async () => {
    await page.getByTestId("member-360-certification").getByRole("link", { name: "去审核" }).click();
    await page.getByText("网约车司机认证").first().waitFor();
    const request = page.locator(".ant-table-row", { hasText: PLATE });
    await request.getByTestId("certification-open").click();
    const documents = page.getByTestId("certification-documents");
    await documents.locator("img").nth(2).waitFor();
    assert.equal(await documents.locator("img").count(), 3);
    await page.screenshot({ path: join(ARTIFACTS, "22-certification-approve.png"), fullPage: true });
    await page.getByTestId("certification-approve").click();
    await page.getByText("认证已通过").waitFor();
    await openMember(page, url, HOLDER);
    const certification = page.getByTestId("member-360-certification");
    await certification.getByTestId("member-certification-status").getByText("已通过").waitFor();
    await certification.getByText("已认证司机").waitFor();
  });

  await step("the POS driver's page lists their order, which opens on the orders page", page, async () => {
    await openMember(page, url, "李师傅");
    const order = page.getByTestId("member-order-row").first();
    await order.getByText("石桥辅加油站").waitFor();
    await order.getByText("现金").waitFor();
    const number = (await order.getByRole("link").first().innerText()).trim();
    await page.screenshot({ path: join(ARTIFACTS, "23-member-360-orders.png"), fullPage: true });
    await order.getByRole("link").first().click();
    await page.getByTestId("order-detail").getByTestId("order-member").getByText(/李师傅/).waitFor();
    await page.locator(".ant-drawer-title", { hasText: `订单 ${number}` }).waitFor();
    await page.locator(".ant-drawer-close").click();
  });
}
