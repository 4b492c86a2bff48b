import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

type AxePage = ConstructorParameters<typeof AxeBuilder>[0]["page"];

/**
 * Serious and critical WCAG 2.1 A/AA findings on the page as it is now, short enough to read
 * in a failure message: `expect(await seriousViolations(page)).toEqual([])`.
 */
export async function seriousViolations(page: Page) {
  // axe may resolve a newer patch of playwright-core than the test runner; the API is the same.
  const results = await new AxeBuilder({ page: page as unknown as AxePage })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();

  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}
