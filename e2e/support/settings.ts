/** The answer every captcha accepts in the end-to-end server (CAPTCHA_TEST_CODE). */
export const captchaCode = "TEST8";

/** Port of the production server the end-to-end tests start; E2E_PORT moves it. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);

export const baseURL = `http://127.0.0.1:${e2ePort}`;

/** Where the tests' own server keeps its data and build, apart from any other run. */
export const e2eDataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
export const e2eDistDir = process.env.E2E_DIST_DIR ?? ".next-e2e";

/**
 * The test server sends its mails (password recovery) to this port on 127.0.0.1, where a spec
 * that waits for a mail starts a real SMTP server of its own; E2E_SMTP_PORT moves it.
 */
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? e2ePort + 1);
