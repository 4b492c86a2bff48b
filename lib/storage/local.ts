import "server-only";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ByteRange, StorageDriver } from "./driver";

const keyPattern = /^[0-9a-f]{32}$/;

export function uploadsFolder() {
  return path.resolve(/*turbopackIgnore: true*/ env().DATA_DIR, "uploads");
}

/**
 * Private files on the local disk under DATA_DIR/uploads. A key is 32 random hex digits and is
 * checked against that pattern before it becomes a path, so no key can leave the folder.
 */
export function localDriver(root = uploadsFolder()): StorageDriver {
  function pathOf(key: string) {
    if (!keyPattern.test(key)) throw new AppError("NOT_FOUND");

    return path.join(root, key.slice(0, 2), key);
  }

  return {
    name: "local",

    async put(bytes) {
      const key = randomBytes(16).toString("hex");
      const target = pathOf(key);
      await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const partial = `${target}.${randomBytes(4).toString("hex")}.part`;
      await fs.promises.writeFile(partial, bytes, { mode: 0o600, flag: "wx" });
      await fs.promises.rename(partial, target);

      return key;
    },

    async get(key, range?: ByteRange) {
      const file = pathOf(key);
      try {
        await fs.promises.access(file, fs.constants.R_OK);
      } catch {
        throw new AppError("NOT_FOUND");
      }
      const stream = fs.createReadStream(file, range ?? {});

      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },

    async delete(key) {
      await fs.promises.rm(pathOf(key), { force: true });
    },
  };
}
