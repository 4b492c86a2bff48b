"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

/** A submit button that shows the pending state of the form it sits in. */
export function SubmitButton({
  loadingText = "正在提交…",
  isLoading,
  ...props
}: Omit<ButtonProps, "type">) {
  const { pending } = useFormStatus();

  return (
    <Button type="submit" isLoading={pending || isLoading} loadingText={loadingText} {...props} />
  );
}
