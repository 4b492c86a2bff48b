import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { formatChinaDate } from "./format";

/**
 * Noto Sans SC (SIL Open Font License) ships with the app as an npm package, so the document
 * shows every character on any server; pdfkit embeds only the glyphs the page uses.
 */
export const documentFontPath = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
);

export type VerificationDocumentData = {
  realName: string;
  phone: string;
  regionPath: string[];
  communityName: string;
  position: string;
  idNumberMasked: string;
  date: Date;
};

export const documentTitle = "社区书记身份认证文档";

const ink = "#1c1917";
const muted = "#57534e";
const page = { width: 595.28, margin: 56 };
const contentWidth = page.width - page.margin * 2;

function drawRows(doc: PDFKit.PDFDocument, rows: Array<[string, string]>) {
  const labelWidth = 110;
  const rowHeight = 30;
  let y = doc.y;
  for (const [label, value] of rows) {
    doc.rect(page.margin, y, contentWidth, rowHeight).strokeColor("#a8a29e").stroke();
    doc.rect(page.margin, y, labelWidth, rowHeight).fillAndStroke("#f5f5f4", "#a8a29e");
    doc.fillColor(ink).fontSize(12);
    doc.text(label, page.margin + 10, y + 8, { width: labelWidth - 20, lineBreak: false });
    doc.text(value, page.margin + labelWidth + 10, y + 8, {
      width: contentWidth - labelWidth - 20,
      lineBreak: false,
      ellipsis: true,
    });
    y += rowHeight;
  }
  doc.x = page.margin;
  doc.y = y + 20;
}

function drawSignatures(doc: PDFKit.PDFDocument) {
  const top = doc.y;
  doc.fillColor(ink).fontSize(12);
  doc.text("本人签名：", page.margin, top + 10, { lineBreak: false });
  doc
    .moveTo(page.margin + 64, top + 26)
    .lineTo(page.margin + 220, top + 26)
    .stroke(ink);
  doc.text("日期：", page.margin, top + 56, { lineBreak: false });
  doc.text("年        月        日", page.margin + 100, top + 56, { lineBreak: false });
  doc
    .moveTo(page.margin + 40, top + 72)
    .lineTo(page.margin + 220, top + 72)
    .stroke(ink);

  const stampLeft = page.margin + contentWidth - 190;
  doc.rect(stampLeft, top, 190, 150).dash(4, { space: 3 }).stroke(muted).undash();
  doc.text("社区盖章", stampLeft + 10, top + 10, { lineBreak: false });
  doc.fillColor(muted).fontSize(9);
  doc.text("请加盖社区居委会或社区党组织公章", stampLeft + 10, top + 128, { lineBreak: false });
  doc.x = page.margin;
  doc.y = top + 180;
}

/** The 认证文档 the secretary prints, signs and has stamped; pre-filled with their data. */
export function renderVerificationDocument(data: VerificationDocumentData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: page.margin,
    font: documentFontPath,
    info: { Title: documentTitle, Creator: "中国社区网" },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.fillColor(ink).fontSize(22).text(documentTitle, { align: "center" });
  doc.moveDown(0.3).fillColor(muted).fontSize(12).text("中国社区网", { align: "center" });
  doc.moveDown(1.2).fillColor(ink).fontSize(12);
  doc.text(
    "本人申请在中国社区网认证社区书记身份。请核对以下信息，在下方签名并填写日期，" +
      "加盖社区公章后扫描成图片（jpg、jpeg、gif、png 格式，大小不超过 2M），" +
      "在【身份认证】页面与身份证扫描件一同上传。",
    { lineGap: 6 },
  );
  doc.moveDown(1);
  drawRows(doc, [
    ["真实姓名", data.realName],
    ["手机号", data.phone],
    ["所在地区", data.regionPath.join(" ")],
    ["所在社区", data.communityName],
    ["社区岗位", data.position],
    ["身份证号", data.idNumberMasked],
    ["生成日期", formatChinaDate(data.date)],
  ]);
  doc.text("本人承诺：以上信息真实、准确、完整，如有虚假，愿意承担相应责任。", { lineGap: 6 });
  doc.moveDown(1.5);
  drawSignatures(doc);
  doc.fillColor(muted).fontSize(10);
  doc.text("本文档由中国社区网生成，仅用于社区书记身份认证。审核时间为 1–3 个工作日。", {
    align: "center",
  });
  doc.end();

  return finished;
}
