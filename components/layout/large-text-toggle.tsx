"use client";

import { useState } from "react";
import { cx, focusRing } from "@/components/ui/cx";
import { LARGE_TEXT_CLASS, LARGE_TEXT_VALUE, TEXT_SIZE_COOKIE } from "./text-size";

const oneYearInSeconds = 60 * 60 * 24 * 365;

/** 大字模式: a toggle button; the choice is kept in a cookie for a year. */
export function LargeTextToggle({ initialOn }: { initialOn: boolean }) {
  const [isOn, setIsOn] = useState(initialOn);

  function toggle() {
    const next = !isOn;
    document.documentElement.classList.toggle(LARGE_TEXT_CLASS, next);
    const value = next ? LARGE_TEXT_VALUE : "";
    const maxAge = next ? oneYearInSeconds : 0;
    document.cookie = `${TEXT_SIZE_COOKIE}=${value}; path=/; max-age=${maxAge}; samesite=lax`;
    setIsOn(next);
  }

  return (
    <button
      type="button"
      aria-pressed={isOn}
      onClick={toggle}
      className={cx(
        "inline-flex min-h-10 cursor-pointer items-center gap-1.5 rounded-md border px-2.5 text-sm",
        isOn
          ? "border-brand-700 bg-brand-700 hover:bg-brand-800 text-white"
          : "border-stone-500 bg-white text-stone-800 hover:bg-stone-100",
        focusRing,
      )}
    >
      <span aria-hidden="true" className="text-base leading-none font-bold">
        大
      </span>
      大字模式
      <span
        aria-hidden="true"
        className={cx("text-xs max-sm:hidden", isOn ? "text-white" : "text-stone-600")}
      >
        {isOn ? "开" : "关"}
      </span>
    </button>
  );
}
