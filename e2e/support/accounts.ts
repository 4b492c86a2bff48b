import { expect, type Page } from "@playwright/test";
import { uniqueName, uniquePhone } from "./fixtures";
import { captchaCode } from "./settings";

export type NewAccount = { phone: string; password: string; realName: string; email?: string };

/** The captcha answer box; the image beside it is a button named 验证码图片，点击换一张. */
export const captchaInput = (page: Page) =>
  page.getByRole("textbox", { name: "验证码", exact: true });

/**
 * Registers a resident of 多福巷社区居委会 through the real forms, then signs out again. With
 * `email` it goes through all four steps (the email is given at step 3); without, it stops
 * after step 1, like a person who left halfway.
 */
export async function registerResident(
  page: Page,
  { email }: { email?: string } = {},
): Promise<NewAccount> {
  const account = { phone: uniquePhone(), password: "pass-1234", realName: uniqueName(), email };
  await page.goto("/register");
  await page.getByLabel("省份").selectOption({ label: "北京市" });
  await page.getByLabel("区县").selectOption({ label: "东城区" });
  await page.getByLabel("搜索社区").fill("多福巷");
  const community = page.getByRole("combobox", { name: "所在社区" });
  await expect(community.getByRole("option", { name: "多福巷社区居委会" })).toBeAttached();
  await community.selectOption({ label: "多福巷社区居委会" });
  await page.getByLabel(/^手机号/).fill(account.phone);
  await page.getByLabel(/^真实姓名/).fill(account.realName);
  await page.getByLabel(/^密码/).fill(account.password);
  await captchaInput(page).fill(captchaCode);
  await page.getByRole("button", { name: "下一步" }).click();
  await page.waitForURL("**/register/type");

  if (email) {
    await page.getByRole("radio", { name: "社区居民" }).check();
    await page.getByRole("button", { name: "下一步" }).click();
    await page.waitForURL("**/register/profile");
    await page.getByLabel(/^电子邮件/).fill(email);
    await page.getByLabel("我已阅读并同意《用户注册协议》").check();
    await page.getByRole("button", { name: "提交" }).click();
    await page.waitForURL("**/register/volunteer");
    await page.getByRole("button", { name: "跳过" }).click();
    await page.waitForURL("**/user");
  }
  await page.context().clearCookies();

  return account;
}

/** Fills and sends the login form (the page must be /login). */
export async function submitLogin(page: Page, identifier: string, password: string) {
  await page.getByLabel(/^登录手机号或电子邮件/).fill(identifier);
  await page.getByLabel(/^密码/).fill(password);
  await captchaInput(page).fill(captchaCode);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}
