import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { imageMessages, MAX_IMAGE_BYTES, sniffImageKind } from "./image-kind";

/** Larger than any scan a phone or a scanner makes; keeps a small file from decoding into GBs. */
const MAX_PIXELS = 50_000_000;

export type PreparedImage = { bytes: Buffer; contentType: "image/jpeg" | "image/png" };

function refuse(field: string, message: string): AppError {
  return new AppError("BAD_FILE", message, { fieldErrors: { [field]: message } });
}

/**
 * Accepts a jpg, jpeg, gif or png of at most 2 MB, judged by its bytes, then decodes it and
 * encodes a new image from the pixels alone: metadata (EXIF, GPS), trailing bytes and anything
 * hidden behind the image are left behind. A truncated or corrupt image fails to decode.
 * GIFs become PNGs (first frame), so the stored file is always a plain still image.
 */
export async function prepareImage(file: Blob | null | undefined, field: string) {
  if (!file || file.size === 0) throw refuse(field, imageMessages.missing);
  if (file.size > MAX_IMAGE_BYTES) throw refuse(field, imageMessages.tooLarge);

  const input = Buffer.from(await file.arrayBuffer());
  const kind = sniffImageKind(input);
  if (!kind) throw refuse(field, imageMessages.wrongType);

  try {
    const image = sharp(input, { failOn: "error", limitInputPixels: MAX_PIXELS }).rotate();
    const decodedFormat = (await image.metadata()).format;
    if (decodedFormat !== kind) throw refuse(field, imageMessages.wrongType);
    const prepared: PreparedImage =
      kind === "jpeg"
        ? { bytes: await image.jpeg({ quality: 90 }).toBuffer(), contentType: "image/jpeg" }
        : { bytes: await image.png().toBuffer(), contentType: "image/png" };

    return prepared;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const isTooLarge = error instanceof Error && /pixel limit/i.test(error.message);
    throw refuse(field, isTooLarge ? imageMessages.tooManyPixels : imageMessages.corrupt);
  }
}
