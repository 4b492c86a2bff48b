import type { BulkSession } from "./bulk";

/** Writes the staged villages (staging_villages) into communities; returns how many were new. */
export async function loadCommunities(session: BulkSession): Promise<number> {
  const [row] = await session.rows<{ count: number }>(
    `with written as (
      insert into communities (code, name, district_code, street_code, status)
      select v.code, v.name, v.district_code, v.street_code, 'official'
      from staging_villages v
      on conflict (code) do nothing
      returning 1
    ) select count(*)::int as count from written`,
  );
  await session.run("analyze communities");

  return row?.count ?? 0;
}
