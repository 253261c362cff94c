import { createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { seed } from "@lab/db/seed";
import type { TLessonProgress } from "@lab/domain/lesson";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedLesson } from "./support/lessons";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

// A signed-in reader's progress (lessons.myProgress, lessons.saveProgress): kept on the server,
// merged with what the browser kept so nothing is lost at login; anonymous readers keep theirs
// in the browser only.

let db: TTestDatabase;
let admin: TSessionUser;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  admin = await createSessionUser(db.prisma, "ADMIN");
  const staff = createCaller({ session: admin, prisma: db.prisma });
  await publishedLesson(db.prisma, staff, "leccion-uno");
  await publishedLesson(db.prisma, staff, "leccion-dos");
});

afterAll(async () => {
  await db?.drop();
});

const as = (session: TSessionUser | null) => createCaller({ session, prisma: db.prisma });
const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 12, minute));

function progress(
  lessonSlug: string,
  answers: Record<string, boolean>,
  completed = false,
  updatedAt = at(0),
): TLessonProgress {
  return { lessonSlug, completed, answers, updatedAt };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "success";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return error.code;
  }
}

describe("lesson progress", () => {
  it("is refused to anonymous readers (their browser keeps it)", async () => {
    expect(await codeOf(as(null).lessons.myProgress())).toBe("UNAUTHORIZED");
    expect(
      await codeOf(as(null).lessons.saveProgress({ progress: [progress("leccion-uno", {})] })),
    ).toBe("UNAUTHORIZED");
    expect(await db.prisma.lessonProgress.count()).toBe(0);
  });

  it("merges what the browser sends with what is stored: nothing is lost", async () => {
    const reader = await createSessionUser(db.prisma, "PARTICIPANT");
    const api = as(reader);
    expect(await api.lessons.myProgress()).toEqual([]);

    const first = await api.lessons.saveProgress({
      progress: [progress("leccion-uno", { p1: false }, false, at(1))],
    });
    expect(first).toEqual([progress("leccion-uno", { p1: false }, false, at(1))]);

    // Right on another device, then the browser's older record arrives after login.
    await api.lessons.saveProgress({
      progress: [progress("leccion-uno", { p1: true }, true, at(5))],
    });
    const merged = await api.lessons.saveProgress({
      progress: [
        progress("leccion-uno", { p1: false, p2: true }, false, at(2)),
        progress("leccion-dos", {}, true, at(3)),
      ],
    });
    expect(merged).toEqual([
      progress("leccion-dos", {}, true, at(3)),
      progress("leccion-uno", { p1: true, p2: true }, true, at(5)),
    ]);
    expect(await api.lessons.myProgress()).toEqual(merged);
  });

  it("ignores unknown and unpublished lessons, and merges repeats of one lesson", async () => {
    const reader = await createSessionUser(db.prisma, "EDITOR");
    const staff = as(admin);
    await publishedLesson(db.prisma, staff, "leccion-retirada");
    await staff.lessonAdmin.unpublish({ slug: "leccion-retirada" });
    await staff.lessonAdmin.create({
      moduleSlug: "innovacion-publica",
      title: "Borrador",
      slug: "leccion-borrador",
    });
    const saved = await as(reader).lessons.saveProgress({
      progress: [
        progress("no-existe", { p1: true }, true),
        progress("leccion-retirada", { p1: true }, true),
        progress("leccion-borrador", {}, true),
        progress("leccion-dos", { p1: true }),
        progress("leccion-dos", { p1: false }, true),
      ],
    });
    expect(saved).toEqual([progress("leccion-dos", { p1: true }, true)]);
  });

  it("is each reader's own, and goes away with the account", async () => {
    const one = await createSessionUser(db.prisma, "PARTICIPANT");
    const other = await createSessionUser(db.prisma, "PARTICIPANT");
    await as(one).lessons.saveProgress({ progress: [progress("leccion-uno", { p1: true }, true)] });
    expect(await as(other).lessons.myProgress()).toEqual([]);
    await db.prisma.user.delete({ where: { id: one.id } });
    expect(await db.prisma.lessonProgress.count({ where: { userId: one.id } })).toBe(0);
  });

  it("hides progress in a lesson once it is unpublished", async () => {
    const reader = await createSessionUser(db.prisma, "PUBLISHER");
    const staff = as(admin);
    await publishedLesson(db.prisma, staff, "leccion-efimera");
    await as(reader).lessons.saveProgress({
      progress: [progress("leccion-efimera", { p1: true }, true)],
    });
    expect((await as(reader).lessons.myProgress()).map((p) => p.lessonSlug)).toEqual([
      "leccion-efimera",
    ]);
    await staff.lessonAdmin.unpublish({ slug: "leccion-efimera" });
    expect(await as(reader).lessons.myProgress()).toEqual([]);
  });

  it("answers bad input with BAD_REQUEST", async () => {
    const reader = await createSessionUser(db.prisma, "PARTICIPANT");
    expect(
      await codeOf(
        as(reader).lessons.saveProgress({
          progress: [{ lessonSlug: "Mal Escrita", completed: true, answers: {}, updatedAt: at(0) }],
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        as(reader).lessons.saveProgress({
          progress: Array.from({ length: 201 }, () => progress("leccion-uno", {})),
        }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
