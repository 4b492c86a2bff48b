import { expect, test } from "./support/fixtures";

test(
  "the home page names the portal and fits a phone screen",
  { tag: "@mobile" },
  async ({ page }) => {
    await page.goto("/");

    await expect(page).toHaveTitle(/中国社区网/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  },
);
