import "server-only";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { ByteRange, StorageDriver } from "./driver";

const extensions: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/gif": "gif",
};

/** A name that says nothing about the user: the object store shows it in its dashboard. */
export function objectName(contentType: string) {
  return `${randomBytes(16).toString("hex")}.${extensions[contentType] ?? "bin"}`;
}

export function rangeHeader(range: ByteRange) {
  return `bytes=${range.start}-${range.end}`;
}

/**
 * Private files on uploadthing: uploaded with the private ACL and read through signed URLs that
 * expire within a minute. The SDK is loaded only when this driver is in use.
 */
export function uploadthingDriver(token: string): StorageDriver {
  const api = import("uploadthing/server").then(({ UTApi }) => new UTApi({ token }));

  async function signedUrl(key: string, expiresInSeconds: number) {
    const { ufsUrl } = await (await api).generateSignedURL(key, { expiresIn: expiresInSeconds });

    return ufsUrl;
  }

  return {
    name: "uploadthing",
    signedUrl,

    async put(bytes, contentType) {
      const { UTFile } = await import("uploadthing/server");
      const file = new UTFile([bytes as Uint8Array<ArrayBuffer>], objectName(contentType), {
        type: contentType,
      });
      const result = await (await api).uploadFiles(file, { acl: "private" });
      if (result.error) throw new Error(`uploadthing upload failed: ${result.error.code}`);

      return result.data.key;
    },

    async get(key, range) {
      const response = await fetch(await signedUrl(key, 60), {
        headers: range ? { range: rangeHeader(range) } : {},
      });
      if (response.status === 404) throw new AppError("NOT_FOUND");
      if (!response.ok || !response.body) {
        throw new Error(`uploadthing read failed: ${response.status}`);
      }

      return response.body;
    },

    async delete(key) {
      await (await api).deleteFiles(key);
    },
  };
}
