// Browser steps of loyalty: a tier ladder with a member price, the certification review queue and the points
// report. They start with the admin signed in and leave the admin signed in.
import { join, resolve } from "node:path";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");

async function saveTier(page, { name, memberPrice }) {
  await page.getByRole("button", { name: "新增等级" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("等级名称").fill(name);
  const rank = Number(await dialog.getByLabel("等级序号").inputValue());
  if (rank > 0) await dialog.getByLabel("消费金额门槛（元）").fill(String(1000 * rank));
  if (memberPrice) {
    await dialog.getByTestId("gradeDiscounts-add").click();
    const row = dialog.getByTestId("gradeDiscounts-table").locator(".ant-table-row").last();
    await row.locator(".ant-select input").fill(memberPrice.grade);
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: memberPrice.grade }).first().click();
    await row.locator(".ant-input-number input").fill(memberPrice.yuan);
  }
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await dialog.waitFor({ state: "hidden" });
  await page.locator(".ant-table-row", { hasText: name }).waitFor();
  return rank;
}

export async function loyaltySteps({ page, url, step, assert }) {
  const tag = String(Date.now() % 10000);

  await step("the admin builds a tier ladder with a member price for 92#", page, async () => {
    await page.goto(`${url}/`);
    await page.getByRole("menuitem", { name: "会员等级与积分" }).click();
    await page.getByText("等级阶梯").waitFor();
    const base = await saveTier(page, { name: `银卡${tag}` });
    await page.getByText("等级已保存").first().waitFor();
    const rank = await saveTier(page, { name: `金卡${tag}`, memberPrice: { grade: "1402", yuan: "0.30" } });
    assert.equal(rank, base + 1);
    const row = page.locator(".ant-table-row", { hasText: `金卡${tag}` });
    await row.getByText(/1402.*减 ¥0\.30\/L/).waitFor();
    await row.getByText(`消费满 ¥${(1000 * rank).toLocaleString("en-US")}.00`).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "16-loyalty-tiers.png"), fullPage: true });
  });

  await step("the admin opens the certification review queue", page, async () => {
    await page.getByRole("menuitem", { name: "网约车认证" }).click();
    await page.getByText("网约车司机认证").waitFor();
    const table = page.locator(".ant-table").first();
    await table.locator(".ant-table-row, .ant-empty").first().waitFor();
    const pending = page.getByTestId("certification-open");
    if (await pending.count()) {
      await pending.first().click();
      await page.getByTestId("certification-documents").locator("img, .ant-empty").first().waitFor();
      await page.screenshot({ path: join(ARTIFACTS, "17-certification-review.png"), fullPage: true });
      await page.keyboard.press("Escape");
    } else {
      await page.screenshot({ path: join(ARTIFACTS, "17-certifications.png"), fullPage: true });
    }
  });

  await step("the admin sees the points report", page, async () => {
    await page.getByRole("menuitem", { name: "积分报表" }).click();
    await page.getByText("各等级会员数").waitFor();
    await page.getByTestId("tier-members").locator("canvas").waitFor();
    await page.getByTestId("points-months").locator("canvas").waitFor();
    await page.getByText("发放积分").first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "18-points-report.png"), fullPage: true });
  });
}
