import "server-only";
import type { Executor } from "@/db/client";
import { auditLogs } from "@/db/schema";

type AuditEntry = {
  actorId: number;
  action: string;
  targetType: string;
  targetId: string | number;
  detail?: Record<string, unknown>;
};

/**
 * Appends to the audit log. Pass the transaction of the decision being recorded, so the
 * decision and its record land together or not at all. Never put personal data in `detail`.
 */
export async function recordAudit(db: Executor, entry: AuditEntry) {
  await db.insert(auditLogs).values({ ...entry, targetId: String(entry.targetId) });
}
