import type { Locator, Page } from "@playwright/test";
import { seriousViolations } from "./support/accessibility";
import { expect, test } from "./support/fixtures";

const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 900 };

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, maxPresses = 20) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`not reached by ${maxPresses} presses of Tab`);
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

for (const viewport of [phone, desktop]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("the header names the portal and offers 登录 and 注册", async ({ page }) => {
      await page.goto("/");
      const header = page.getByRole("banner");

      await expect(header.getByRole("link", { name: "中国社区网" })).toHaveAttribute("href", "/");
      await expect(header.getByRole("link", { name: "登录", exact: true })).toHaveAttribute(
        "href",
        "/login",
      );
      await expect(header.getByRole("link", { name: "注册", exact: true })).toHaveAttribute(
        "href",
        "/register",
      );
      await expect(page.getByRole("heading", { level: 1, name: "中国社区网" })).toBeVisible();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });

    test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
      await page.goto("/");
      const skipLink = page.getByRole("link", { name: "跳到正文" });
      expect((await skipLink.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);

      await page.keyboard.press("Tab");
      await expect(skipLink).toBeFocused();
      expect((await skipLink.boundingBox())?.width ?? 0).toBeGreaterThan(40);

      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#main$/);
      await expect(page.getByRole("main")).toBeFocused();
    });

    test("the home page has no serious accessibility violations", async ({ page }) => {
      await page.goto("/");

      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: phone });

  test("the menu opens, is usable and closes by keyboard", async ({ page }) => {
    await page.goto("/");
    const menuButton = page.getByRole("button", { name: "菜单" });
    const navigation = page.getByRole("navigation", { name: "主导航" });
    await expect(navigation.getByRole("link", { name: "社区导航" })).toBeHidden();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");

    await tabTo(page, menuButton);
    await page.keyboard.press("Enter");
    await expect(menuButton).toHaveAttribute("aria-expanded", "true");
    await expect(navigation.getByRole("link", { name: "社区导航" })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(navigation.getByRole("link", { name: "首页" })).toBeFocused();
    await expect(navigation.getByRole("link", { name: "首页" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press("Escape");
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(menuButton).toBeFocused();
    await expect(navigation.getByRole("link", { name: "社区导航" })).toBeHidden();

    await page.keyboard.press("Space");
    await expect(navigation.getByRole("link", { name: "社区导航" })).toBeVisible();
  });
});

test.describe("on a desktop", () => {
  test.use({ viewport: desktop });

  test("the navigation is a row of links with the current page marked", async ({ page }) => {
    await page.goto("/");
    const navigation = page.getByRole("navigation", { name: "主导航" });

    await expect(page.getByRole("button", { name: "菜单" })).toBeHidden();
    await expect(navigation.getByRole("link", { name: "首页" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(navigation.getByRole("link", { name: "社区导航" })).toHaveAttribute(
      "href",
      "/communities",
    );
    await expect(navigation.getByRole("link", { name: "社区导航" })).not.toHaveAttribute(
      "aria-current",
    );
  });

  test("大字模式 enlarges the text and is kept over a reload", async ({ page }) => {
    await page.goto("/");
    const toggle = page.getByRole("button", { name: "大字模式" });
    const rootFontSize = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    const normalSize = await rootFontSize();

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const largeSize = await rootFontSize();
    expect(parseFloat(largeSize)).toBeGreaterThanOrEqual(parseFloat(normalSize) * 1.2);

    const reloaded = await page.reload();
    // The server itself renders the large size, so the page never flashes small first.
    expect(await reloaded?.text()).toMatch(/<html[^>]*class="text-large"/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await rootFontSize()).toBe(largeSize);
    expect(await seriousViolations(page)).toEqual([]);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await page.reload();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(await rootFontSize()).toBe(normalSize);
  });

  test("an unknown address shows a page-not-found page inside the site", async ({ page }) => {
    const response = await page.goto("/no-such-page");

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
    await expect(page.getByRole("link", { name: "返回首页" })).toHaveAttribute("href", "/");
    await expect(page.getByRole("banner")).toBeVisible();
  });
});
