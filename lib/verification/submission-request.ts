import "server-only";
import type { ActionResult } from "@/lib/actions";
import type { Actor } from "@/lib/auth/policy";
import { AppError, defaultMessage, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { MAX_IMAGE_BYTES } from "@/lib/storage/image-kind";
import { submitVerification } from "./submit";

/** Two images at the limit plus the multipart framing around them. */
export const MAX_SUBMISSION_BYTES = 2 * MAX_IMAGE_BYTES + 64 * 1024;

const tooLarge = "上传的文件太大：每张图片不能超过 2M";

function reply(result: ActionResult<{ verificationId: number }>, status: number) {
  return Response.json(result, { status, headers: { "cache-control": "no-store" } });
}

/** Reads the body, but never more than the limit: a larger upload stops at the limit. */
async function readCapped(request: Request): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_SUBMISSION_BYTES || !request.body) return null;

  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_SUBMISSION_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }

  return Buffer.concat(chunks);
}

/** Cross-site posts carry no session cookie (SameSite=Lax); a foreign Origin is refused too. */
function isSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");

  return host !== null && new URL(origin).host === host;
}

/**
 * The upload of 【身份证】 and 【认证文档】 as multipart form data, sent by the page with
 * XMLHttpRequest so it can show real upload progress. Answers in the action result shape, with
 * each message under its field.
 */
export async function handleSubmissionRequest(options: { request: Request; actor: Actor | null }) {
  const { request, actor } = options;
  try {
    if (!actor) throw new AppError("UNAUTHENTICATED");
    if (!isSameOrigin(request)) throw new AppError("FORBIDDEN");
    const body = await readCapped(request);
    if (!body) {
      const fieldErrors = { form: tooLarge };
      return reply({ ok: false, message: tooLarge, fieldErrors }, 413);
    }
    const contentType = request.headers.get("content-type") ?? "";
    const form = await new Response(body as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": contentType },
    })
      .formData()
      .catch(() => new FormData());
    const file = (name: string) => {
      const value = form.get(name);
      return value instanceof Blob ? value : null;
    };

    const verification = await submitVerification({
      actor,
      idCard: file("idCard"),
      document: file("document"),
    });

    return reply({ ok: true, data: { verificationId: verification.id } }, 200);
  } catch (error) {
    if (isAppError(error)) {
      const result = { ok: false as const, message: error.message };
      return reply({ ...result, fieldErrors: error.fieldErrors ?? {} }, error.status);
    }
    logger.error("verification upload failed", { error });

    return reply({ ok: false, message: defaultMessage("INTERNAL"), fieldErrors: {} }, 500);
  }
}
