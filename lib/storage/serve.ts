import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { files } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/policy";
import { AppError, isAppError } from "@/lib/errors";
import { storageFor } from "./index";
import { parseRange } from "./range";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signed URLs handed to a browser live this long: enough to load an image, no longer. */
const SIGNED_URL_SECONDS = 60;

const privateHeaders = {
  "cache-control": "private, no-store",
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; sandbox",
  "cross-origin-resource-policy": "same-origin",
};

function errorResponse(error: AppError) {
  return Response.json({ message: error.message }, { status: error.status });
}

/**
 * A private file for the signed-in user: its owner and admins may read it; for anyone else it
 * does not exist (404), so an id seen somewhere tells nothing. Every read of someone else's file
 * by an admin is written to the audit log. Local files honour HTTP Range requests.
 */
export async function respondWithFile(options: {
  request: Request;
  fileId: string;
  actor: Actor | null;
}): Promise<Response> {
  const { request, fileId, actor } = options;
  if (!actor) return errorResponse(new AppError("UNAUTHENTICATED"));
  if (!uuidPattern.test(fileId)) return errorResponse(new AppError("NOT_FOUND"));

  const db = await getDb();
  const [file] = await db.select().from(files).where(eq(files.id, fileId));
  if (!file || !can(actor, "file:read", { ownerId: file.ownerId })) {
    return errorResponse(new AppError("NOT_FOUND"));
  }
  if (file.ownerId !== actor.id) {
    await recordAudit(db, {
      actorId: actor.id,
      action: "file.view",
      targetType: "file",
      targetId: file.id,
      detail: { purpose: file.purpose, ownerId: file.ownerId },
    });
  }

  const driver = storageFor(file.driver);
  if (driver.signedUrl) {
    const location = await driver.signedUrl(file.storageKey, SIGNED_URL_SECONDS);
    return new Response(null, { status: 302, headers: { ...privateHeaders, location } });
  }

  const headers = {
    ...privateHeaders,
    "content-type": file.contentType,
    "content-disposition": "inline",
    "accept-ranges": "bytes",
  };
  const range = parseRange(request.headers.get("range"), file.size);
  if (range === "unsatisfiable") {
    return new Response(null, {
      status: 416,
      headers: { ...headers, "content-range": `bytes */${file.size}` },
    });
  }
  try {
    const body = await driver.get(file.storageKey, range ?? undefined);
    if (!range) {
      return new Response(body, {
        headers: { ...headers, "content-length": String(file.size) },
      });
    }

    return new Response(body, {
      status: 206,
      headers: {
        ...headers,
        "content-length": String(range.end - range.start + 1),
        "content-range": `bytes ${range.start}-${range.end}/${file.size}`,
      },
    });
  } catch (error) {
    if (isAppError(error)) return errorResponse(error);
    throw error;
  }
}
