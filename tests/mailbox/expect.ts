import { expect } from "vitest";
import { type ErrorCode, isAppError } from "@/lib/errors";

/** Awaits a call that must fail with the given AppError code, and returns that error. */
export async function expectCode(call: Promise<unknown>, code: ErrorCode) {
  const error = await call.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error, `expected ${code}`).not.toBeNull();
  if (!isAppError(error)) throw error;
  expect(error.code).toBe(code);

  return error;
}

/** Every message along a database error's cause chain (drivers wrap the server's message). */
export function errorMessages(error: unknown): string {
  const messages: string[] = [];
  let current = error;
  while (current instanceof Error) {
    messages.push(current.message);
    current = current.cause;
  }

  return messages.join(" | ");
}

/** Awaits a statement the database itself must refuse, and returns the refusal's messages. */
export async function expectRefused(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error, "the database accepted the statement").not.toBeNull();

  return errorMessages(error);
}
