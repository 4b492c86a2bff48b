import type { Browser, Page } from "@playwright/test";
import { submitLogin } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { registerSecretary } from "./support/secretary";
import { baseURL } from "./support/settings";

test.describe.configure({ timeout: 120_000 });

const menu = (page: Page) => page.getByRole("navigation", { name: "用户中心菜单" });

/** The same account signed in on a second device (another browser context). */
async function signInElsewhere(browser: Browser, phone: string, password: string) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN" });
  const other = await context.newPage();
  await other.goto("/login");
  await submitLogin(other, phone, password);
  await other.waitForURL("**/user");

  return other;
}

test("shows the owner's ID number in full and edits the profile with the password", async ({
  page,
}) => {
  const account = await registerSecretary(page);
  const email = `profile-${account.phone}@example.org`;

  await menu(page).getByRole("link", { name: "个人资料" }).click();
  await expect(page.getByText(account.idNumber, { exact: true })).toBeVisible();
  await expect(page.getByText(account.phone, { exact: true })).toBeVisible();

  await menu(page).getByRole("link", { name: "修改基本资料" }).click();
  await page.getByLabel(/^电子邮件/).fill(email);
  await page.getByLabel(/^工作单位/).fill("东华门街道办事处");
  await page.getByLabel(/^学历/).selectOption({ label: "本科" });
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByLabel(/^当前密码/)).toHaveAccessibleDescription(/^请输入当前登录密码/);

  await page.getByLabel(/^当前密码/).fill("not-my-password");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByLabel(/^当前密码/)).toHaveAccessibleDescription(/^密码不正确/);
  await expect(page.getByLabel(/^工作单位/)).toHaveValue("东华门街道办事处");

  await page.getByLabel(/^当前密码/).fill(account.password);
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("基本资料已保存。")).toBeVisible();
  await expect(page.getByLabel(/^当前密码/)).toHaveValue("");

  await menu(page).getByRole("link", { name: "个人资料" }).click();
  await expect(page.getByText("东华门街道办事处")).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("本科")).toBeVisible();
});

test("a new password signs out the other device but keeps this one", async ({ page, browser }) => {
  const account = await registerSecretary(page);
  const other = await signInElsewhere(browser, account.phone, account.password);
  const newPassword = "newer-5678";

  await menu(page).getByRole("link", { name: "修改登录密码" }).click();
  await page.getByLabel(/^原密码/).fill("wrong-password");
  await page.getByLabel(/^新密码/).fill("12345");
  await page.getByLabel(/^确认新密码/).fill("54321");
  // By keyboard: the messages that appear as the field loses focus move the button.
  await page.getByRole("button", { name: "提交" }).press("Enter");
  await expect(page.getByLabel(/^新密码/)).toHaveAccessibleDescription(/^密码不得少于 6 位/);
  await expect(page.getByLabel(/^确认新密码/)).toHaveAccessibleDescription(
    "两次输入的新密码不一致",
  );

  await page.getByLabel(/^新密码/).fill(newPassword);
  await page.getByLabel(/^确认新密码/).fill(newPassword);
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByLabel(/^原密码/)).toHaveAccessibleDescription(/^密码不正确/);

  await page.getByLabel(/^原密码/).fill(account.password);
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("登录密码已修改，其他设备上的登录已全部退出。")).toBeVisible();

  await expect(page.getByRole("banner")).toContainText(account.realName);
  await page.goto("/user");
  await expect(page.getByRole("heading", { name: "用户中心", level: 1 })).toBeVisible();
  await other.goto("/user");
  await other.waitForURL(/\/login/);
  await submitLogin(other, account.phone, account.password);
  await expect(other.getByText("登录账号或密码错误")).toBeVisible();
  await submitLogin(other, account.phone, newPassword);
  await other.waitForURL("**/user");
  await other.context().close();
});

test("edits 服务时间 and 服务类别", async ({ page }) => {
  await registerSecretary(page);

  await menu(page).getByRole("link", { name: "修改社区服务资料" }).click();
  await expect(page.getByText("您还不是社区志愿者")).toBeVisible();
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("请至少选择一项服务时间")).toBeVisible();
  await page.getByRole("checkbox", { name: "工作日晚上" }).check();
  await page.getByRole("checkbox", { name: "教育辅导" }).check();
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("社区服务资料已保存。")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "工作日晚上" })).toBeChecked();
  await expect(page.getByText("您是社区志愿者")).toBeVisible();
});

test("【安全退出系统】 ends the session on every device", async ({ page, browser }) => {
  const account = await registerSecretary(page);
  const other = await signInElsewhere(browser, account.phone, account.password);

  await menu(page).getByRole("link", { name: "个人资料" }).click();
  await page.getByRole("button", { name: "安全退出系统" }).click();
  await page.waitForURL(/\/login/);
  await page.goto("/user");
  await page.waitForURL(/\/login/);

  await other.goto("/user/profile");
  await other.waitForURL(/\/login/);
  await other.context().close();
});
