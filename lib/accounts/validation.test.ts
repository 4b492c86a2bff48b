import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskIdNumber, maskPhone } from "./mask";
import {
  type CalendarDate,
  chinaToday,
  idNumberCheckCharacter,
  idNumberProblem,
  isMainlandMobile,
  isValidIdNumber,
  normalizeIdNumber,
  partyMonthProblem,
  passwordProblem,
  phoneProblem,
} from "./validation";

const today: CalendarDate = { year: 2024, month: 6, day: 15 };
const pad = (value: number, width: number) => String(value).padStart(width, "0");
const digit = fc.integer({ min: 0, max: 9 }).map(String);

/** A date from 1900 up to `today`, as YYYYMMDD. */
const birthDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2024-06-15T00:00:00Z") })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map(
    (date) =>
      `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}`,
  );

const provincePrefix = fc.constantFrom("11", "31", "44", "51", "65", "81");
const placeDigits = fc.integer({ min: 101, max: 9999 }).map((value) => pad(value, 4));

/** Any ID number a real person could hold on `today`, with its correct check character. */
const validIdNumber = fc
  .tuple(provincePrefix, placeDigits, birthDate, fc.integer({ min: 0, max: 999 }))
  .map(([province, place, birth, sequence]) => {
    const first17 = `${province}${place}${birth}${pad(sequence, 3)}`;

    return `${first17}${idNumberCheckCharacter(first17)}`;
  });

describe("身份证号", () => {
  it("accepts the standard's example, with the check character in either case", () => {
    expect(idNumberProblem("11010519491231002X", today)).toBeNull();
    expect(idNumberProblem("11010519491231002x", today)).toBeNull();
    expect(idNumberProblem(" 11010519491231002x ", today)).toBeNull();
    expect(normalizeIdNumber("11010519491231002x")).toBe("11010519491231002X");
  });

  it("names what is wrong", () => {
    expect(idNumberProblem("", today)).toBe("请输入身份证号");
    expect(idNumberProblem("1101051949123100", today)).toBe("身份证号应为 18 位");
    expect(idNumberProblem("1101051949123100AX", today)).toMatch(/前 17 位应为数字/);
    expect(idNumberProblem("99010519491231002X", today)).toBe("身份证号的地区代码不正确");
    expect(idNumberProblem("110105194902300021", today)).toBe("身份证号中的出生日期不正确");
    expect(idNumberProblem("110105202501010021", today)).toBe("身份证号中的出生日期不能晚于今天");
    expect(idNumberProblem("110105194912310021", today)).toMatch(/校验位不正确/);
  });

  it("accepts every well-formed number and its lowercase form", () => {
    fc.assert(
      fc.property(validIdNumber, (idNumber) => {
        expect(idNumberProblem(idNumber, today)).toBeNull();
        expect(isValidIdNumber(idNumber.toLowerCase(), today)).toBe(true);
        expect(normalizeIdNumber(idNumber.toLowerCase())).toBe(idNumber);
      }),
    );
  });

  it("refuses any number with one digit changed", () => {
    fc.assert(
      fc.property(
        validIdNumber,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (idNumber, position, shift) => {
          const changed = (Number(idNumber[position]) + shift) % 10;
          const typo = `${idNumber.slice(0, position)}${changed}${idNumber.slice(position + 1)}`;
          expect(isValidIdNumber(typo, today)).toBe(false);
        },
      ),
    );
  });

  it("refuses any number with two neighbouring digits swapped", () => {
    fc.assert(
      fc.property(validIdNumber, fc.integer({ min: 0, max: 15 }), (idNumber, position) => {
        const [first, second] = [idNumber[position], idNumber[position + 1]];
        fc.pre(first !== second);
        const swapped = idNumber.slice(0, position) + second + first + idNumber.slice(position + 2);
        expect(isValidIdNumber(swapped, today)).toBe(false);
      }),
    );
  });

  it("refuses a wrong check character", () => {
    fc.assert(
      fc.property(validIdNumber, fc.constantFrom(..."0123456789X"), (idNumber, check) => {
        fc.pre(check !== idNumber[17]);
        expect(idNumberProblem(idNumber.slice(0, 17) + check, today)).toMatch(/校验位/);
      }),
    );
  });

  it("refuses a birth date after today even with a correct check character", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3650 }), (daysAhead) => {
        const birth = new Date(Date.UTC(2024, 5, 15 + daysAhead));
        const date = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(
          birth.getUTCDate(),
          2,
        )}`;
        const first17 = `110105${date}001`;
        expect(idNumberProblem(first17 + idNumberCheckCharacter(first17), today)).toBe(
          "身份证号中的出生日期不能晚于今天",
        );
      }),
    );
  });

  it("refuses any length other than 18", () => {
    fc.assert(
      fc.property(fc.array(digit, { maxLength: 30 }), (digits) => {
        fc.pre(digits.length !== 18);
        expect(isValidIdNumber(digits.join(""), today)).toBe(false);
      }),
    );
  });

  it("is masked to the first six and the last four characters", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
  });
});

describe("手机号", () => {
  it("accepts mainland mobile numbers and refuses others", () => {
    expect(isMainlandMobile("13800000001")).toBe(true);
    expect(isMainlandMobile("19912345678")).toBe(true);
    expect(phoneProblem("")).toBe("请输入手机号");
    expect(phoneProblem("12800000001")).toMatch(/11 位中国大陆手机号/);
    expect(phoneProblem("1380000000")).not.toBeNull();
    expect(phoneProblem("+8613800000001")).not.toBeNull();
    expect(maskPhone("13812345678")).toBe("138****5678");
  });

  it("accepts every 1[3-9] number of eleven digits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.array(digit, { minLength: 9, maxLength: 9 }),
        (second, rest) => {
          expect(isMainlandMobile(`1${second}${rest.join("")}`)).toBe(true);
        },
      ),
    );
  });

  it("refuses other prefixes, other lengths and other characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (text) => {
        fc.pre(!/^1[3-9]\d{9}$/.test(text));
        expect(isMainlandMobile(text)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.array(digit, { minLength: 9, maxLength: 9 }),
        (second, rest) => {
          expect(isMainlandMobile(`1${second}${rest.join("")}`)).toBe(false);
        },
      ),
    );
  });
});

describe("入党年月", () => {
  it("accepts months from July 1921 up to this month", () => {
    expect(partyMonthProblem("1921-07", today)).toBeNull();
    expect(partyMonthProblem("2024-06", today)).toBeNull();
    expect(partyMonthProblem("1921-06", today)).toBe("入党年月不能早于 1921 年 7 月");
    expect(partyMonthProblem("2024-07", today)).toBe("入党年月不能晚于本月");
    expect(partyMonthProblem("2001-13", today)).toMatch(/年-月/);
    expect(partyMonthProblem("2001-7", today)).toMatch(/年-月/);
    expect(partyMonthProblem("", today)).toBe("请填写入党年月");
  });

  it("agrees with the calendar for every month between 1900 and 2100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        (year, month) => {
          const index = year * 12 + month;
          const isAllowed = index >= 1921 * 12 + 7 && index <= 2024 * 12 + 6;
          expect(partyMonthProblem(`${year}-${pad(month, 2)}`, today) === null).toBe(isAllowed);
        },
      ),
    );
  });
});

describe("密码 and the date in China", () => {
  it("needs at least six characters", () => {
    expect(passwordProblem("12345")).toBe("密码不得少于 6 位");
    expect(passwordProblem("123456")).toBeNull();
    fc.assert(
      fc.property(fc.string({ minLength: 6, maxLength: 128 }), (password) => {
        expect(passwordProblem(password)).toBeNull();
      }),
    );
  });

  it("counts the day in UTC+8", () => {
    expect(chinaToday(new Date("2024-06-14T16:30:00Z"))).toEqual(today);
    expect(chinaToday(new Date("2024-06-14T15:30:00Z"))).toEqual({ ...today, day: 14 });
  });
});
