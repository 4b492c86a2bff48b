import { Alert } from "./alert";

export type FormMessageProps = {
  /** The form-level outcome, e.g. a server action's result; nothing is shown without it. */
  message?: string | null;
  tone?: "error" | "success";
  title?: string;
  className?: string;
};

/** One message for the whole form, above its fields: what went wrong or what was done. */
export function FormMessage({ message, tone = "error", title, className }: FormMessageProps) {
  if (!message) return null;

  return (
    <Alert tone={tone} title={title} className={className}>
      {message}
    </Alert>
  );
}
