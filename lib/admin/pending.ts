import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { queryRows } from "@/db/rows";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { pageOffset, PAGE_SIZE, toPage } from "@/lib/paging";
import { pendingSources, type PendingSource } from "./pending-sources";

export type PendingCount = { kind: string; label: string; count: number };

export type PendingItem = {
  kind: string;
  kindLabel: string;
  id: string;
  title: string;
  detail: string | null;
  submittedAt: Date;
  href: string;
};

type PendingRow = {
  kind: string;
  id: string;
  title: string;
  detail: string | null;
  submitted_ms: number | string;
};

/** With `first`, each kind contributes only its oldest rows, which its index finds directly. */
function unionOf(sources: PendingSource[], first?: number) {
  return sql.join(
    sources.map((source) =>
      first === undefined
        ? sql`(${source.rows})`
        : sql`(select * from (${source.rows}) as oldest order by submitted_at, id limit ${first})`,
    ),
    sql` union all `,
  );
}

function sourcesFor(kind?: string) {
  return kind ? pendingSources.filter((source) => source.kind === kind) : pendingSources;
}

/** The kinds staff can filter the inbox by, in the order the dashboard shows them. */
export function pendingKinds() {
  return pendingSources.map(({ kind, label }) => ({ kind, label }));
}

/** How many items of each kind wait for a decision; kinds with none are listed with 0. */
export async function countPending({ actor }: { actor: Actor | null }): Promise<PendingCount[]> {
  assertCan(actor, "admin:access");
  const db = await getDb();
  const rows = await queryRows<{ kind: string; count: number | string }>(
    db,
    sql`select kind, count(*)::int as count from (${unionOf(pendingSources)}) as pending
      group by kind`,
  );
  const counts = new Map(rows.map((row) => [row.kind, Number(row.count)]));

  return pendingSources.map(({ kind, label }) => ({ kind, label, count: counts.get(kind) ?? 0 }));
}

/** Every pending item of every kind (or of one), oldest first, one page at a time. */
export async function listPendingItems({
  actor,
  kind,
  page = 1,
}: {
  actor: Actor | null;
  kind?: string;
  page?: number;
}) {
  assertCan(actor, "admin:access");
  const sources = sourcesFor(kind);
  if (sources.length === 0) return toPage<PendingItem>([], 0, 1);

  const db = await getDb();
  const [rows, totals] = await Promise.all([
    queryRows<PendingRow>(
      db,
      sql`select kind, id, title, detail,
          (extract(epoch from submitted_at) * 1000)::float8 as submitted_ms
        from (${unionOf(sources, pageOffset(page) + PAGE_SIZE)}) as pending
        order by submitted_at, kind, id
        limit ${PAGE_SIZE} offset ${pageOffset(page)}`,
    ),
    queryRows<{ total: number | string }>(
      db,
      sql`select count(*)::int as total from (${unionOf(sources)}) as pending`,
    ),
  ]);
  const byKind = new Map(sources.map((source) => [source.kind, source]));
  const items = rows.map((row): PendingItem => {
    const source = byKind.get(row.kind) as PendingSource;
    return {
      kind: row.kind,
      kindLabel: source.label,
      id: row.id,
      title: row.title,
      detail: row.detail,
      submittedAt: new Date(Number(row.submitted_ms)),
      href: source.href(row.id),
    };
  });

  return toPage(items, Number(totals[0]?.total ?? 0), page);
}
