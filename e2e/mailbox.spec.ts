import type { Browser, Page } from "@playwright/test";
import { seriousViolations } from "./support/accessibility";
import { registerResident, submitLogin } from "./support/accounts";
import { expect, test, uniqueName } from "./support/fixtures";

/** The demo seed's verified secretary of 多福巷社区居委会, where registerResident lives. */
const secretary = { phone: "13800000002", password: "demo1234", name: "王建华" };

test.describe.configure({ timeout: 180_000 });

async function signedIn(browser: Browser, phone: string, password: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await submitLogin(page, phone, password);
  await page.waitForURL((url) => url.pathname === "/user");

  return page;
}

/** Today in China, as the date input wants it. */
function chinaToday() {
  return new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function writeLetter(page: Page, title: string, content: string) {
  await page.goto("/user/letters");
  await page.getByRole("link", { name: "写信给书记" }).first().click();
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("请填写信件标题")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel(/^信件标题/).fill(title);
  await page.getByLabel(/^信件内容/).fill(content);
  await page.getByLabel(/^联系电话/).fill("13912345678");
  await page.getByRole("button", { name: "提交" }).click();
  await page.waitForURL(/\/user\/letters\/\d+/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("信件已送到社区书记")).toBeVisible();
}

async function bookAppointment(page: Page, matter: string) {
  await page.goto("/user/appointments/new");
  await page.getByLabel(/^办事事项/).selectOption({ label: "其他" });
  await page.getByLabel(/^具体事项/).fill(matter);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel(/^预约日期/).fill(chinaToday());
  await page.getByRole("radio", { name: "上午" }).check();
  await page.getByLabel(/^办事说明/).fill("需要开具居住证明，材料已备齐。");
  await page.getByLabel(/^联系电话/).fill("13912345678");
  await page.getByRole("button", { name: "提交" }).click();
  await page.waitForURL(/\/user\/appointments\/\d+/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`其他：${matter}`);
}

test("a resident writes and books; the verified secretary answers both, once", async ({
  page,
  browser,
}) => {
  const resident = await registerResident(page, { email: `mailbox-${Date.now()}@example.org` });
  const title = `<b>${uniqueName()}</b> 楼道灯坏了`;
  const matter = `开证明${uniqueName()}`;
  const reply = "已安排物业今天修理，谢谢反映。";
  const result = "请周一上午带户口本到社区服务站办理。";

  const residentPage = await signedIn(browser, resident.phone, resident.password);
  await writeLetter(residentPage, title, "三单元二楼的灯坏了一周，<script>夜里</script>很黑。");
  await expect(residentPage.getByText("<script>夜里</script>", { exact: false })).toBeVisible();
  await bookAppointment(residentPage, matter);

  const secretaryPage = await signedIn(browser, secretary.phone, secretary.password);
  // The user center's right side: the community's recent letters and appointments.
  await expect(secretaryPage.getByRole("heading", { name: "本社区近期信息" })).toBeVisible();
  const recentLetters = secretaryPage.getByRole("region", { name: "居民邮件" });
  const recentAppointments = secretaryPage.getByRole("region", { name: "办事预约" });
  await expect(recentLetters.getByRole("link", { name: title })).toBeVisible();
  await expect(recentAppointments.getByRole("link", { name: `其他：${matter}` })).toBeVisible();

  await recentLetters.getByRole("link", { name: title }).click();
  await expect(secretaryPage.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(secretaryPage.getByText(`${resident.realName}（`)).toContainText("****");
  expect(await seriousViolations(secretaryPage)).toEqual([]);
  await secretaryPage.getByRole("textbox", { name: /^回复正文/ }).fill(reply);
  await secretaryPage.getByRole("button", { name: "提交" }).click();
  await expect(secretaryPage.getByText("回复已提交")).toBeVisible();
  await expect(secretaryPage.getByText(reply)).toBeVisible();
  await expect(secretaryPage.getByRole("textbox", { name: /^回复正文/ })).toHaveCount(0);
  await expect(secretaryPage.getByRole("button", { name: "提交" })).toHaveCount(0);

  await secretaryPage.goto("/user");
  await recentAppointments.getByRole("link", { name: `其他：${matter}` }).click();
  await secretaryPage.getByRole("textbox", { name: /^处理结果/ }).fill(result);
  await secretaryPage.getByRole("button", { name: "提交" }).click();
  await expect(secretaryPage.getByText("处理结果已提交")).toBeVisible();
  await expect(secretaryPage.getByRole("textbox", { name: /^处理结果/ })).toHaveCount(0);

  await secretaryPage.goto("/user/official/letters?status=processed");
  expect(await seriousViolations(secretaryPage)).toEqual([]);
  await secretaryPage.getByRole("link", { name: title }).click();
  await expect(secretaryPage.getByText(reply)).toBeVisible();
  await expect(secretaryPage.getByRole("button", { name: "提交" })).toHaveCount(0);

  await residentPage.goto("/user/letters");
  await residentPage.getByRole("link", { name: title }).click();
  const answer = residentPage.getByRole("region", { name: "书记回复" });
  await expect(answer).toContainText(reply);
  await expect(answer).toContainText(secretary.name);
  await expect(answer.getByRole("img", { name: "已认证社区书记" })).toBeVisible();
  await expect(residentPage.getByText("已处理", { exact: true })).toBeVisible();
  expect(await seriousViolations(residentPage)).toEqual([]);

  await residentPage.goto("/user/appointments");
  await residentPage.getByRole("link", { name: `其他：${matter}` }).click();
  await expect(residentPage.getByRole("region", { name: "处理结果" })).toContainText(result);
});

test("an answer submitted second is not stored: the page says so and shows the first", async ({
  page,
  browser,
}) => {
  const resident = await registerResident(page, { email: `mailbox2-${Date.now()}@example.org` });
  const title = `${uniqueName()} 噪音扰民`;
  const residentPage = await signedIn(browser, resident.phone, resident.password);
  await writeLetter(residentPage, title, "楼下商铺夜里很吵。");
  const letterPath = new URL(residentPage.url()).pathname.replace("/user/", "/user/official/");

  const first = await signedIn(browser, secretary.phone, secretary.password);
  const second = await signedIn(browser, secretary.phone, secretary.password);
  await first.goto(letterPath);
  await second.goto(letterPath);
  await first.getByRole("textbox", { name: /^回复正文/ }).fill("先提交的回复");
  await second.getByRole("textbox", { name: /^回复正文/ }).fill("后提交的回复");
  await first.getByRole("button", { name: "提交" }).click();
  await expect(first.getByText("回复已提交")).toBeVisible();
  await second.getByRole("button", { name: "提交" }).click();

  await expect(second.getByText("该信息已由其他书记处理")).toBeVisible();
  await expect(second.getByRole("region", { name: "回复正文" })).toContainText("先提交的回复");
  await expect(second.getByText("后提交的回复")).toHaveCount(0);
  await expect(second.getByRole("button", { name: "提交" })).toHaveCount(0);
});

test("an unverified secretary is told to verify first", async ({ browser }) => {
  // The demo seed's 李秀英 of 银闸社区 has not been verified.
  const page = await signedIn(browser, "13800000003", "demo1234");
  await page
    .getByRole("navigation", { name: "用户中心菜单" })
    .getByRole("link", {
      name: "处理书记信箱",
    })
    .click();

  await expect(page.getByText("请先完成身份认证")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("link", { name: "身份认证", exact: true }).click();
  await expect(page).toHaveURL(/\/user\/verification$/);
});

test("a matter the admin adds is offered to residents booking", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await admin.goto("/login");
  await submitLogin(admin, "13800000001", "demo1234");
  await admin.waitForURL((url) => url.pathname !== "/login");
  await admin.goto("/admin/matters");
  const matter = `事项${uniqueName()}`;
  const newMatter = admin.getByRole("form", { name: "新增办事事项" });
  await newMatter.getByLabel(/^事项名称/).fill(matter);
  await newMatter.getByRole("button", { name: "添加" }).click();
  await expect(admin.getByRole("button", { name: `删除「${matter}」` })).toBeVisible();

  const resident = await signedIn(browser, "13800000004", "demo1234");
  await resident.goto("/user/appointments/new");
  await expect(
    resident.getByLabel(/^办事事项/).getByRole("option", { name: matter }),
  ).toBeAttached();
});
