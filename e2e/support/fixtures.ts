import { test, expect } from "@playwright/test";

export { test, expect };
export { captchaCode } from "./settings";

const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭";
const givenChars =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志新海峰" +
  "云飞鹏辉晓东雪梅林春燕宇文博浩然子涵欣怡思雨佳琪嘉俊天";
let lastNumber = 0;

/**
 * A number no other call in this run returns: milliseconds (never repeating within a process)
 * times ten plus the worker's slot, which no other worker running at the same time shares.
 */
function uniqueNumber() {
  const millis = Math.max(Date.now(), lastNumber + 1);
  lastNumber = millis;
  const slot = Number(process.env.TEST_PARALLEL_INDEX ?? process.pid) % 10;

  return millis * 10 + slot;
}

/** A valid mainland mobile number (1 + 9 + nine digits) that no other test uses. */
export function uniquePhone() {
  return `19${String(uniqueNumber() % 1e9).padStart(9, "0")}`;
}

/** A five-character Chinese name that no other test uses (repeats only after hours). */
export function uniqueName() {
  let rest = uniqueNumber() % (surnames.length * givenChars.length ** 4);
  const surname = surnames[rest % surnames.length];
  rest = Math.floor(rest / surnames.length);
  let given = "";
  for (let index = 0; index < 4; index++) {
    given += givenChars[rest % givenChars.length];
    rest = Math.floor(rest / givenChars.length);
  }

  return `${surname}${given}`;
}
