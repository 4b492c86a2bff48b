import "server-only";
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { piiKey } from "@/lib/secrets";
import { maskIdNumber } from "./mask";
import { normalizeIdNumber } from "./validation";

/**
 * 身份证号 at rest: AES-256-GCM under the PII key (a fresh IV per value, the tag checked on
 * reading), a keyed hash for the unique index, and the masked form for every other reader.
 * Never log the number or its cipher text.
 */

const version = "v1";
const ivLength = 12;
const tagLength = 16;

let hashKey: { source: Buffer; key: Buffer } | undefined;

/** A key of its own for the hash, derived from the PII key, so neither reveals the other. */
function idNumberHashKey(): Buffer {
  const source = piiKey();
  if (hashKey?.source.equals(source)) return hashKey.key;
  const key = Buffer.from(hkdfSync("sha256", source, Buffer.alloc(0), "id-number-hash", 32));
  hashKey = { source, key };

  return key;
}

export type StoredIdNumber = {
  idNumberCipher: string;
  idNumberHash: string;
  idNumberMasked: string;
};

/** Same number, same hash: what the unique index compares (x and X count as one). */
export function hashIdNumber(idNumber: string): string {
  return createHmac("sha256", idNumberHashKey())
    .update(normalizeIdNumber(idNumber), "utf8")
    .digest("base64url");
}

export function encryptIdNumber(idNumber: string): string {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv("aes-256-gcm", piiKey(), iv);
  const encrypted = Buffer.concat([
    cipher.update(normalizeIdNumber(idNumber), "utf8"),
    cipher.final(),
  ]);
  const tag = cipher.getAuthTag();

  return [version, iv, tag, encrypted]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Throws when the cipher text was altered or sealed under another key. */
export function decryptIdNumber(stored: string): string {
  const [label, iv, tag, encrypted] = stored.split(".");
  if (label !== version || !iv || !tag || !encrypted) {
    throw new Error("unknown ID number format");
  }
  const decipher = createDecipheriv("aes-256-gcm", piiKey(), Buffer.from(iv, "base64url"), {
    authTagLength: tagLength,
  });
  decipher.setAuthTag(Buffer.from(tag, "base64url"));

  return Buffer.concat([
    decipher.update(Buffer.from(encrypted, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

/** The three columns that hold one ID number. */
export function sealIdNumber(idNumber: string): StoredIdNumber {
  const normalized = normalizeIdNumber(idNumber);

  return {
    idNumberCipher: encryptIdNumber(normalized),
    idNumberHash: hashIdNumber(normalized),
    idNumberMasked: maskIdNumber(normalized),
  };
}
