import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { captchas } from "@/db/schema";
import { env } from "@/lib/env";
import { AppError, defaultMessage } from "@/lib/errors";
import { authSecret } from "@/lib/secrets";
import { CAPTCHA_ALPHABET, drawCaptcha } from "./captcha-image";

export const CAPTCHA_TTL_MINUTES = 10;
export const MAX_CAPTCHA_ATTEMPTS = 5;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function keyed(value: string) {
  return createHmac("sha256", authSecret()).update(value).digest();
}

/**
 * The answer follows from the captcha's id and the server secret, so the image can be drawn
 * again on every request while the database keeps only a keyed hash of it.
 */
export function captchaAnswer(captchaId: string): string {
  const bytes = keyed(`captcha-answer:${captchaId}`);
  const length = 4 + (bytes[0]! % 2);
  const characters = Array.from(
    bytes.subarray(1, 1 + length),
    (byte) => CAPTCHA_ALPHABET[byte % CAPTCHA_ALPHABET.length],
  );

  return characters.join("");
}

/** Case does not matter, nor spaces around the answer. */
export function normalizeCaptchaAnswer(answer: string) {
  return answer.trim().toUpperCase();
}

function answerHash(captchaId: string, answer: string) {
  return keyed(`captcha:${captchaId}:${normalizeCaptchaAnswer(answer)}`).toString("base64url");
}

function isTestCode(answer: string) {
  const testCode = env().CAPTCHA_TEST_CODE;
  if (!testCode) return false;
  const given = Buffer.from(normalizeCaptchaAnswer(answer));
  const expected = Buffer.from(normalizeCaptchaAnswer(testCode));

  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The refusal of a captcha answer, placed under the 验证码 field. */
export function captchaRefusal() {
  const message = defaultMessage("CAPTCHA_INVALID");

  return new AppError("CAPTCHA_INVALID", message, { fieldErrors: { captcha: message } });
}

/** A new captcha; its image is at /api/captcha/<id>. Clears long-expired ones on the way. */
export async function createCaptcha(): Promise<{ id: string }> {
  const db = await getDb();
  const id = randomUUID();
  await db.insert(captchas).values({
    id,
    answerHash: answerHash(id, captchaAnswer(id)),
    expiresAt: sql`now() + make_interval(mins => ${CAPTCHA_TTL_MINUTES})`,
  });
  await db.delete(captchas).where(lt(captchas.expiresAt, sql`now() - interval '1 hour'`));

  return { id };
}

/**
 * Accepts the answer once: a right answer marks the captcha used; a wrong one counts a try,
 * and after five tries even the right answer is refused. Throws CAPTCHA_INVALID with the
 * message under the 验证码 field. With CAPTCHA_TEST_CODE set (automated tests only) every
 * live captcha also accepts that code.
 */
export async function consumeCaptcha({ captchaId, answer }: { captchaId: string; answer: string }) {
  if (!uuidPattern.test(captchaId) || answer.trim() === "") throw captchaRefusal();

  const db = await getDb();
  const isRightAnswer = isTestCode(answer)
    ? sql`true`
    : eq(captchas.answerHash, answerHash(captchaId, answer));
  const isLive = and(
    eq(captchas.id, captchaId),
    isNull(captchas.usedAt),
    gt(captchas.expiresAt, sql`now()`),
  );
  const [accepted] = await db
    .update(captchas)
    .set({ usedAt: sql`now()` })
    .where(and(isLive, lt(captchas.attempts, MAX_CAPTCHA_ATTEMPTS), isRightAnswer))
    .returning({ id: captchas.id });
  if (accepted) return;

  await db
    .update(captchas)
    .set({ attempts: sql`${captchas.attempts} + 1` })
    .where(isLive);
  throw captchaRefusal();
}

/** The PNG of a live captcha, freshly distorted; null once it is used or expired. */
export async function captchaImage(captchaId: string): Promise<Buffer | null> {
  if (!uuidPattern.test(captchaId)) return null;

  const db = await getDb();
  const [live] = await db
    .select({ id: captchas.id })
    .from(captchas)
    .where(
      and(
        eq(captchas.id, captchaId),
        isNull(captchas.usedAt),
        gt(captchas.expiresAt, sql`now()`),
        lt(captchas.attempts, MAX_CAPTCHA_ATTEMPTS),
      ),
    );

  return live ? drawCaptcha(captchaAnswer(captchaId)) : null;
}
