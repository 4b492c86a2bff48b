/** What the portal accepts as a scan; also checked in the browser before uploading. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type ImageKind = "jpeg" | "png" | "gif";

export const imageMessages = {
  missing: "请选择要上传的图片",
  tooLarge: "图片大小不能超过 2M，请压缩后重新上传",
  wrongType: "只能上传 jpg、jpeg、gif、png 格式的图片，请重新选择",
  corrupt: "图片已损坏或不完整，无法读取，请重新扫描后上传",
  tooManyPixels: "图片尺寸过大，请缩小后重新上传",
} as const;

const signatures: Array<{ kind: ImageKind; bytes: number[] }> = [
  { kind: "jpeg", bytes: [0xff, 0xd8, 0xff] },
  { kind: "png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: "gif", bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { kind: "gif", bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
];

/** The image type its first bytes (magic numbers) announce, whatever the file is named. */
export function sniffImageKind(head: Uint8Array): ImageKind | null {
  const match = signatures.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte));

  return match?.kind ?? null;
}
