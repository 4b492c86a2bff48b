/** A calendar date as people in China read it, in China's time zone: 2025年3月9日. */
export function formatChinaDate(date: Date) {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long" }).format(
    date,
  );
}
