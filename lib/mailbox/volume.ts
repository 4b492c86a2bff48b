import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";

const BATCH_SIZE = 100_000;

/**
 * Loads `count` letters into one community in batches of generated rows, for benchmarks and for
 * trying the lists at scale. The community's residents are the authors in turn; when it has a
 * verified secretary, two letters in three are already answered by them. Letters are 31 seconds
 * apart, newest first from `startAt`, so a million span about a year.
 */
export async function loadLetterVolume(
  db: Executor,
  {
    communityId,
    count,
    startAt = new Date(),
    onProgress,
  }: {
    communityId: number;
    count: number;
    startAt?: Date;
    onProgress?: (loaded: number) => void;
  },
) {
  const [authors] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from users
      where community_id = ${communityId} and role = 'user'`,
  );
  if (!authors?.count) throw new Error(`community ${communityId} has no users to write letters`);

  const [offset] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from letters where community_id = ${communityId}`,
  );
  const first = (offset?.count ?? 0) + 1;
  for (let from = first; from < first + count; from += BATCH_SIZE) {
    const to = Math.min(from + BATCH_SIZE - 1, first + count - 1);
    await db.execute(sql`
      with authors as (
        select array_agg(id order by id) as ids from users
        where community_id = ${communityId}::int and role = 'user'
      ), replier as (
        select (select id from users
          where community_id = ${communityId}::int and type = 'secretary'
            and verified_at is not null
          order by id limit 1) as id
      )
      insert into letters (community_id, author_id, title, content, status, reply,
        replied_by_id, replied_at, created_at)
      select ${communityId}::int, authors.ids[1 + g % cardinality(authors.ids)],
        '容量测试信件 ' || g, '这是第 ' || g || ' 封用于容量测试的信件。',
        (case when answered then 'processed' else 'pending' end)::handling_status,
        case when answered then '已收到，谢谢反映。' end,
        case when answered then replier.id end,
        case when answered then created + interval '1 hour' end,
        created
      from authors, replier, generate_series(${from}::int, ${to}::int) as g,
        lateral (select ${startAt.toISOString()}::timestamptz - g * interval '31 seconds'
            as created,
          replier.id is not null and g % 3 <> 0 as answered) as row`);
    onProgress?.(to - first + 1);
  }
  await db.execute(sql`analyze letters`);
}
