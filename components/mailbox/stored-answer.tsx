import { cx } from "@/components/ui/cx";
import { SecretaryName } from "@/components/verification/secretary-name";
import type { StoredAnswer } from "@/lib/mailbox/common";
import { formatDateTime } from "@/lib/mailbox/dates";

const answerClasses = cx(
  "rounded-md border border-green-200 bg-green-50 px-4 py-3 text-stone-900",
  "leading-relaxed break-words whitespace-pre-wrap",
);

/** The reply or 处理结果 that stands: its text, who answered and when. */
export function StoredAnswerView({ label, answer }: { label: string; answer: StoredAnswer }) {
  return (
    <section aria-label={label} className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold text-stone-900">{label}</h2>
      <p className={answerClasses}>{answer.text}</p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-700">
        <span className="inline-flex items-center gap-1">
          处理人：
          {answer.answeredBy ? (
            <SecretaryName
              name={answer.answeredBy.name}
              isVerified={answer.answeredBy.isVerified}
            />
          ) : (
            "社区书记"
          )}
        </span>
        <span>处理时间：{formatDateTime(answer.answeredAt)}</span>
      </p>
    </section>
  );
}
