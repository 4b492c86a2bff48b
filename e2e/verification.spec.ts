import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { readPdf } from "../tests/verification/pdf-reader";
import { seriousViolations } from "./support/accessibility";
import { submitLogin } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { registerSecretary } from "./support/secretary";

test.describe.configure({ timeout: 180_000 });

/** A scan-like picture of about 300 KB, so a slowed upload shows its progress. */
async function scan(format: "jpeg" | "png", tint: number) {
  const width = 700;
  const height = 500;
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index++) {
    pixels[index] = (tint + ((index * 2654435761) >>> 24)) % 256;
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });

  return format === "jpeg" ? image.jpeg({ quality: 90 }).toBuffer() : image.png().toBuffer();
}

async function chooseScans(page: Page) {
  await page.getByLabel(/^身份证/).setInputFiles({
    name: "身份证.jpg",
    mimeType: "image/jpeg",
    buffer: await scan("jpeg", 10),
  });
  await page.getByLabel(/^认证文档/).setInputFiles({
    name: "认证文档.png",
    mimeType: "image/png",
    buffer: await scan("png", 90),
  });
}

/** Signs the demo admin in, in a browser context of its own. */
async function adminPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login?callbackUrl=/admin/reviews");
  await submitLogin(page, "13800000001", "demo1234");
  await page.waitForURL((url) => url.pathname === "/admin/reviews");

  return page;
}

async function openReview(admin: Page, realName: string) {
  await admin.goto("/admin/reviews");
  await admin.getByRole("link", { name: realName }).click();
  await expect(admin.getByRole("heading", { name: `身份认证审核：${realName}` })).toBeVisible();
}

test("a secretary verifies: PDF, scans with preview, rejection, resubmission, blue V", async ({
  page,
  browser,
}) => {
  const secretary = await registerSecretary(page);
  await page
    .getByRole("navigation", { name: "用户中心菜单" })
    .getByRole("link", {
      name: "我要认证身份",
    })
    .click();
  await expect(page.getByRole("heading", { name: "身份认证", level: 1 })).toBeVisible();
  await expect(page.getByText("1–3 个工作日").first()).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "认证文档" }).click();
  const download = await downloading;
  const pdf = fs.readFileSync((await download.path()) as string);
  const { text } = await readPdf(new Uint8Array(pdf));
  expect(text).toContain(secretary.realName);
  expect(text).toContain(
    `${secretary.idNumber.slice(0, 6)}********${secretary.idNumber.slice(-4)}`,
  );
  expect(text).toContain("社区盖章");

  await page.getByLabel(/^身份证/).setInputFiles({
    name: "scan.png",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'),
  });
  await expect(page.getByText("只能上传 jpg、jpeg、gif、png 格式的图片")).toBeVisible();
  await chooseScans(page);
  await expect(page.getByText("只能上传 jpg、jpeg、gif、png 格式的图片")).toBeHidden();
  await page.getByRole("button", { name: "预览身份证" }).click();
  await expect(page.getByRole("img", { name: "身份证预览" })).toBeVisible();
  await page.getByRole("button", { name: "预览认证文档" }).click();
  await expect(page.getByRole("img", { name: "认证文档预览" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const network = await page.context().newCDPSession(page);
  await network.send("Network.enable");
  await network.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 200 * 1024,
  });
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByRole("progressbar", { name: "上传进度" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "认证申请审核中" })).toBeVisible();
  await network.detach();
  await expect(page.getByRole("button", { name: "提交" })).toBeHidden();

  const admin = await adminPage(browser);
  await openReview(admin, secretary.realName);
  await admin.getByLabel("驳回原因").fill("认证文档没有加盖社区公章");
  await admin.getByRole("button", { name: "驳回", exact: true }).click();
  await expect(admin.getByText("原因：认证文档没有加盖社区公章")).toBeVisible();

  await page.reload();
  await expect(page.getByText("原因：认证文档没有加盖社区公章")).toBeVisible();
  await chooseScans(page);
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByRole("status").filter({ hasText: "认证申请审核中" })).toBeVisible();

  await openReview(admin, secretary.realName);
  const wrong = secretary.idNumber.endsWith("0") ? "1111" : "0000";
  await admin.getByLabel("身份证号后四位").fill(wrong);
  await admin.getByRole("button", { name: "通过认证" }).click();
  await expect(admin.getByLabel("身份证号后四位")).toHaveAccessibleDescription(
    /与申请人登记的身份证号后四位不一致/,
  );
  await admin.getByLabel("身份证号后四位").fill(secretary.idNumber.slice(-4).toLowerCase());
  await admin.getByRole("button", { name: "通过认证" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已通过认证" })).toBeVisible();

  await page.reload();
  const menu = page.getByRole("navigation", { name: "用户中心菜单" });
  await expect(menu.getByRole("link", { name: "我要认证身份" })).toBeHidden();
  await expect(menu.getByRole("link", { name: /社区书记/ })).toBeVisible();
  await expect(menu.getByRole("img", { name: "已认证社区书记" })).toBeVisible();
  await expect(
    page.getByText("通过认证，可以在【公务处理】中处理书记信箱和办事预约"),
  ).toBeVisible();
  await expect(page.getByRole("banner").getByRole("img", { name: "已认证社区书记" })).toBeVisible();
});
