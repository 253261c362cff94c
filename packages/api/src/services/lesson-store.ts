import { publishChange } from "@lab/db/bus";
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { type TLessonContent, ZLessonContent } from "@lab/domain/lesson";
import type { TActor } from "../authorization";
import { writeAuditEntry } from "./audit-write";
import { PUBLISHED_DATASET } from "./dataset-read";
import type { TKnownReferences } from "./lesson-markdown-check";

// What the lesson services share: reading a stored snapshot safely, the published indicators
// and datasets a lesson may point at, audit entries and the public announcement.

export type TTx = Prisma.TransactionClient;
export type TDb = PrismaClient | TTx;

/**
 * A stored content (working copy or published snapshot) as domain's ZLessonContent, or null
 * when it no longer parses (e.g. written by hand): the caller leaves the lesson out, so one
 * bad row never breaks the page of every lesson.
 */
export function parseStoredContent(
  slug: string,
  raw: Prisma.JsonValue | null,
  which: "published" | "content",
): TLessonContent | null {
  if (raw === null) return null;
  const parsed = ZLessonContent.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.error(`Lesson ${slug}: the stored ${which} does not parse; left out.`, parsed.error);
  return null;
}

/** Content as stored in the Json columns (dates as ISO strings). */
export function storedContent(content: TLessonContent): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(content)) as Prisma.InputJsonValue;
}

/** The slugs of what citizens can see now, which lessons may show and ask about. */
export async function publishedReferences(db: TDb): Promise<TKnownReferences> {
  const [indicators, datasets] = await Promise.all([
    db.indicator.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } }),
    db.dataset.findMany({ where: PUBLISHED_DATASET, select: { slug: true } }),
  ]);
  return {
    indicators: new Set(indicators.map((i) => i.slug)),
    datasets: new Set(datasets.map((d) => d.slug)),
  };
}

/** One audit entry, in the write's transaction; `before`/`after` are short Spanish texts. */
export async function writeLessonAudit(
  tx: TTx,
  actor: TActor,
  entry: {
    action: string;
    entityType: "Lesson" | "LessonModule";
    entityId: string;
    slug: string;
    before: string | null;
    after: string | null;
    details?: Record<string, Prisma.InputJsonValue | null>;
  },
): Promise<void> {
  const { slug, ...rest } = entry;
  await writeAuditEntry(tx, actor, {
    ...rest,
    subject: { [entry.entityType === "Lesson" ? "lesson" : "module"]: slug },
  });
}

/** Tells every instance (at COMMIT) that what citizens see of lessons changed. */
export async function announceLessons(tx: TTx, payload: Record<string, string> = {}) {
  await publishChange(tx, "lessons", payload);
}
