import { createCanvas } from "@napi-rs/canvas";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfTextItem = {
  text: string;
  x: number;
  baseline: number;
  size: number;
  width: number;
};

/**
 * Reads a PDF the way a viewer does: the text of its first page, with positions in pixels of
 * a rendering at `scale`, and that rendering's grey levels (0 black … 255 white).
 */
export async function readPdf(bytes: Uint8Array, scale = 2) {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const page = await document.getPage(1);
  const viewport = page.getViewport({ scale });

  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [, , , size = 0, x = 0, y = 0] = item.transform as number[];
    items.push({
      text: item.str,
      x: x * scale,
      baseline: viewport.height - y * scale,
      size: size * scale,
      width: item.width * scale,
    });
  }

  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  const grey = new Uint8Array(width * height);
  for (let index = 0; index < grey.length; index++) {
    const [red = 0, green = 0, blue = 0] = data.subarray(index * 4, index * 4 + 3);
    grey[index] = Math.round(0.299 * red + 0.587 * green + 0.114 * blue);
  }
  await document.destroy();

  return { items, text: items.map((item) => item.text).join(""), grey, width, height };
}

/** Dark pixels inside a box of the rendering. */
export function inkIn(
  page: { grey: Uint8Array; width: number; height: number },
  box: { left: number; top: number; right: number; bottom: number },
) {
  let dark = 0;
  for (let y = Math.max(0, Math.floor(box.top)); y < Math.min(page.height, box.bottom); y++) {
    for (let x = Math.max(0, Math.floor(box.left)); x < Math.min(page.width, box.right); x++) {
      if ((page.grey[y * page.width + x] ?? 255) < 160) dark += 1;
    }
  }

  return dark;
}
