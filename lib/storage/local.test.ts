import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localDriver } from "./local";

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("local storage driver", () => {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-")), "uploads");
  const driver = localDriver(root);

  it("stores bytes under a random key, readable only by the process owner", async () => {
    const key = await driver.put(new TextEncoder().encode("0123456789"), "image/png");

    expect(key).toMatch(/^[0-9a-f]{32}$/);
    const file = path.join(root, key.slice(0, 2), key);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await text(await driver.get(key))).toBe("0123456789");
  });

  it("reads a byte range", async () => {
    const key = await driver.put(new TextEncoder().encode("0123456789"), "image/png");

    expect(await text(await driver.get(key, { start: 2, end: 5 }))).toBe("2345");
    expect(await text(await driver.get(key, { start: 9, end: 9 }))).toBe("9");
  });

  it("gives two puts of the same bytes two keys", async () => {
    const bytes = new TextEncoder().encode("same");

    expect(await driver.put(bytes, "image/png")).not.toBe(await driver.put(bytes, "image/png"));
  });

  it("deletes, and deleting again is no error", async () => {
    const key = await driver.put(new TextEncoder().encode("gone"), "image/png");
    await driver.delete(key);
    await driver.delete(key);

    await expect(driver.get(key)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("never turns a key into a path outside its folder", async () => {
    fs.writeFileSync(path.join(path.dirname(root), "outside.txt"), "secret");
    for (const key of ["../outside.txt", "..%2Foutside.txt", "/etc/passwd", "ab/../../x", ""]) {
      await expect(driver.get(key)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(driver.delete(key)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
