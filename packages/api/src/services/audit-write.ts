import type { Prisma } from "@lab/db/prisma";
import type { TActor } from "../authorization";

/** Texts longer than this are cut in audit entries: the trail says what changed, briefly. */
const AUDIT_TEXT_MAX = 1000;

function cut(text: string | null): string | null {
  if (text === null) return null;
  return text.length > AUDIT_TEXT_MAX ? `${text.slice(0, AUDIT_TEXT_MAX - 1)}…` : text;
}

/**
 * One audit entry of a workshop, lesson or module change, in the write's transaction.
 * `subject` names what it is about (e.g. `{ lesson: slug }`: the trail shows it);
 * `before`/`after` are short Spanish summaries shown as they are, never personal contact data.
 */
export async function writeAuditEntry(
  tx: Prisma.TransactionClient,
  actor: TActor,
  entry: {
    action: string;
    entityType: string;
    entityId: string;
    subject: Record<string, string>;
    before: string | null;
    after: string | null;
    details?: Record<string, Prisma.InputJsonValue | null>;
  },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: {
        ...entry.subject,
        source: "app",
        ...entry.details,
        before: cut(entry.before),
        after: cut(entry.after),
      },
    },
  });
}
