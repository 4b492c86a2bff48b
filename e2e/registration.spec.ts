import type { Page } from "@playwright/test";
import { idNumberCheckCharacter } from "../lib/accounts/validation";
import { captchaInput, submitLogin } from "./support/accounts";
import { expect, test, uniqueName, uniquePhone } from "./support/fixtures";
import { captchaCode } from "./support/settings";

test.describe.configure({ timeout: 120_000 });

const password = "pass-1234";

/** A valid ID number unique to this run, its check character written as a lowercase x if X. */
function uniqueIdNumber(phone: string) {
  const unique = Number(phone.slice(-6));
  const month = String(1 + (unique % 12)).padStart(2, "0");
  const day = String(1 + (Math.floor(unique / 12) % 28)).padStart(2, "0");
  const first17 = `310101199${unique % 10}${month}${day}${String(unique % 1000).padStart(3, "0")}`;

  return (first17 + idNumberCheckCharacter(first17)).toLowerCase();
}

async function chooseDistrict(page: Page) {
  await page.getByLabel("省份").selectOption({ label: "上海市" });
  await page.getByLabel("区县").selectOption({ label: "黄浦区" });
}

async function chooseListedCommunity(page: Page, name: string) {
  await page.getByLabel("搜索社区").fill(name.slice(0, 4));
  const community = page.getByRole("combobox", { name: "所在社区" });
  await expect(community.getByRole("option", { name })).toBeAttached();
  await community.selectOption({ label: name });
}

async function fillStepOne(page: Page, phone: string, realName: string) {
  await page.getByLabel(/^手机号/).fill(phone);
  await page.getByLabel(/^真实姓名/).fill(realName);
  await page.getByLabel(/^密码/).fill(password);
  await captchaInput(page).fill(captchaCode);
}

async function submitSecretaryProfile(page: Page, idNumber: string) {
  await page.getByLabel(/^社区岗位/).selectOption({ label: "副书记" });
  await page.getByLabel(/^入党年月/).fill("2003-07");
  await page.getByLabel(/^身份证号/).fill(idNumber);
  await page.getByLabel("我已阅读并同意《用户注册协议》").check();
  await page.getByRole("button", { name: "提交" }).click();
}

function currentStep(page: Page) {
  return page.getByRole("navigation", { name: "注册步骤" }).locator('[aria-current="step"]');
}

test("registers a secretary in four steps, proposing a community that is missing", async ({
  page,
}) => {
  const phone = uniquePhone();
  const realName = uniqueName();
  const community = `${realName}新建社区居委会`;

  await page.goto("/register");
  await expect(currentStep(page)).toContainText("填写基本信息");
  await expect(page.getByText("不得少于 6 位")).toBeVisible();
  await chooseDistrict(page);
  await page.getByLabel("搜索社区").fill(community);
  await page.getByRole("button", { name: `填写新社区“${community}”` }).click();
  await expect(page.getByLabel("新社区全称")).toHaveValue(community);
  await fillStepOne(page, phone, realName);
  await page.getByRole("button", { name: "下一步" }).click();

  await page.waitForURL("**/register/type");
  await expect(currentStep(page)).toContainText("选择用户类型");
  await expect(page.getByText("在职党员到居住地社区报到")).toBeVisible();
  await page.getByRole("radio", { name: "社区书记" }).check();
  await page.getByRole("button", { name: "下一步" }).click();

  await page.waitForURL("**/register/profile");
  await expect(currentStep(page)).toContainText("完善个人资料");
  await page.getByRole("button", { name: "阅读《用户注册协议》" }).click();
  const agreement = page.getByRole("dialog", { name: "用户注册协议" });
  await expect(agreement).toContainText("个人信息");
  await agreement.getByRole("button", { name: "我已阅读" }).click();
  await page.getByLabel(/^电子邮件/).fill(`${phone}@example.org`);
  const idNumber = uniqueIdNumber(phone);
  await submitSecretaryProfile(page, idNumber);

  await page.waitForURL("**/register/volunteer");
  await expect(currentStep(page)).toContainText("注册志愿者");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("请至少选择一项服务时间")).toBeVisible();
  await expect(page.getByText("请阅读并同意《用户注册协议》")).toBeVisible();
  await page.getByRole("checkbox", { name: "周末" }).check();
  await page.getByRole("checkbox", { name: "治安巡逻" }).check();
  await page.getByLabel("我已阅读并同意《用户注册协议》").check();
  await page.getByRole("button", { name: "提交" }).click();

  await page.waitForURL("**/user");
  await expect(page.getByText(`${realName}（${phone.slice(0, 3)}****`)).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(realName);
  await expect(page.getByText("您的身份尚未认证")).toBeVisible();
  await expect(page.getByText(`您填写的社区“${community}”正在等待工作人员审核`)).toBeVisible();
  await page
    .getByRole("navigation", { name: "用户中心菜单" })
    .getByRole("link", {
      name: "个人资料",
    })
    .click();
  await expect(page.getByText(idNumber.toUpperCase(), { exact: true })).toBeVisible();

  await page.goto("/register");
  await page.waitForURL("**/user");
});

test("registers a secretary of a listed community and goes back from step 3", async ({ page }) => {
  const phone = uniquePhone();

  await page.goto("/register");
  await chooseDistrict(page);
  await chooseListedCommunity(page, "云南中路居委会");
  await fillStepOne(page, phone, uniqueName());
  await page.getByRole("button", { name: "下一步" }).click();

  await page.waitForURL("**/register/type");
  await page.getByRole("radio", { name: "社区居民" }).check();
  await page.getByRole("button", { name: "下一步" }).click();
  await page.waitForURL("**/register/profile");
  await expect(page.getByText("用户类型：社区居民")).toBeVisible();
  await expect(page.getByLabel(/^身份证号/)).toHaveCount(0);

  await page.getByRole("link", { name: "返回", exact: true }).click();
  await page.waitForURL("**/register/type");
  await expect(page.getByRole("radio", { name: "社区居民" })).toBeChecked();
  await page.goto("/register");
  await page.waitForURL("**/register/profile");
  await page.goto("/register/type");
  await page.getByRole("radio", { name: "社区书记" }).check();
  await page.getByRole("button", { name: "下一步" }).click();

  await page.waitForURL("**/register/profile");
  await submitSecretaryProfile(page, uniqueIdNumber(phone));
  await page.waitForURL("**/register/volunteer");
  await page.goto("/register/type");
  await page.waitForURL("**/register/volunteer");
  await page.getByRole("button", { name: "跳过" }).click();
  await page.waitForURL("**/user");
  await expect(page.getByText("云南中路居委会")).toBeVisible();
});

test("says what is wrong under each field and keeps what was typed", async ({ page }) => {
  const taken = uniquePhone();
  await page.goto("/register");
  await chooseDistrict(page);
  await chooseListedCommunity(page, "贵州路居委会");
  await fillStepOne(page, taken, uniqueName());
  await page.getByRole("button", { name: "下一步" }).click();
  await page.waitForURL("**/register/type");
  await page.context().clearCookies();

  await page.goto("/register");
  await page.getByLabel(/^手机号/).fill("12345");
  await page.getByLabel(/^密码/).fill("123");
  // By keyboard: the messages that appear as the field loses focus move the button.
  await page.getByRole("button", { name: "下一步" }).press("Enter");
  await expect(page.getByLabel(/^手机号/)).toHaveAccessibleDescription(
    /请输入 11 位中国大陆手机号/,
  );
  await expect(page.getByLabel(/^密码/)).toHaveAccessibleDescription(/^密码不得少于 6 位/);
  await expect(page.getByLabel(/^真实姓名/)).toHaveAccessibleDescription("请填写真实姓名");
  await expect(captchaInput(page)).toHaveAccessibleDescription(/^请输入验证码/);
  await expect(page.getByText("请选择所在社区；列表中没有时，请填写社区全称")).toBeVisible();
  await expect(page.getByLabel(/^手机号/)).toHaveValue("12345");

  await chooseDistrict(page);
  await chooseListedCommunity(page, "贵州路居委会");
  const realName = uniqueName();
  await fillStepOne(page, taken, realName);
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByLabel(/^手机号/)).toHaveAccessibleDescription(
    /^该手机号已注册，请直接登录/,
  );
  await expect(page.getByLabel(/^真实姓名/)).toHaveValue(realName);
  await expect(page.getByLabel("区县")).toHaveValue("310101");
  await expect(captchaInput(page)).toHaveValue("");
});

test("a registration stopped at step 2 resumes there after login", async ({ page }) => {
  const phone = uniquePhone();
  await page.goto("/register");
  await chooseDistrict(page);
  await chooseListedCommunity(page, "贵州路居委会");
  await fillStepOne(page, phone, uniqueName());
  await page.getByRole("button", { name: "下一步" }).click();
  await page.waitForURL("**/register/type");
  await page.context().clearCookies();

  await page.goto("/register/type");
  await page.waitForURL(/\/login/);
  await submitLogin(page, phone, password);
  await page.waitForURL("**/register/type");
  await page.goto("/user");
  await page.waitForURL("**/register/type");
  await page.getByRole("radio", { name: "党员（在职党员报到）" }).check();
  await page.getByRole("button", { name: "下一步" }).click();

  await page.waitForURL("**/register/profile");
  await page.getByLabel(/^入党年月/).fill("2030-01");
  await page.getByLabel("我已阅读并同意《用户注册协议》").check();
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("入党年月不能晚于本月")).toBeVisible();
  await page.getByLabel(/^入党年月/).fill("2010-07");
  await page.getByRole("button", { name: "提交" }).click();
  await page.waitForURL("**/register/volunteer");
});
