import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { cx, focusRing } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost" | "link";
export type ButtonSize = "sm" | "md" | "lg";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 border border-brand-700",
  secondary: "bg-white text-stone-900 border border-stone-500 hover:bg-stone-100",
  // Outlined, so a destructive action never looks like the red primary one beside it.
  danger: "bg-white text-red-800 border-2 border-red-700 hover:bg-red-50",
  ghost: "bg-transparent text-stone-800 border border-transparent hover:bg-stone-200/70",
  link: "text-brand-700 underline underline-offset-4 hover:text-brand-800 hover:decoration-2",
};

const sizes: Record<ButtonSize, string> = {
  sm: "min-h-10 px-3 text-sm gap-1.5",
  md: "min-h-11 px-4 text-base gap-2",
  lg: "min-h-12 px-6 text-lg gap-2",
};

type StyleOptions = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** The classes of a button, for elements that must look like one (a label, a summary). */
export function buttonClasses({ variant = "primary", size = "md", className }: StyleOptions) {
  const shape =
    variant === "link"
      ? "inline-flex items-center gap-1 rounded-sm"
      : cx("inline-flex items-center justify-center rounded-md font-medium", sizes[size]);

  return cx(
    shape,
    "cursor-pointer transition-colors disabled:cursor-not-allowed disabled:opacity-60",
    "aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    focusRing,
    variants[variant],
    className,
  );
}

export function Spinner({ className }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={cx("size-[1.1em] shrink-0 animate-spin", className)}
    >
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeOpacity="0.3" />
      <path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  );
}

export type ButtonProps = ComponentProps<"button"> &
  StyleOptions & {
    /** Shows a spinner, disables the button and marks it busy; the label stays readable. */
    isLoading?: boolean;
    /** Replaces the label while loading, e.g. 正在提交… */
    loadingText?: ReactNode;
  };

export function Button({
  variant,
  size,
  className,
  isLoading = false,
  loadingText,
  disabled,
  type = "button",
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || isLoading}
      aria-busy={isLoading || undefined}
      className={buttonClasses({ variant, size, className })}
      {...props}
    >
      {isLoading && <Spinner />}
      {isLoading && loadingText ? loadingText : children}
    </button>
  );
}

export type ButtonLinkProps = ComponentProps<typeof Link> & StyleOptions;

/** A link that looks like a button: for navigation, never for actions that change data. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses({ variant, size, className })} {...props} />;
}
