import { type ComponentProps, type ReactNode, useId } from "react";
import { cx, focusRing } from "./cx";

export type TableProps = {
  /** Names the table (and its scroll area) for screen readers; shown above it unless hidden. */
  caption: ReactNode;
  hideCaption?: boolean;
  /** Below this width the table scrolls sideways instead of squeezing its columns, e.g. "36rem". */
  minWidth?: string;
  className?: string;
  children: ReactNode;
};

/**
 * A data table inside a keyboard-scrollable region: on a 360 px phone wide tables scroll
 * sideways while the page itself never does.
 */
export function Table({ caption, hideCaption = false, minWidth, className, children }: TableProps) {
  const captionId = useId();

  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className={cx(
        "w-full overflow-x-auto rounded-lg border border-stone-200 bg-white",
        focusRing,
        className,
      )}
    >
      <table className="w-full border-collapse text-left" style={{ minWidth }}>
        <caption
          id={captionId}
          className={cx(
            hideCaption ? "sr-only" : "px-4 pt-3 pb-2 text-left font-semibold text-stone-900",
          )}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cx("border-b border-stone-300 bg-stone-100", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cx("divide-y divide-stone-200", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cx("hover:bg-stone-50", className)} {...props} />;
}

export function TableHeaderCell({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cx("px-4 py-3 text-sm font-semibold whitespace-nowrap text-stone-800", className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cx("px-4 py-3 align-top text-stone-900", className)} {...props} />;
}
