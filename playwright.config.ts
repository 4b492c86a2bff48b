import { defineConfig, devices } from "@playwright/test";
import {
  baseURL,
  captchaCode,
  e2eDataDir,
  e2eDistDir,
  e2ePort,
  e2eSmtpPort,
} from "./e2e/support/settings";

const isCI = Boolean(process.env.CI);

/**
 * End-to-end tests drive the production build in the system's Chromium (never a downloaded
 * browser: `npm run setup:test` installs Debian's). Several runs can share one machine when
 * each sets its own E2E_PORT, E2E_DATA_DIR and E2E_DIST_DIR.
 */
export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // The server holds one embedded database; tests create their own data, so order is free.
  workers: 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    {
      name: "mobile",
      grep: /@mobile/,
      use: { ...devices["Pixel 5"], viewport: { width: 360, height: 740 } },
    },
  ],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: baseURL,
    reuseExistingServer: false,
    stdout: "pipe",
    // A fresh build takes a few minutes on two cores.
    timeout: 600_000,
    env: {
      E2E_PORT: String(e2ePort),
      E2E_DATA_DIR: e2eDataDir,
      E2E_DIST_DIR: e2eDistDir,
      CAPTCHA_TEST_CODE: captchaCode,
      REGIONS: "sample",
      SEED_DEMO: "true",
      // Whatever a developer's .env says, the tests use the embedded database and local files.
      DATABASE_URL: "",
      UPLOADTHING_TOKEN: "",
      SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
      APP_URL: baseURL,
      VERCEL: "",
      PGLITE_DIR: "",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
