import { randomUUID } from "node:crypto";
import { inflateSync } from "node:zlib";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { captchas } from "@/db/schema";
import {
  captchaAnswer,
  captchaImage,
  consumeCaptcha,
  createCaptcha,
  MAX_CAPTCHA_ATTEMPTS,
} from "@/lib/accounts/captcha";
import { CAPTCHA_ALPHABET, CAPTCHA_HEIGHT, CAPTCHA_WIDTH } from "@/lib/accounts/captcha-image";
import { PNG_SIGNATURE } from "@/lib/accounts/png";
import { resetEnvForTests } from "@/lib/env";
import { describeOnDatabases } from "../database";
import { captchaRefused, useTestSecret } from "./login-fixtures";

beforeAll(useTestSecret);

afterEach(() => {
  delete process.env.CAPTCHA_TEST_CODE;
  resetEnvForTests();
});

describe("captcha answers", () => {
  it("use no characters that look alike", () => {
    for (const lookAlike of "0OD1IL2Z5S8BGQUV") expect(CAPTCHA_ALPHABET).not.toContain(lookAlike);
  });

  it("are 4 or 5 characters of the alphabet, the same for the same captcha", () => {
    const lengths = new Set<number>();
    for (let count = 0; count < 200; count++) {
      const id = randomUUID();
      const answer = captchaAnswer(id);
      lengths.add(answer.length);
      expect([...answer].every((character) => CAPTCHA_ALPHABET.includes(character))).toBe(true);
      expect(captchaAnswer(id)).toBe(answer);
    }
    expect([...lengths].sort()).toEqual([4, 5]);
  });
});

describeOnDatabases("captcha", (database) => {
  it("accepts its answer in any case, once", async () => {
    const { id } = await createCaptcha();

    await consumeCaptcha({ captchaId: id, answer: ` ${captchaAnswer(id).toLowerCase()} ` });
    await expect(
      consumeCaptcha({ captchaId: id, answer: captchaAnswer(id) }),
    ).rejects.toMatchObject(captchaRefused);
  });

  it("refuses a wrong answer, an unknown id and a malformed id under the 验证码 field", async () => {
    const { id } = await createCaptcha();
    const wrong = captchaAnswer(id) === "AAAA" ? "CCCC" : "AAAA";

    await expect(consumeCaptcha({ captchaId: id, answer: wrong })).rejects.toMatchObject({
      code: "CAPTCHA_INVALID",
      fieldErrors: { captcha: expect.stringContaining("验证码错误或已过期") },
    });
    await expect(
      consumeCaptcha({ captchaId: randomUUID(), answer: captchaAnswer(id) }),
    ).rejects.toMatchObject(captchaRefused);
    await expect(consumeCaptcha({ captchaId: "not-an-id", answer: "AAAA" })).rejects.toMatchObject(
      captchaRefused,
    );
  });

  it("expires after its time", async () => {
    const { id } = await createCaptcha();
    await database()
      .db.update(captchas)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(captchas.id, id));

    await expect(
      consumeCaptcha({ captchaId: id, answer: captchaAnswer(id) }),
    ).rejects.toMatchObject(captchaRefused);
    expect(await captchaImage(id)).toBeNull();
  });

  it("allows a right answer after four wrong ones but not after five", async () => {
    const tryWrong = (id: string) =>
      expect(consumeCaptcha({ captchaId: id, answer: "WRONG" })).rejects.toMatchObject(
        captchaRefused,
      );
    const patient = await createCaptcha();
    const exhausted = await createCaptcha();

    for (let count = 1; count < MAX_CAPTCHA_ATTEMPTS; count++) await tryWrong(patient.id);
    await consumeCaptcha({ captchaId: patient.id, answer: captchaAnswer(patient.id) });
    for (let count = 0; count < MAX_CAPTCHA_ATTEMPTS; count++) await tryWrong(exhausted.id);
    await expect(
      consumeCaptcha({ captchaId: exhausted.id, answer: captchaAnswer(exhausted.id) }),
    ).rejects.toMatchObject(captchaRefused);
  });

  it("accepts CAPTCHA_TEST_CODE for every live captcha only while it is set", async () => {
    const before = await createCaptcha();
    await expect(consumeCaptcha({ captchaId: before.id, answer: "TEST8" })).rejects.toMatchObject(
      captchaRefused,
    );

    process.env.CAPTCHA_TEST_CODE = "TEST8";
    resetEnvForTests();
    const first = await createCaptcha();
    await consumeCaptcha({ captchaId: first.id, answer: "test8" });
    await consumeCaptcha({ captchaId: before.id, answer: "TEST8" });
    await expect(consumeCaptcha({ captchaId: first.id, answer: "TEST8" })).rejects.toMatchObject(
      captchaRefused,
    );
    await expect(
      consumeCaptcha({ captchaId: randomUUID(), answer: "TEST8" }),
    ).rejects.toMatchObject(captchaRefused);
  });

  it("draws a live captcha as an inked PNG of its size, and no longer once used", async () => {
    const { id } = await createCaptcha();
    const image = await captchaImage(id);

    expect(image).not.toBeNull();
    const png = image as Buffer;
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(CAPTCHA_WIDTH);
    expect(png.readUInt32BE(20)).toBe(CAPTCHA_HEIGHT);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString("ascii")).toBe("IDAT");
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect(rows.length).toBe(CAPTCHA_HEIGHT * (CAPTCHA_WIDTH * 3 + 1));
    const stride = CAPTCHA_WIDTH * 3 + 1;
    const darkValues = rows.filter((value, index) => index % stride !== 0 && value < 100);
    expect(darkValues.length).toBeGreaterThan(300);

    await consumeCaptcha({ captchaId: id, answer: captchaAnswer(id) });
    expect(await captchaImage(id)).toBeNull();
  });
});
