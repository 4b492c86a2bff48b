/**
 * Checks of the values people type at registration, shared by the browser and the server.
 * Each `…Problem` function returns the message to show under the field, or null when the value
 * is fine.
 */

export const MIN_PASSWORD_LENGTH = 6;
export const MAX_PASSWORD_LENGTH = 128;

/** The month the Communist Party of China was founded: no one joined before it. */
export const EARLIEST_PARTY_MONTH = "1921-07";

const mobilePattern = /^1[3-9]\d{9}$/;
const idNumberPattern = /^\d{17}[\dX]$/;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** First two digits of GB/T 2260: provinces, plus 71 台湾, 81 香港, 82 澳门, 83 (台湾居民居住证). */
const provinceCodes = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
  "65", "71", "81", "82", "83",
]); // prettier-ignore

const checkWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = "10X98765432";

export type CalendarDate = { year: number; month: number; day: number };

/** Today's date in China (UTC+8, no daylight saving), whatever the server's time zone. */
export function chinaToday(now: Date = new Date()): CalendarDate {
  const shifted = new Date(now.getTime() + 8 * 60 * 60 * 1000);

  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

function compareDates(left: CalendarDate, right: CalendarDate) {
  return left.year - right.year || left.month - right.month || left.day - right.day;
}

function isRealDate({ year, month, day }: CalendarDate) {
  const date = new Date(Date.UTC(year, month - 1, day));

  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function isMainlandMobile(value: string): boolean {
  return mobilePattern.test(value);
}

export function phoneProblem(value: string): string | null {
  if (value === "") return "请输入手机号";
  if (!isMainlandMobile(value)) return "请输入 11 位中国大陆手机号，如 13812345678";

  return null;
}

/** Trims and upper-cases the check character, so 11010519491231002x is stored as …002X. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    sum += Number(first17[index]) * (checkWeights[index] as number);
  }

  return checkCharacters[sum % 11] as string;
}

/** The birth date written in digits 7–14 of an ID number. */
export function idNumberBirthDate(idNumber: string): CalendarDate {
  return {
    year: Number(idNumber.slice(6, 10)),
    month: Number(idNumber.slice(10, 12)),
    day: Number(idNumber.slice(12, 14)),
  };
}

/** Checks an 18-character 居民身份证号码 (GB 11643-1999); lowercase x is accepted. */
export function idNumberProblem(value: string, today: CalendarDate = chinaToday()): string | null {
  const idNumber = normalizeIdNumber(value);
  if (idNumber === "") return "请输入身份证号";
  if (idNumber.length !== 18) return "身份证号应为 18 位";
  if (!idNumberPattern.test(idNumber)) return "身份证号前 17 位应为数字，最后一位为数字或 X";
  if (!provinceCodes.has(idNumber.slice(0, 2)) || idNumber.slice(2, 6) === "0000") {
    return "身份证号的地区代码不正确";
  }

  const birth = idNumberBirthDate(idNumber);
  if (birth.year < 1900 || !isRealDate(birth)) return "身份证号中的出生日期不正确";
  if (compareDates(birth, today) > 0) return "身份证号中的出生日期不能晚于今天";
  if (idNumberCheckCharacter(idNumber) !== idNumber[17]) {
    return "身份证号校验位不正确，请核对后重新输入";
  }

  return null;
}

export function isValidIdNumber(value: string, today?: CalendarDate): boolean {
  return idNumberProblem(value, today) === null;
}

/** 入党年月 as YYYY-MM: a real month, not before July 1921 and not after this month. */
export function partyMonthProblem(
  value: string,
  today: CalendarDate = chinaToday(),
): string | null {
  if (value === "") return "请填写入党年月";
  const match = monthPattern.exec(value);
  if (!match) return "请按 年-月 填写入党年月，如 2001-07";

  if (value < EARLIEST_PARTY_MONTH) return "入党年月不能早于 1921 年 7 月";
  const month = { year: Number(match[1]), month: Number(match[2]), day: 1 };
  if (compareDates(month, { ...today, day: 1 }) > 0) return "入党年月不能晚于本月";

  return null;
}

export function passwordProblem(value: string): string | null {
  if (value.length < MIN_PASSWORD_LENGTH) return `密码不得少于 ${MIN_PASSWORD_LENGTH} 位`;
  if (value.length > MAX_PASSWORD_LENGTH) return `密码不得超过 ${MAX_PASSWORD_LENGTH} 位`;

  return null;
}
