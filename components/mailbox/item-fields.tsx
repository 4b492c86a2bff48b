import type { ReactNode } from "react";

/** The facts of a letter or appointment, term beside value, readable on a phone. */
export function ItemFields({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[7rem_minmax(0,1fr)]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-stone-600">{term}</dt>
          <dd className="break-words text-stone-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the resident wrote, kept as typed: line breaks stay, markup shows as text. */
export function WrittenText({ label, text }: { label: string; text: string }) {
  return (
    <section aria-label={label} className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold text-stone-900">{label}</h2>
      <p className="leading-relaxed break-words whitespace-pre-wrap text-stone-900">{text}</p>
    </section>
  );
}
