import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageFile, makeImage } from "@/tests/verification/fixtures";
import { imageMessages, MAX_IMAGE_BYTES, sniffImageKind } from "./image-kind";
import { prepareImage } from "./images";

async function refusal(file: Blob | null) {
  try {
    await prepareImage(file, "idCard");
  } catch (error) {
    return (error as { fieldErrors?: Record<string, string> }).fieldErrors?.idCard;
  }

  return undefined;
}

const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
    '<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
);

describe("image intake", () => {
  it("accepts jpg, png and gif and stores a re-encoded still image", async () => {
    const jpeg = await prepareImage(imageFile(await makeImage("jpeg"), "a.jpg"), "idCard");
    const png = await prepareImage(imageFile(await makeImage("png"), "b.png"), "idCard");
    const gif = await prepareImage(imageFile(await makeImage("gif"), "c.gif"), "idCard");

    expect(jpeg.contentType).toBe("image/jpeg");
    expect(png.contentType).toBe("image/png");
    expect(gif.contentType).toBe("image/png");
    expect((await sharp(gif.bytes).metadata()).format).toBe("png");
    expect((await sharp(jpeg.bytes).metadata()).width).toBe(120);
  });

  it("decides by the bytes, not by the name or the declared type", async () => {
    const png = await makeImage("png");
    const accepted = await prepareImage(imageFile(png, "scan.txt", "text/plain"), "idCard");
    expect(accepted.contentType).toBe("image/png");

    const pdf = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
    expect(await refusal(imageFile(pdf, "scan.jpg", "image/jpeg"))).toBe(imageMessages.wrongType);
    const webp = await sharp(png).webp().toBuffer();
    expect(await refusal(imageFile(webp, "scan.png", "image/png"))).toBe(imageMessages.wrongType);
  });

  it("refuses a missing or empty file", async () => {
    expect(await refusal(null)).toBe(imageMessages.missing);
    expect(await refusal(imageFile(new Uint8Array(0), "a.jpg"))).toBe(imageMessages.missing);
  });

  it("refuses more than 2 MB, even a valid image, and accepts exactly 2 MB of bytes", async () => {
    const noise = Buffer.alloc(1000 * 1000 * 3);
    for (let index = 0; index < noise.length; index++) noise[index] = (index * 7919) % 251;
    const large = await sharp(noise, { raw: { width: 1000, height: 1000, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(large.length).toBeGreaterThan(MAX_IMAGE_BYTES);
    expect(await refusal(imageFile(large, "big.png", "image/png"))).toBe(imageMessages.tooLarge);

    const jpeg = await makeImage("jpeg");
    const padded = Buffer.concat([jpeg, Buffer.alloc(MAX_IMAGE_BYTES - jpeg.length)]);
    await expect(prepareImage(imageFile(padded, "edge.jpg"), "idCard")).resolves.toBeDefined();
  });

  it("refuses truncated and corrupt images of every accepted type", async () => {
    for (const format of ["jpeg", "png", "gif"] as const) {
      const whole = await makeImage(format, 400, 300);
      const truncated = whole.subarray(0, Math.floor(whole.length * 0.6));
      expect(await refusal(imageFile(truncated, `cut.${format}`)), format).toBe(
        imageMessages.corrupt,
      );
    }
    const headerOnly = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]);
    expect(await refusal(imageFile(headerOnly, "x.jpg"))).toBe(imageMessages.corrupt);
  });

  it("refuses an SVG, even named .png, since it can carry script", async () => {
    expect(await refusal(imageFile(svg, "scan.png", "image/png"))).toBe(imageMessages.wrongType);
    expect(await refusal(imageFile(svg, "scan.svg", "image/svg+xml"))).toBe(
      imageMessages.wrongType,
    );
  });

  it("refuses a GIF header followed by script", async () => {
    const polyglot = Buffer.from("GIF89a/*\x00\x00*/=1;alert(document.cookie);//");
    expect(sniffImageKind(polyglot)).toBe("gif");
    expect(await refusal(imageFile(polyglot, "scan.gif", "image/gif"))).toBe(imageMessages.corrupt);
  });

  it("drops whatever follows the image: a zip after a PNG, HTML after a JPEG", async () => {
    const zip = Buffer.from("PK\x03\x04\x14\x00\x00\x00hidden-archive-payload");
    const png = Buffer.concat([await makeImage("png"), zip]);
    const html = Buffer.from("<html><script>alert(1)</script></html>");
    const jpeg = Buffer.concat([await makeImage("jpeg"), html]);

    const cleanPng = await prepareImage(imageFile(png, "a.png", "image/png"), "idCard");
    const cleanJpeg = await prepareImage(imageFile(jpeg, "a.jpg"), "idCard");

    expect(cleanPng.bytes.includes("hidden-archive-payload")).toBe(false);
    expect(cleanPng.bytes.includes(Buffer.from("PK\x03\x04"))).toBe(false);
    expect(cleanJpeg.bytes.includes("<script>")).toBe(false);
  });

  it("keeps no EXIF: camera, GPS and comments are gone after re-encoding", async () => {
    const tagged = await sharp(await makeImage("jpeg"))
      .withExif({ IFD0: { Copyright: "secret-owner-note", Make: "PhoneCam" } })
      .jpeg()
      .toBuffer();
    expect((await sharp(tagged).metadata()).exif).toBeDefined();

    const clean = await prepareImage(imageFile(tagged, "a.jpg"), "idCard");

    expect((await sharp(clean.bytes).metadata()).exif).toBeUndefined();
    expect(clean.bytes.includes("secret-owner-note")).toBe(false);
  });

  it("refuses an image that would decode into too many pixels", async () => {
    const width = 10_000;
    const height = 6_000;
    const huge = await sharp(Buffer.alloc(width * height, 255), {
      raw: { width, height, channels: 1 },
    })
      .png({ compressionLevel: 1 })
      .toBuffer();
    expect(huge.length).toBeLessThan(MAX_IMAGE_BYTES);

    expect(await refusal(imageFile(huge, "huge.png", "image/png"))).toBe(
      imageMessages.tooManyPixels,
    );
  });
});
