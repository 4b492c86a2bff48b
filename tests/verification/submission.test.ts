import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { verifications } from "@/db/schema";
import { imageMessages } from "@/lib/storage/image-kind";
import { getVerificationState } from "@/lib/verification/state";
import { submitVerification, verificationMessages } from "@/lib/verification/submit";
import { describeOnDatabases } from "../database";
import {
  actorOf,
  createCast,
  createUser,
  fileRowCount,
  imageFile,
  makeImage,
  storedObjectCount,
} from "./fixtures";

async function scans() {
  return {
    idCard: imageFile(await makeImage("jpeg"), "身份证.jpg"),
    document: imageFile(await makeImage("png"), "认证文档.png", "image/png"),
  };
}

describeOnDatabases("submitting a verification", (database) => {
  it("stores both scans and a pending verification; a second submission is refused", async () => {
    const { db } = database();
    const { owner } = await createCast(db);
    const before = { rows: await fileRowCount(db), objects: storedObjectCount() };

    const verification = await submitVerification({ actor: owner, ...(await scans()) });

    expect(verification.status).toBe("pending");
    expect(await fileRowCount(db)).toBe(before.rows + 2);
    expect(storedObjectCount()).toBe(before.objects + 2);
    const state = await getVerificationState({ actor: owner });
    expect(state).toMatchObject({ status: "pending", canSubmit: false });

    await expect(submitVerification({ actor: owner, ...(await scans()) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: verificationMessages.pending,
    });
    expect(await fileRowCount(db)).toBe(before.rows + 2);
    expect(storedObjectCount()).toBe(before.objects + 2);
  });

  it("lets only a secretary submit, and only for themselves", async () => {
    const { db } = database();
    const { resident, admin } = await createCast(db);
    const partyMember = await actorOf(db, (await createUser(db, { type: "party_member" })).id);
    const before = { rows: await fileRowCount(db), objects: storedObjectCount() };

    for (const actor of [null, resident, partyMember, admin]) {
      await expect(submitVerification({ actor, ...(await scans()) })).rejects.toMatchObject({
        code: actor ? "FORBIDDEN" : "UNAUTHENTICATED",
      });
      await expect(getVerificationState({ actor })).rejects.toBeDefined();
    }
    expect(await fileRowCount(db)).toBe(before.rows);
    expect(storedObjectCount()).toBe(before.objects);
  });

  it("refuses bad files with a message under each field and stores nothing", async () => {
    const { db } = database();
    const { owner } = await createCast(db);
    const before = { rows: await fileRowCount(db), objects: storedObjectCount() };
    const good = imageFile(await makeImage("png"), "ok.png", "image/png");
    const svg = imageFile(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), "a.png");
    const pdfNamedJpg = imageFile(Buffer.from("%PDF-1.4\n%%EOF"), "scan.jpg");
    const jpeg = await makeImage("jpeg", 300, 200);
    const truncated = imageFile(jpeg.subarray(0, jpeg.length / 2), "cut.jpg");
    const tooLarge = imageFile(Buffer.concat([jpeg, Buffer.alloc(2 * 1024 * 1024)]), "big.jpg");
    const polyglot = imageFile(Buffer.from("GIF89a/*\x00*/=1;alert(1)//"), "x.gif", "image/gif");

    const cases = [
      { idCard: svg, document: good, field: "idCard", message: imageMessages.wrongType },
      { idCard: good, document: pdfNamedJpg, field: "document", message: imageMessages.wrongType },
      { idCard: truncated, document: good, field: "idCard", message: imageMessages.corrupt },
      { idCard: good, document: tooLarge, field: "document", message: imageMessages.tooLarge },
      { idCard: polyglot, document: good, field: "idCard", message: imageMessages.corrupt },
      { idCard: null, document: good, field: "idCard", message: imageMessages.missing },
    ];
    for (const { field, message, ...files } of cases) {
      await expect(submitVerification({ actor: owner, ...files })).rejects.toMatchObject({
        code: "BAD_FILE",
        fieldErrors: { [field]: message },
      });
    }
    await expect(
      submitVerification({ actor: owner, idCard: svg, document: truncated }),
    ).rejects.toMatchObject({
      fieldErrors: { idCard: imageMessages.wrongType, document: imageMessages.corrupt },
    });

    expect(await fileRowCount(db)).toBe(before.rows);
    expect(storedObjectCount()).toBe(before.objects);
    expect(await getVerificationState({ actor: owner })).toMatchObject({ status: "none" });
  });

  it("removes the stored scans when the database refuses the submission", async () => {
    const { db } = database();
    const { owner } = await createCast(db);
    const vanished = { ...owner, id: 2_000_000_000 };
    const before = { rows: await fileRowCount(db), objects: storedObjectCount() };

    await expect(submitVerification({ actor: vanished, ...(await scans()) })).rejects.toThrow();

    expect(await fileRowCount(db)).toBe(before.rows);
    expect(storedObjectCount()).toBe(before.objects);
  });

  it("keeps one submission of two sent at once, and no stray file of the other", async () => {
    const { db } = database();
    const { owner } = await createCast(db);
    const before = { rows: await fileRowCount(db), objects: storedObjectCount() };

    const results = await Promise.allSettled([
      submitVerification({ actor: owner, ...(await scans()) }),
      submitVerification({ actor: owner, ...(await scans()) }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ message: verificationMessages.pending });
    const rows = await db.select().from(verifications).where(eq(verifications.userId, owner.id));
    expect(rows).toHaveLength(1);
    expect(await fileRowCount(db)).toBe(before.rows + 2);
    expect(storedObjectCount()).toBe(before.objects + 2);
  });
});
