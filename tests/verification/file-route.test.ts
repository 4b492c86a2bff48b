import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { expect, it } from "vitest";
import { auditLogs } from "@/db/schema";
import { respondWithFile } from "@/lib/storage/serve";
import { submitVerification } from "@/lib/verification/submit";
import { describeOnDatabases } from "../database";
import { createCast, imageFile, makeImage } from "./fixtures";

function get(fileId: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost/api/files/${fileId}`, { headers });
}

describeOnDatabases("the private file route", (database) => {
  async function setUp() {
    const { db } = database();
    const cast = await createCast(db);
    const verification = await submitVerification({
      actor: cast.owner,
      idCard: imageFile(await makeImage("jpeg", 640, 400), "id.jpg"),
      document: imageFile(await makeImage("png"), "doc.png", "image/png"),
    });

    return { ...cast, fileId: verification.idCardFileId };
  }

  async function fileViews(fileId: string) {
    const { db } = database();

    return db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "file.view"), eq(auditLogs.targetId, fileId)));
  }

  it("serves a scan to its owner, as the re-encoded image, unlogged", async () => {
    const { owner, fileId } = await setUp();

    const response = await respondWithFile({ request: get(fileId), fileId, actor: owner });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get("content-length"))).toBe(bytes.length);
    expect((await sharp(bytes).metadata()).width).toBe(640);
    expect(await fileViews(fileId)).toHaveLength(0);
  });

  it("serves it to an admin and writes every view to the audit log", async () => {
    const { admin, owner, fileId } = await setUp();

    for (let view = 0; view < 2; view++) {
      const response = await respondWithFile({ request: get(fileId), fileId, actor: admin });
      expect(response.status).toBe(200);
    }

    const views = await fileViews(fileId);
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({ actorId: admin.id, targetType: "file" });
    expect(views[0]?.detail).toMatchObject({ purpose: "id_card", ownerId: owner.id });
  });

  it("tells a visitor to sign in and everybody else that there is no such file", async () => {
    const { resident, otherSecretary, fileId } = await setUp();

    const visitor = await respondWithFile({ request: get(fileId), fileId, actor: null });
    expect(visitor.status).toBe(401);
    for (const actor of [resident, otherSecretary]) {
      const response = await respondWithFile({ request: get(fileId), fileId, actor });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).not.toMatch(/^image/);
    }
    expect(await fileViews(fileId)).toHaveLength(0);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    const { owner } = await setUp();

    for (const fileId of ["00000000-0000-4000-8000-000000000000", "../../secrets.json", "1"]) {
      const response = await respondWithFile({ request: get(fileId), fileId, actor: owner });
      expect(response.status).toBe(404);
    }
  });

  it("answers Range requests with 206 and Content-Range, and 416 past the end", async () => {
    const { owner, fileId } = await setUp();
    const whole = Buffer.from(
      await (await respondWithFile({ request: get(fileId), fileId, actor: owner })).arrayBuffer(),
    );
    const size = whole.length;

    const part = await respondWithFile({
      request: get(fileId, { range: "bytes=10-109" }),
      fileId,
      actor: owner,
    });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 10-109/${size}`);
    expect(part.headers.get("content-length")).toBe("100");
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(10, 110))).toBe(true);

    const tail = await respondWithFile({
      request: get(fileId, { range: "bytes=-20" }),
      fileId,
      actor: owner,
    });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(size - 20))).toBe(true);

    const beyond = await respondWithFile({
      request: get(fileId, { range: `bytes=${size}-` }),
      fileId,
      actor: owner,
    });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${size}`);
  });
});
