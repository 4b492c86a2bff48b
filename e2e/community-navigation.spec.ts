import { seriousViolations } from "./support/accessibility";
import { expect, test } from "./support/fixtures";

test("a newcomer walks 社区导航 down to a community of 东城区", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "主导航" })
    .getByRole("link", { name: "社区导航" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "社区导航" })).toBeVisible();

  await page.getByLabel("省份").selectOption({ label: "北京市" });
  // 北京市 has no real city level: its districts come next.
  const district = page.getByLabel("区县");
  await expect(district).toBeVisible();
  await expect(page.getByLabel("城市")).toHaveCount(0);
  await district.selectOption({ label: "东城区" });
  await expect(page.getByText("显示前 100 个社区，输入名称可缩小范围")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel("搜索社区").fill("多福巷");
  const list = page.getByRole("list", { name: "社区列表" });
  await expect(list.getByRole("link")).toHaveCount(1);
  await list.getByRole("link", { name: "多福巷社区居委会" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "多福巷社区居委会" })).toBeVisible();
  const crumbs = page.getByRole("navigation", { name: "所在位置" });
  await expect(crumbs).toContainText("北京市");
  await expect(crumbs).toContainText("东华门街道");
  await expect(page.getByText("官方名录")).toBeVisible();

  await crumbs.getByRole("link", { name: "东城区" }).click();
  await expect(page.getByLabel("区县")).toHaveValue("110101");
  await expect(page.getByRole("list", { name: "社区列表" })).toContainText("多福巷社区居委会");
});

test(
  "东莞市 ends the cascade at the city select, on a phone",
  { tag: "@mobile" },
  async ({ page }) => {
    await page.goto("/communities");

    await page.getByLabel("省份").selectOption({ label: "广东省" });
    await page.getByLabel("城市").selectOption({ label: "东莞市" });
    await expect(page.getByText(/显示前 100 个社区/)).toBeVisible();
    await expect(page.getByLabel("区县")).toHaveCount(0);
    await page.getByLabel("搜索社区").fill("不存在的社区名");
    await expect(page.getByText("没有找到名称含“不存在的社区名”的社区")).toBeVisible();

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  },
);

test("the region API answers cacheable JSON and refuses a malformed code", async ({ request }) => {
  const henan = await request.get("/api/regions?parent=41");
  const bad = await request.get("/api/regions/11x/communities");

  expect(henan.headers()["cache-control"]).toContain("public");
  expect((await henan.json()).regions).toContainEqual({
    code: "419001",
    name: "济源市",
    level: 3,
    isDistrict: true,
  });
  expect(bad.status()).toBe(400);
});
