import type { ImportProgress } from "./import";

const stepLabels: Record<ImportProgress["step"], string> = {
  divisions: "省、市、区县",
  streets: "街道",
  communities: "社区和村",
};

const stageLabels: Record<ImportProgress["stage"], string> = {
  staged: "已读入",
  inserted: "已写入",
  done: "完成",
  skipped: "已导入过，跳过",
};

/** One line of import progress for people: 「街道：已写入 41,352 行」. */
export function describeProgress({ step, stage, rows }: ImportProgress) {
  if (stage === "skipped") return `${stepLabels[step]}：${stageLabels[stage]}`;

  return `${stepLabels[step]}：${stageLabels[stage]} ${rows.toLocaleString("en-US")} 行`;
}
