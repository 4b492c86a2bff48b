"use client";

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { Button } from "./button";
import { cx } from "./cx";

const focusableSelector = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  '[tabindex]:not([tabindex="-1"])',
].join(",");

/** Tab from the last control goes to the first and back, instead of out to the browser. */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const focusables = [
    ...event.currentTarget.querySelectorAll<HTMLElement>(focusableSelector),
  ].filter((element) => element.getClientRects().length > 0);
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (!first || !last) return;

  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export type DialogProps = {
  open: boolean;
  /** Called when the dialog closes by Esc, by the close button or by the caller. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom, e.g. 【确认】. */
  footer?: ReactNode;
  /** Hide the 关闭 button when the user must answer through the footer. */
  hideCloseButton?: boolean;
  className?: string;
};

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert, Tab cycles
 * inside, Esc closes it, and focus returns to where it was when the dialog opened. Give the
 * control that should take focus first `autoFocus`; otherwise the first one does.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  hideCloseButton = false,
  className,
}: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function handleClose() {
    returnFocusRef.current?.focus();
    returnFocusRef.current = null;
    if (open) onClose();
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={handleClose}
      onKeyDown={keepFocusInside}
      className={cx(
        "m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg bg-white p-0 text-stone-900 shadow-xl",
        "backdrop:bg-stone-950/50",
        className,
      )}
    >
      <div className="flex items-start justify-between gap-4 border-b border-stone-200 px-5 py-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {!hideCloseButton && (
          <Button variant="ghost" size="sm" onClick={() => dialogRef.current?.close()}>
            关闭
          </Button>
        )}
      </div>
      <div className="flex flex-col gap-3 px-5 py-4">
        {description && (
          <p id={descriptionId} className="text-stone-700">
            {description}
          </p>
        )}
        {children}
      </div>
      {footer && (
        <div className="flex flex-wrap justify-end gap-3 border-t border-stone-200 px-5 py-4">
          {footer}
        </div>
      )}
    </dialog>
  );
}
