import type { PrismaClient } from "@lab/db/prisma";
import {
  observationVersion,
  type TIndicatorWorkspace,
  type TWorkspaceRow,
} from "@lab/domain/draft";
import type { TEditableIndicator } from "@lab/domain/indicator-view";
import { assertCanEditIndicator, editableIndicatorsWhere, type TActor } from "../authorization";
import { draftRows, effectiveRow, namesOf, pairRows, publishedRows } from "./draft-store";
import { pendingMetadata } from "./indicator-metadata-store";
import { indicatorSelect, toView } from "./indicators";

// What officials read in the workspace: their indicators with the state of their drafts, and
// one indicator with its drafts applied (the grid, and the chart as it will be published).

/** The indicators the actor may edit, with where their drafts stand and who touched them last. */
export async function listEditableIndicators(
  prisma: PrismaClient,
  actor: TActor,
): Promise<TEditableIndicator[]> {
  const rows = await prisma.indicator.findMany({
    where: editableIndicatorsWhere(actor),
    orderBy: [{ dimension: "asc" }, { code: "asc" }],
    select: {
      slug: true,
      code: true,
      name: true,
      status: true,
      updatedAt: true,
      office: { select: { name: true } },
      draft: {
        select: {
          state: true,
          updatedAt: true,
          updatedById: true,
          reviewedAt: true,
          reviewedById: true,
        },
      },
    },
  });
  const names = await namesOf(
    prisma,
    rows.flatMap((r) => [r.draft?.updatedById, r.draft?.reviewedById]),
  );
  return rows.map(({ office, draft, status, updatedAt, ...row }) => {
    // Once published, the last event is the publication; before, the last edit.
    const published = draft?.state === "CLEAN" && draft.reviewedAt;
    const by = published ? draft.reviewedById : draft?.updatedById;
    return {
      ...row,
      office: office?.name ?? null,
      state: draft?.state ?? "CLEAN",
      everPublished: status === "PUBLISHED",
      lastUpdate: (published ? draft.reviewedAt : draft?.updatedAt) ?? updatedAt,
      lastUpdatedBy: by ? (names.get(by) ?? null) : null,
    };
  });
}

// The published observations are read below with the drafts, not through the view's select.
const { observations: _published, ...headerSelect } = indicatorSelect;

/** One indicator as its editors work on it. */
export async function getWorkspace(
  prisma: PrismaClient,
  actor: TActor,
  slug: string,
): Promise<TIndicatorWorkspace> {
  await assertCanEditIndicator({ prisma, session: actor }, slug);
  const indicator = await prisma.indicator.findUniqueOrThrow({
    where: { slug },
    select: { ...headerSelect, id: true, status: true, draft: true },
  });
  const { id, status, draft, ...viewRow } = indicator;
  const [published, drafts] = await Promise.all([publishedRows(prisma, id), draftRows(prisma, id)]);
  const pairs = pairRows(published, drafts);
  const names = await namesOf(prisma, [
    ...drafts.map((d) => d.updatedById),
    ...published.map((p) => p.createdById),
    draft?.submittedById,
    draft?.reviewedById,
    draft?.updatedById,
  ]);
  const nameOf = (userId: string | null | undefined) =>
    userId ? (names.get(userId) ?? null) : null;

  const rows: TWorkspaceRow[] = [];
  for (const pair of pairs.values()) {
    const { published: p, draft: d } = pair;
    const now = effectiveRow(pair);
    const shown = now ?? (p ? effectiveRow({ published: p }) : null);
    if (!shown) continue;
    const same =
      p &&
      now &&
      p.value.equals(now.value) &&
      p.provisional === now.provisional &&
      p.note === now.note;
    const change = !d || same ? "none" : !p ? "new" : now ? "changed" : "deleted";
    const source = d ?? p;
    rows.push({
      period: (d ?? p)?.period ?? "",
      geography: (d ?? p)?.geography ?? "",
      value: shown.value.toNumber(),
      provisional: shown.provisional,
      note: shown.note,
      version: observationVersion(p, d) ?? "",
      change,
      publishedValue: change === "none" ? null : (p?.value.toNumber() ?? null),
      updatedBy: nameOf(d ? d.updatedById : p?.createdById),
      updatedAt: source?.updatedAt ?? new Date(0),
    });
  }
  rows.sort((a, b) =>
    a.period === b.period ? a.geography.localeCompare(b.geography) : a.period < b.period ? 1 : -1,
  );

  const pending = pendingMetadata(draft?.metadata);
  const view = toView({ ...viewRow, observations: [] });
  const preview = {
    ...view,
    ...pending,
    targetDate:
      pending.targetDate !== undefined
        ? pending.targetDate
          ? new Date(`${pending.targetDate}T00:00:00Z`)
          : null
        : view.targetDate,
    observations: rows
      .filter((r) => r.change !== "deleted")
      .map((r) => ({
        period: r.period,
        geography: r.geography,
        value: r.value,
        provisional: r.provisional,
        note: r.note,
        sourceOverride: null,
        updatedAt: r.updatedAt,
      }))
      .sort((a, b) =>
        a.period === b.period
          ? a.geography.localeCompare(b.geography)
          : a.period < b.period
            ? -1
            : 1,
      ),
  };
  const person = (userId: string | null | undefined, at: Date | null | undefined) => {
    const name = nameOf(userId);
    return name && at ? { name, at } : null;
  };
  return {
    preview,
    everPublished: status === "PUBLISHED",
    state: draft?.state ?? "CLEAN",
    revision: draft?.revision ?? 0,
    metadataVersion: draft?.metadataVersion ?? 0,
    changedFields: Object.keys(pending),
    pendingRows: rows.filter((r) => r.change !== "none").length,
    rows,
    rejectionReason: draft?.state === "REJECTED" ? draft.rejectionReason : null,
    submitted: person(draft?.submittedById, draft?.submittedAt),
    reviewed: person(draft?.reviewedById, draft?.reviewedAt),
    updated: person(draft?.updatedById, draft?.updatedAt),
  };
}
