import { expect, it } from "vitest";
import { respondWithVerificationDocument } from "@/lib/verification/document";
import { getVerificationState } from "@/lib/verification/state";
import {
  handleSubmissionRequest,
  MAX_SUBMISSION_BYTES,
} from "@/lib/verification/submission-request";
import { describeOnDatabases } from "../database";
import { readPdf } from "./pdf-reader";
import { createCast, fileRowCount, imageFile, makeImage, storedObjectCount } from "./fixtures";

async function upload(parts: Record<string, File>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, file] of Object.entries(parts)) form.append(name, file);

  return new Request("http://portal.test/api/verification", {
    method: "POST",
    body: form,
    headers: { host: "portal.test", origin: "http://portal.test", ...headers },
  });
}

async function scans() {
  return {
    idCard: imageFile(await makeImage("jpeg"), "id.jpg"),
    document: imageFile(await makeImage("png"), "doc.png", "image/png"),
  };
}

describeOnDatabases("the verification routes", (database) => {
  it("takes the two scans as multipart form data", async () => {
    const { owner } = await createCast(database().db);

    const response = await handleSubmissionRequest({
      request: await upload(await scans()),
      actor: owner,
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
    expect(await getVerificationState({ actor: owner })).toMatchObject({ status: "pending" });
  });

  it("answers with a message under the field, and stores nothing, for a bad upload", async () => {
    const { db } = database();
    const { owner, resident } = await createCast(db);
    const before = { rows: await fileRowCount(db), objects: storedObjectCount() };
    const { idCard } = await scans();

    const missing = await handleSubmissionRequest({
      request: await upload({ idCard }),
      actor: owner,
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      ok: false,
      fieldErrors: { document: expect.stringContaining("请选择") },
    });

    const visitor = await handleSubmissionRequest({
      request: await upload(await scans()),
      actor: null,
    });
    expect(visitor.status).toBe(401);
    const notSecretary = await handleSubmissionRequest({
      request: await upload(await scans()),
      actor: resident,
    });
    expect(notSecretary.status).toBe(403);
    const foreign = await handleSubmissionRequest({
      request: await upload(await scans(), { origin: "https://elsewhere.example" }),
      actor: owner,
    });
    expect(foreign.status).toBe(403);

    const huge = imageFile(Buffer.alloc(MAX_SUBMISSION_BYTES + 1), "big.jpg");
    const tooLarge = await handleSubmissionRequest({
      request: await upload({ idCard: huge, document: idCard }),
      actor: owner,
    });
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).message).toContain("2M");

    expect(await fileRowCount(db)).toBe(before.rows);
    expect(storedObjectCount()).toBe(before.objects);
  });

  it("gives the 认证文档 PDF to a secretary only, pre-filled with their own data", async () => {
    const { db } = database();
    const { owner, otherSecretary, resident, admin, community, idNumber } = await createCast(db);

    const response = await respondWithVerificationDocument({ actor: owner });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    const { text } = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(community.name);
    expect(text).toContain(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(text).not.toContain(idNumber);

    const other = await readPdf(
      new Uint8Array(
        await (await respondWithVerificationDocument({ actor: otherSecretary })).arrayBuffer(),
      ),
    );
    expect(other.text).not.toContain(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect((await respondWithVerificationDocument({ actor: null })).status).toBe(401);
    expect((await respondWithVerificationDocument({ actor: resident })).status).toBe(403);
    expect((await respondWithVerificationDocument({ actor: admin })).status).toBe(403);
  });
});
