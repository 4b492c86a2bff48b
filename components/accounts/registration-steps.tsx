import { cx } from "@/components/ui/cx";

const steps = ["填写基本信息", "选择用户类型", "完善个人资料", "注册志愿者"];

/** 用户注册 1–4: where the user is, what is done and what is left. */
export function RegistrationSteps({ current }: { current: 1 | 2 | 3 | 4 }) {
  return (
    <nav aria-label="注册步骤" className="mb-6">
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {steps.map((label, index) => {
          const step = index + 1;
          const state = step < current ? "done" : step === current ? "current" : "todo";

          return (
            <li
              key={label}
              aria-current={state === "current" ? "step" : undefined}
              className={cx(
                "flex items-center gap-2 rounded-md border px-3 py-2 text-sm",
                state === "current" && "border-brand-700 bg-brand-50 text-brand-800 font-semibold",
                state === "done" && "border-stone-300 bg-white text-stone-700",
                state === "todo" && "border-stone-200 bg-stone-50 text-stone-600",
              )}
            >
              <span
                aria-hidden="true"
                className={cx(
                  "inline-flex size-6 shrink-0 items-center justify-center rounded-full text-xs",
                  state === "current" ? "bg-brand-700 text-white" : "bg-stone-200 text-stone-800",
                )}
              >
                {state === "done" ? "✓" : step}
              </span>
              <span>
                <span className="sr-only">
                  第 {step} 步{state === "done" ? "（已完成）" : ""}：
                </span>
                {label}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
