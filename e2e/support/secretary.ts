import { expect, type Page } from "@playwright/test";
import { uniqueName, uniquePhone } from "./fixtures";
import { captchaInput } from "./accounts";
import { captchaCode } from "./settings";

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid ID number (GB 11643 check character) derived from a number unique to this run. */
function idNumberFrom(unique: number) {
  const day = String(1 + (unique % 28)).padStart(2, "0");
  const month = String(1 + (Math.floor(unique / 28) % 12)).padStart(2, "0");
  const sequence = String(Math.floor(unique / 336) % 1000).padStart(3, "0");
  const first17 = `1101011985${month}${day}${sequence}`;
  const sum = weights.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);

  return first17 + "10X98765432"[sum % 11];
}

export type Secretary = { phone: string; password: string; realName: string; idNumber: string };

/**
 * Registers a secretary of 多福巷社区居委会 through the four real registration steps and
 * stays signed in, on the user center.
 */
export async function registerSecretary(page: Page): Promise<Secretary> {
  const phone = uniquePhone();
  const account = {
    phone,
    password: "pass-1234",
    realName: uniqueName(),
    idNumber: idNumberFrom(Number(phone.slice(-7))),
  };
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

  await page.getByRole("radio", { name: "社区书记" }).check();
  await page.getByRole("button", { name: "下一步" }).click();
  await page.waitForURL("**/register/profile");
  await page.getByLabel(/^社区岗位/).selectOption({ label: "书记" });
  await page.getByLabel(/^入党年月/).fill("2001-07");
  await page.getByLabel(/^身份证号/).fill(account.idNumber);
  await page.getByLabel("我已阅读并同意《用户注册协议》").check();
  await page.getByRole("button", { name: "提交" }).click();
  await page.waitForURL("**/register/volunteer");
  await page.getByRole("button", { name: "跳过" }).click();
  await page.waitForURL("**/user");

  return account;
}
