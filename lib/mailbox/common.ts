import "server-only";
import type { z } from "zod";
import { type Actor, assertCan, type Permission } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

/** What a verified secretary stored on a letter or appointment, shown wherever it is read. */
export type StoredAnswer = {
  text: string;
  answeredAt: Date;
  answeredBy: { name: string; isVerified: boolean } | null;
};

/**
 * Another secretary answered first: nothing was written, and the answer that stands is carried
 * along so that the caller can show it.
 */
export class AlreadyProcessedError extends AppError {
  readonly answer: StoredAnswer;

  constructor(answer: StoredAnswer) {
    super("ALREADY_PROCESSED", "该信息已由其他书记处理，不能再修改");
    this.answer = answer;
  }
}

export function isAlreadyProcessed(error: unknown): error is AlreadyProcessedError {
  return error instanceof AlreadyProcessedError;
}

/** Checks input against the form's schema; a wrong value becomes a message under its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fieldErrors[issue.path.join(".") || "form"] ??= issue.message;
    throw new AppError("VALIDATION", undefined, { fieldErrors });
  }

  return parsed.data;
}

/**
 * The actor handles its own community's items only: queries are scoped to that community, so
 * another community's item is simply not found.
 */
export function assertHandler(
  actor: Actor | null,
  permission: Extract<Permission, "letter:handle" | "appointment:handle">,
): asserts actor is Actor {
  assertCan(actor, permission, { communityId: actor?.communityId });
}

export function storedAnswer(row: {
  text: string | null;
  answeredAt: Date | null;
  answererName: string | null;
  answererVerifiedAt: Date | null;
}): StoredAnswer | null {
  if (row.text === null || row.answeredAt === null) return null;
  const answeredBy =
    row.answererName === null
      ? null
      : { name: row.answererName, isVerified: row.answererVerifiedAt !== null };

  return { text: row.text, answeredAt: row.answeredAt, answeredBy };
}

export const notFound = () => new AppError("NOT_FOUND");
