// Times the two heavy steps of identity verification on this machine: generating the 认证文档
// PDF (font subsetting) and taking in a scan (decode, check, re-encode), each run many times.
// Usage: npx tsx --conditions=react-server bench/verification.ts
import { performance } from "node:perf_hooks";
import sharp from "sharp";
import { prepareImage } from "@/lib/storage/images";
import { renderVerificationDocument } from "@/lib/verification/document-pdf";

async function timeRuns<T>(label: string, runs: number, step: () => Promise<T>) {
  const times: number[] = [];
  let last: T | undefined;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    last = await step();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)] ?? 0;
  const worst = times[runs - 1] ?? 0;
  console.log(
    `${label}: median ${median.toFixed(0)} ms, slowest ${worst.toFixed(0)} ms (${runs} runs)`,
  );

  return last as T;
}

/** An A4 page scanned at 200 dpi with some texture, as a phone or scanner delivers it. */
async function scanLike(format: "jpeg" | "png") {
  const width = 1654;
  const height = 2339;
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index++) {
    pixels[index] = 200 + ((index * 2654435761) >>> 27);
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });

  return format === "jpeg" ? image.jpeg({ quality: 85 }).toBuffer() : image.png().toBuffer();
}

const data = {
  realName: "欧阳晓燕",
  phone: "13912345678",
  regionPath: ["广东省", "深圳市", "南山区"],
  communityName: "粤海街道麻雀岭社区居委会",
  position: "副书记",
  idNumberMasked: "440305********002X",
  date: new Date(),
};

const pdf = await timeRuns("认证文档 PDF", 20, () => renderVerificationDocument(data));
console.log(`  size ${(pdf.length / 1024).toFixed(1)} KB`);

for (const format of ["jpeg", "png"] as const) {
  const scan = await scanLike(format);
  const file = new File([new Uint8Array(scan)], `scan.${format}`);
  const result = await timeRuns(
    `scan intake, ${format} ${(scan.length / 1024).toFixed(0)} KB`,
    10,
    () => prepareImage(file, "idCard"),
  );
  console.log(`  stored ${(result.bytes.length / 1024).toFixed(0)} KB`);
}
