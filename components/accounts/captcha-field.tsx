"use client";

import Image from "next/image";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { cx, focusRing } from "@/components/ui/cx";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

const imageName = "验证码图片，点击换一张";

/** Asks the server for a new captcha; null when it cannot be reached. */
export async function requestCaptchaId(): Promise<string | null> {
  try {
    const response = await fetch("/api/captcha", { method: "POST", cache: "no-store" });
    if (!response.ok) return null;
    const { id } = (await response.json()) as { id: string };

    return id;
  } catch {
    return null;
  }
}

/**
 * Shows a new captcha: the id is empty while it loads, which keeps the form from being sent
 * with a captcha that is already used. Forms call it after every refused submission too,
 * since the server uses a captcha up whether or not the rest was right.
 */
export async function renewCaptcha(setCaptchaId: (id: string) => void) {
  setCaptchaId("");
  setCaptchaId((await requestCaptchaId()) ?? "");
}

export type CaptchaFieldProps = {
  /** The captcha on show; empty while a new one loads. */
  captchaId: string;
  onCaptchaIdChange: (id: string) => void;
  /** The answer input's props, e.g. `form.register("captcha")`. */
  inputProps: ComponentProps<"input">;
  error?: string;
  id?: string;
};

/**
 * 验证码: the answer input, the server-drawn image and 【换一张】. Clicking the image also loads
 * a new one. The answer is not case-sensitive.
 */
export function CaptchaField({
  captchaId,
  onCaptchaIdChange,
  inputProps,
  error,
  id = "captcha",
}: CaptchaFieldProps) {
  const renew = () => void renewCaptcha(onCaptchaIdChange);

  return (
    <Field
      id={id}
      label="验证码"
      hint="看不清可点击图片换一张，不区分大小写"
      error={error}
      required
    >
      {(control) => (
        <div className="flex flex-wrap items-center gap-3">
          <div className="w-40">
            <Input
              {...inputProps}
              {...control}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={10}
            />
          </div>
          <input type="hidden" name="captchaId" value={captchaId} />
          <button
            type="button"
            onClick={renew}
            className={cx("h-14 w-40 shrink-0 rounded-md border border-stone-300", focusRing)}
          >
            {captchaId ? (
              <Image
                src={`/api/captcha/${captchaId}`}
                alt={imageName}
                width={160}
                height={56}
                unoptimized
                className="h-full w-full rounded-md"
              />
            ) : (
              <span className="text-sm text-stone-600">验证码加载中，点击重试</span>
            )}
          </button>
          <Button variant="link" onClick={renew}>
            换一张
          </Button>
        </div>
      )}
    </Field>
  );
}
