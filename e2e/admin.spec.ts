import type { Browser, Page } from "@playwright/test";
import { captchaInput, registerResident, submitLogin } from "./support/accounts";
import { seriousViolations } from "./support/accessibility";
import { expect, test, uniqueName, uniquePhone } from "./support/fixtures";
import { captchaCode } from "./support/settings";

test.describe.configure({ timeout: 120_000 });

/** Signs the demo admin in, in a browser context of its own. */
async function signInAdmin(browser: Browser, path: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await submitLogin(page, "13800000001", "demo1234");
  await page.waitForURL(`**${path}`);

  return page;
}

async function signIn(page: Page, phone: string, password: string) {
  await page.goto("/login");
  await submitLogin(page, phone, password);
  await page.waitForURL("**/user");
}

/** Other tests write to the log at the same time, so it is filtered to the action. */
async function expectLatestAudit(admin: Page, action: string) {
  await admin.goto("/admin/audit");
  await admin.getByLabel("操作", { exact: true }).selectOption({ label: action });
  await admin.getByRole("button", { name: "筛选" }).click();
  const latest = admin
    .getByRole("table", { name: /审计日志/ })
    .getByRole("row")
    .nth(1);
  await expect(latest).toContainText(`系统管理员${action}`);
}

function userRow(admin: Page, realName: string) {
  return admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: realName }) });
}

test("the console is for admins only", async ({ page }) => {
  await page.goto("/admin/users");
  await page.waitForURL("**/login?callbackUrl=%2Fadmin");

  await submitLogin(page, "13800000004", "demo1234");
  await page.waitForURL("**/admin");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "管理后台" })).toBeHidden();
});

test("an admin disables a user, whose open session ends at once, then resets the password", async ({
  page,
  browser,
}) => {
  const account = await registerResident(page, { email: `${uniquePhone()}@example.org` });
  await signIn(page, account.phone, account.password);
  await expect(page.getByRole("button", { name: "退出" })).toBeVisible();

  const admin = await signInAdmin(browser, "/admin/users");
  await admin.getByLabel("姓名或手机号").fill(account.phone.slice(-4));
  await admin.getByRole("button", { name: "查找" }).click();
  const row = userRow(admin, account.realName);
  await expect(row).toContainText(`${account.phone.slice(0, 3)}****${account.phone.slice(-4)}`);
  await expect(row).not.toContainText(account.phone);
  expect(await seriousViolations(admin)).toEqual([]);
  await row.getByRole("button", { name: "停用" }).click();
  const confirm = admin.getByRole("dialog", { name: "停用账号" });
  await expect(confirm).toContainText(account.realName);
  await confirm.getByRole("button", { name: "确认停用" }).click();
  await expect(row.getByRole("status")).toHaveText("账号已停用");
  await expect(row).toContainText("已停用");

  await page.goto("/user");
  await expect(
    page.getByRole("banner").getByRole("link", { name: "登录", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "退出" })).toBeHidden();
  await page.goto("/login");
  await submitLogin(page, account.phone, account.password);
  await expect(page.getByText("账号已被停用，请联系管理员")).toBeVisible();

  await row.getByRole("button", { name: "启用" }).click();
  await admin
    .getByRole("dialog", { name: "启用账号" })
    .getByRole("button", { name: "确认启用" })
    .click();
  await expect(row).toContainText("正常");
  await row.getByRole("button", { name: "重置密码" }).click();
  const reset = admin.getByRole("dialog", { name: "重置登录密码" });
  await reset.getByRole("button", { name: "确认重置" }).click();
  const temporary = (await reset.getByRole("status", { name: "临时密码" }).textContent()) ?? "";
  expect(temporary).toMatch(/^[A-Za-z2-9]{10}$/);
  await reset.getByRole("button", { name: "完成" }).click();

  await signIn(page, account.phone, temporary);
  await expect(page.getByRole("link", { name: "通知，2 条未读" })).toBeVisible();
  await page.getByRole("link", { name: "通知，2 条未读" }).click();
  await expect(page.getByRole("heading", { name: "登录密码已重置" })).toBeVisible();
  await page.getByRole("button", { name: "将“登录密码已重置”标为已读" }).click();
  await expect(page.getByRole("link", { name: "通知，1 条未读" })).toBeVisible();

  for (const action of ["停用账号", "启用账号", "重置密码"]) {
    await expectLatestAudit(admin, action);
  }
});

test("an admin merges a community proposed at registration; its member moves", async ({
  page,
  browser,
}) => {
  const realName = uniqueName();
  const proposed = `${realName}新建社区`;
  await page.goto("/register");
  await page.getByLabel("省份").selectOption({ label: "北京市" });
  await page.getByLabel("区县").selectOption({ label: "东城区" });
  await page
    .getByRole("combobox", { name: "所在社区" })
    .selectOption({ label: "没有我的社区，填写新社区" });
  await page.getByLabel("新社区全称").fill(proposed);
  await page.getByLabel(/^手机号/).fill(uniquePhone());
  await page.getByLabel(/^真实姓名/).fill(realName);
  await page.getByLabel(/^密码/).fill("pass-1234");
  await captchaInput(page).fill(captchaCode);
  await page.getByRole("button", { name: "下一步" }).click();
  await page.waitForURL("**/register/type");

  const admin = await signInAdmin(browser, "/admin");
  await admin.getByRole("link", { name: /新社区/ }).click();
  await admin.waitForURL("**/admin/communities");
  const card = admin.getByRole("article", { name: proposed });
  await expect(card).toContainText("北京市 / 东城区");
  await expect(card).toContainText(realName);
  await card.getByLabel("搜索本区县的社区").fill("多福巷");
  await card.getByRole("button", { name: "搜索" }).click();
  await card.getByRole("radio", { name: "多福巷社区居委会" }).check();
  expect(await seriousViolations(admin)).toEqual([]);
  await card.getByRole("button", { name: "合并到所选社区" }).click();
  const confirm = admin.getByRole("dialog", { name: "确认合并" });
  await expect(confirm).toContainText(proposed);
  await confirm.getByRole("button", { name: "确认合并" }).click();
  await expect(card.getByRole("status")).toContainText(
    `“${proposed}”已并入“多福巷社区居委会”，1 位成员已随之迁移`,
  );

  await admin.reload();
  await expect(admin.getByRole("article", { name: proposed })).toBeHidden();
  await admin.goto("/admin/users");
  await admin.getByLabel("姓名或手机号").fill(realName);
  await admin.getByRole("button", { name: "查找" }).click();
  await expect(userRow(admin, realName)).toContainText("多福巷社区居委会");
  await expectLatestAudit(admin, "合并社区");
});
