import "server-only";
import { AppError, type ErrorCode } from "@/lib/errors";
import { findUserByIdentifier } from "./authenticate";
import { captchaRefusal } from "./captcha";

const resumePaths: Record<number, string> = {
  2: "/register/type",
  3: "/register/profile",
  4: "/register/volunteer",
};

/** Where a registration stopped at `step` goes on; null once it is finished. */
export function registrationResumePath(step: number): string | null {
  return resumePaths[step] ?? null;
}

/**
 * A path on this site to return to after login, or null. Anything that could leave the site
 * (`//host`, `/\host`, a full URL) or loop back to the login page is dropped.
 */
export function safeCallbackPath(value: string | undefined | null): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return null;
  }
  const base = "http://portal.invalid";
  const url = new URL(value, base);
  if (url.origin !== base || url.pathname === "/login") return null;

  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Where a user goes right after signing in: an unfinished registration resumes at its step;
 * otherwise the page that sent them to login, or the user center.
 */
export async function loginDestination({
  identifier,
  callbackUrl,
}: {
  identifier: string;
  callbackUrl?: string;
}): Promise<string> {
  const user = await findUserByIdentifier(identifier);
  const resume = user ? registrationResumePath(user.registrationStep) : null;

  return resume ?? safeCallbackPath(callbackUrl) ?? "/user";
}

const refusalCodes = [
  "INVALID_CREDENTIALS",
  "ACCOUNT_LOCKED",
  "ACCOUNT_DISABLED",
  "RATE_LIMITED",
] as const satisfies readonly ErrorCode[];

/**
 * The message for a refused sign-in, from the code Auth.js carried back. A wrong account and a
 * wrong password share one code and so one message; a wrong captcha goes under its field.
 */
export function signInRefusal(code: string): AppError {
  if (code === "CAPTCHA_INVALID") return captchaRefusal();
  const known = refusalCodes.find((refusal) => refusal === code);

  return new AppError(known ?? "INTERNAL");
}
