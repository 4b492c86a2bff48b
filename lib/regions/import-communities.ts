import type { BulkSession } from "./bulk";

type Definition = { name: string; definition: string };

/** Rows written, and what must still run before the step commits (rebuilding indexes). */
export type LoadResult = { written: number; finish?: () => Promise<void> };

/**
 * Writes the staged villages (staging_villages) into communities and returns how many were new.
 * A large load into a nearly empty table drops the table's secondary indexes and foreign keys
 * and builds them again afterwards: one sort per index and one join per key instead of 620,000
 * index insertions and trigger calls. It all happens in the caller's transaction, so a failure
 * restores the indexes with everything else.
 */
export async function loadCommunities(session: BulkSession): Promise<LoadResult> {
  const [counts] = await session.rows<{ staged: number; existing: number }>(
    `select (select count(*)::int from staging_villages) as staged,
      (select count(*)::int from communities) as existing`,
  );
  const isBulk = !!counts && counts.staged > 10_000 && counts.existing < counts.staged / 10;

  const indexes = isBulk ? await secondaryIndexes(session) : [];
  const foreignKeys = isBulk ? await outgoingForeignKeys(session) : [];
  for (const key of foreignKeys) {
    await session.run(`alter table communities drop constraint "${key.name}"`);
  }
  for (const index of indexes) await session.run(`drop index "${index.name}"`);

  const [row] = await session.rows<{ count: number }>(
    `with written as (
      insert into communities (code, name, district_code, street_code, status)
      select v.code, v.name, v.district_code, v.street_code, 'official'
      from staging_villages v
      where not exists (select 1 from communities c where c.code = v.code)
      returning 1
    ) select count(*)::int as count from written`,
  );

  const finish = async () => {
    if (isBulk) await session.run("set local maintenance_work_mem = '256MB'");
    for (const index of indexes) await session.run(index.definition);
    for (const key of foreignKeys) {
      await session.run(`alter table communities add constraint "${key.name}" ${key.definition}`);
    }
    await session.run("analyze communities");
  };

  return { written: row?.count ?? 0, finish };
}

async function secondaryIndexes(session: BulkSession) {
  return session.rows<Definition>(
    `select i.relname as name, pg_get_indexdef(x.indexrelid) as definition
    from pg_index x join pg_class i on i.oid = x.indexrelid
    where x.indrelid = 'communities'::regclass and not x.indisprimary`,
  );
}

async function outgoingForeignKeys(session: BulkSession) {
  return session.rows<Definition>(
    `select conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where conrelid = 'communities'::regclass and contype = 'f'`,
  );
}
