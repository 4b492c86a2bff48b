import type { Page } from "@playwright/test";
import { resetLinkIn, startMailCatcher } from "../tests/mail-catcher";
import { captchaInput, registerResident, submitLogin } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { captchaCode, e2eSmtpPort } from "./support/settings";

const header = (page: Page) => page.getByRole("banner");

test.describe.configure({ timeout: 120_000 });

/** The SMTP server the test server mails to; a second test needing it waits for the port. */
async function catchMail() {
  for (let waited = 0; ; waited += 500) {
    try {
      return await startMailCatcher(e2eSmtpPort);
    } catch (error) {
      if ((error as { code?: string }).code !== "EADDRINUSE" || waited > 60_000) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

test("logs in by phone and by email, returns to the page asked for, and logs out", async ({
  page,
}) => {
  const email = `login-${Date.now()}@example.org`;
  const account = await registerResident(page, { email });

  await page.goto("/login?callbackUrl=/user/profile");
  await expect(page.getByRole("img", { name: "验证码图片，点击换一张" })).toBeVisible();
  await submitLogin(page, account.phone, account.password);
  await page.waitForURL("**/user/profile");
  await expect(header(page)).toContainText(account.realName);

  await header(page).getByRole("button", { name: "退出" }).click();
  await expect(header(page).getByRole("link", { name: "登录" })).toBeVisible();
  await expect(header(page)).not.toContainText(account.realName);
  await page.goto("/user");
  await expect(page).toHaveURL(/\/login/);

  await page.goto("/login");
  await submitLogin(page, email.toUpperCase(), account.password);
  await page.waitForURL("**/user");
  await expect(header(page)).toContainText(account.realName);
});

test("a wrong password reads like an unknown account; five failures lock the account", async ({
  page,
}) => {
  const account = await registerResident(page);
  const message = page.getByRole("alert").filter({ hasText: "登录账号或密码错误" });

  await page.goto("/login");
  await submitLogin(page, account.phone, account.password);
  // Registration stopped after step 1: login resumes it at step 2.
  await page.waitForURL("**/register/type");
  await page.context().clearCookies();

  await page.goto("/login");
  const image = page.getByRole("img", { name: "验证码图片，点击换一张" });
  const firstImage = await image.getAttribute("src");
  await submitLogin(page, "19999999999", account.password);
  await expect(message).toBeVisible();
  await expect(image).not.toHaveAttribute("src", firstImage ?? "");
  await expect(captchaInput(page)).toHaveValue("");
  await expect(page.getByLabel(/^登录手机号或电子邮件/)).toHaveValue("19999999999");

  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitLogin(page, account.phone, `wrong-${attempt}`);
    await expect(message).toBeVisible();
    await expect(captchaInput(page)).toHaveValue("");
  }
  await submitLogin(page, account.phone, account.password);
  await expect(
    page.getByRole("alert").filter({ hasText: "账号已暂时锁定，请 15 分钟后再试" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong captcha is told under the 验证码 field, and 换一张 shows a new image", async ({
  page,
}) => {
  await page.goto("/login");
  const image = page.getByRole("img", { name: "验证码图片，点击换一张" });
  const before = await image.getAttribute("src");
  await page.getByRole("button", { name: "换一张", exact: true }).click();
  await expect(image).not.toHaveAttribute("src", before ?? "");

  await page.getByLabel(/^登录手机号或电子邮件/).fill("19999999998");
  await page.getByLabel(/^密码/).fill("whatever-1");
  await captchaInput(page).fill("ZZZZ");
  await page.getByRole("button", { name: "登录", exact: true }).click();

  await expect(captchaInput(page)).toHaveAccessibleDescription(/验证码错误或已过期/);
});

test("recovers a forgotten password through the link in the mail", async ({ page }) => {
  const catcher = await catchMail();
  try {
    const email = `forgot-${Date.now()}@example.org`;
    const account = await registerResident(page, { email });

    await page.goto("/login");
    await page.getByRole("link", { name: "找回登录密码" }).click();
    await page.getByLabel(/^电子邮件/).fill(email);
    await captchaInput(page).fill(captchaCode);
    await page.getByRole("button", { name: "发送重置链接" }).click();
    await expect(page.getByRole("status").filter({ hasText: "请查收邮件" })).toBeVisible();

    const mail = await catcher.waitForMail(email);
    const link = resetLinkIn(mail.text);
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByLabel(/^新密码/).fill("renewed-5678");
    await page.getByLabel(/^确认新密码/).fill("renewed-5678");
    await page.getByRole("button", { name: "提交" }).click();
    await page.waitForURL("**/login?reset=done");
    await expect(page.getByRole("status").filter({ hasText: "登录密码已重新设置" })).toBeVisible();

    await submitLogin(page, account.phone, account.password);
    await expect(page.getByRole("alert").filter({ hasText: "登录账号或密码错误" })).toBeVisible();
    await submitLogin(page, email, "renewed-5678");
    await page.waitForURL("**/user");

    await page.goto(`${link.pathname}${link.search}`);
    await expect(page.getByText("该链接无效、已使用或已过期")).toBeVisible();
  } finally {
    await catcher.close();
  }
});
