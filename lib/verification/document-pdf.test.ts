import { describe, expect, it } from "vitest";
import { inkIn, readPdf } from "@/tests/verification/pdf-reader";
import { renderVerificationDocument } from "./document-pdf";
import { formatChinaDate } from "./format";

const data = {
  realName: "欧阳晓燕",
  phone: "13912345678",
  regionPath: ["广东省", "深圳市", "南山区"],
  communityName: "粤海街道麻雀岭社区居委会",
  position: "副书记",
  idNumberMasked: "440305********002X",
  date: new Date("2025-03-09T18:30:00Z"),
};

const fullWidth = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/u;

describe("the 认证文档 PDF", () => {
  it("carries the secretary's data and the fields to sign, as text a viewer reads", async () => {
    const pdf = await renderVerificationDocument(data);
    const page = await readPdf(pdf);
    const text = page.text.replace(/\s+/g, "");

    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    for (const expected of [
      "社区书记身份认证文档",
      data.realName,
      data.phone,
      "广东省深圳市南山区",
      data.communityName,
      data.position,
      data.idNumberMasked,
      "2025年3月10日",
      "本人签名：",
      "日期：",
      "社区盖章",
    ]) {
      expect(text).toContain(expected);
    }
    expect(formatChinaDate(data.date)).toBe("2025年3月10日");
  });

  it("draws every Chinese character with the embedded font (no blank glyph)", async () => {
    const page = await readPdf(await renderVerificationDocument(data));
    const chinese = page.items.filter((item) => fullWidth.test(item.text));
    let characters = 0;

    expect(chinese.length).toBeGreaterThan(10);
    for (const item of chinese) {
      const glyphs = [...item.text];
      expect(item.width).toBeCloseTo(glyphs.length * item.size, 0);
      glyphs.forEach((glyph, index) => {
        const left = item.x + index * item.size;
        const box = {
          left: left + 1,
          right: left + item.size - 1,
          top: item.baseline - item.size,
          bottom: item.baseline + item.size * 0.2,
        };
        expect(inkIn(page, box), `${glyph} in ${item.text}`).toBeGreaterThan(2);
        characters += 1;
      });
    }
    expect(characters).toBeGreaterThan(100);
  });

  it("embeds only the glyphs it uses, so the file stays small", async () => {
    const pdf = await renderVerificationDocument(data);

    expect(pdf.length).toBeLessThan(200 * 1024);
  });
});
