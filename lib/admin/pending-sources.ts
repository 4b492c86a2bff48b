import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { communities, regions, users, verifications } from "@/db/schema";

/**
 * One entry per kind of item waiting for staff. `rows` selects every pending item of the kind
 * as (kind, id, title, detail, submitted_at); the inbox and the dashboard read all kinds through
 * one union of these, so a new kind (posts, projects) is one more entry here.
 */
export type PendingSource = {
  kind: string;
  /** The kind's name in the inbox filter and on the dashboard. */
  label: string;
  rows: SQL;
  /** Where staff decide on one item of this kind. */
  href: (id: string) => string;
};

const verificationSource: PendingSource = {
  kind: "verification",
  label: "身份认证",
  rows: sql`select 'verification' as kind, ${verifications.id}::text as id,
      ${users.realName} as title, ${communities.name} as detail,
      ${verifications.submittedAt} as submitted_at
    from ${verifications}
    join ${users} on ${users.id} = ${verifications.userId}
    join ${communities} on ${communities.id} = ${users.communityId}
    where ${verifications.status} = 'pending'`,
  href: (id) => `/admin/reviews/verifications/${id}`,
};

const communitySource: PendingSource = {
  kind: "community",
  label: "新社区",
  rows: sql`select 'community' as kind, ${communities.id}::text as id,
      ${communities.name} as title, ${regions.name} as detail,
      ${communities.createdAt} as submitted_at
    from ${communities}
    join ${regions} on ${regions.code} = ${communities.districtCode}
    where ${communities.status} = 'pending'`,
  href: (id) => `/admin/communities#community-${id}`,
};

export const pendingSources: PendingSource[] = [verificationSource, communitySource];
