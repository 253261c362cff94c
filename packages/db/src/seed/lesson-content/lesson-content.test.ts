import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type TLessonContent, ZLessonContent } from "@lab/domain/lesson";
import { describe, expect, it } from "vitest";
import { SEED_DATASETS } from "../datasets";
import { SEED_INDICATORS } from "../indicators";
import { SEED_LESSON_MODULES, SEED_LESSONS } from "./index";

// The seeded lessons are what a citizen reads first: they must parse, keep to the lessons'
// Markdown dialect, point at images that are really on the site and at data the seed publishes,
// and have quizzes that can be answered.

const IMAGES_DIR = fileURLToPath(
  new URL("../../../../../apps/web/public/lecciones/imagenes/", import.meta.url),
);
const INDICATOR_SLUGS = new Set(SEED_INDICATORS.map((i) => i.slug));
const DATASET_SLUGS = new Set(SEED_DATASETS.map((d) => d.slug));

const parsed: { slug: string; content: TLessonContent }[] = SEED_LESSONS.map((l) => ({
  slug: l.slug,
  content: ZLessonContent.parse(l.content),
}));

/** The body's lines outside fenced code blocks, with their 1-based line numbers. */
function proseLines(body: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let inFence = false;
  body.split("\n").forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) {
      inFence = !inFence;
      return;
    }
    if (!inFence) lines.push({ text, line: i + 1 });
  });
  return lines;
}

/** Inline code spans removed: what is left is what the directive parser reads as text. */
const withoutCode = (text: string) => text.replace(/`[^`]*`/g, "");

describe("seeded lessons", () => {
  it("are the five lessons of the two modules, in reading order", () => {
    expect(SEED_LESSON_MODULES.map((m) => [m.slug, m.order])).toEqual([
      ["innovacion-publica", 1],
      ["cultura-del-dato", 2],
    ]);
    expect(SEED_LESSONS.map((l) => [l.moduleSlug, l.order, l.slug])).toEqual([
      ["innovacion-publica", 1, "que-es-la-innovacion-publica"],
      ["innovacion-publica", 2, "laboratorios-de-innovacion-publica"],
      ["cultura-del-dato", 1, "que-es-un-dato-abierto"],
      ["cultura-del-dato", 2, "como-leer-un-indicador"],
      ["cultura-del-dato", 3, "como-usar-un-conjunto-de-datos"],
    ]);
  });

  it.each(SEED_LESSONS.map((l) => [l.slug, l] as const))(
    "%s parses as lesson content",
    (_slug, lesson) => {
      const result = ZLessonContent.safeParse(lesson.content);
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it.each(parsed.map((l) => [l.slug, l.content] as const))(
    "%s has objectives, sources, a level and a review date",
    (_slug, content) => {
      expect(content.objectives.length).toBeGreaterThanOrEqual(2);
      expect(content.objectives.length).toBeLessThanOrEqual(4);
      expect(content.sources.length).toBeGreaterThan(0);
      expect(content.lastReviewedAt.toISOString().slice(0, 10)).toBe("2026-12-01");
    },
  );

  it.each(parsed.map((l) => [l.slug, l.content] as const))(
    "%s has a quiz of 2–4 questions with unique ids and one right answer per single choice",
    (_slug, content) => {
      expect(content.quiz.length).toBeGreaterThanOrEqual(2);
      expect(content.quiz.length).toBeLessThanOrEqual(4);
      const ids = content.quiz.flatMap((q) =>
        q.kind === "FIND_VALUE" ? [q.id] : [q.id, ...q.options.map((o) => o.id)],
      );
      expect(new Set(ids).size).toBe(ids.length);
      for (const q of content.quiz) {
        if (q.kind === "FIND_VALUE") continue;
        const right = q.options.filter((o) => o.correct).length;
        if (q.kind === "SINGLE") expect(right, q.id).toBe(1);
        else expect(right, q.id).toBeGreaterThanOrEqual(1);
        // Every option teaches, and a reader can tell the options apart.
        for (const o of q.options) expect(o.feedback.length, o.id).toBeGreaterThan(20);
        expect(new Set(q.options.map((o) => o.label)).size).toBe(q.options.length);
      }
    },
  );

  it("use both kinds of choice question, and find-the-value questions on real data", () => {
    const kinds = new Set(parsed.flatMap((l) => l.content.quiz.map((q) => q.kind)));
    expect(kinds).toEqual(new Set(["SINGLE", "MULTIPLE", "FIND_VALUE"]));
    const findValue = (slug: string) =>
      parsed
        .find((l) => l.slug === slug)
        ?.content.quiz.flatMap((q) => (q.kind === "FIND_VALUE" ? [q.source] : []));
    expect(findValue("como-leer-un-indicador")).toEqual([
      { type: "indicator", slug: "laboratorios-innovacion-publica-total" },
    ]);
    expect(findValue("como-usar-un-conjunto-de-datos")).toEqual([
      { type: "dataset", slug: "actividades-laboratorio-innovacion-publica" },
    ]);
  });

  it("start lesson 2's quiz with a single-choice question (the end-to-end test answers it)", () => {
    const first = parsed.find((l) => l.slug === "laboratorios-de-innovacion-publica")?.content
      .quiz[0];
    expect(first?.kind).toBe("SINGLE");
    expect(first?.id).toBe("p1");
    if (first?.kind !== "SINGLE") return;
    expect(first.options.map((o) => [o.id, o.correct])).toEqual([
      ["p1-a", false],
      ["p1-b", true],
      ["p1-c", false],
    ]);
  });

  it.each(parsed.map((l) => [l.slug, l.content] as const))(
    "%s has headings from ## on, without skipped levels",
    (_slug, content) => {
      const levels = proseLines(content.body).flatMap(({ text }) => {
        const m = /^(#{1,6})\s/.exec(text);
        return m?.[1] ? [m[1].length] : [];
      });
      expect(levels[0]).toBe(2);
      levels.forEach((level, i) => {
        expect(level).toBeGreaterThanOrEqual(2);
        if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 2) + 1);
      });
    },
  );

  it.each(parsed.map((l) => [l.slug, l.content] as const))(
    "%s shows only committed images, each with alternative text",
    (_slug, content) => {
      const images = [...content.body.matchAll(/!\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)];
      for (const [, alt, src] of images) {
        expect(alt?.trim().length, src).toBeGreaterThan(20);
        expect(src).toMatch(/^\/lecciones\/imagenes\/[a-z0-9-]+\.svg$/);
        expect(existsSync(`${IMAGES_DIR}${src?.split("/").pop()}`), src).toBe(true);
      }
    },
  );

  it("illustrate the lessons with the diagrams of the folder, every one used", () => {
    const used = new Set(
      parsed.flatMap((l) =>
        [...l.content.body.matchAll(/\]\(\/lecciones\/imagenes\/([^)\s]+)/g)].map((m) => m[1]),
      ),
    );
    expect(new Set(readdirSync(IMAGES_DIR))).toEqual(used);
  });

  it.each(parsed.map((l) => [l.slug, l.content] as const))(
    "%s uses only the dialect's directives, closed, and names data the seed publishes",
    (_slug, content) => {
      let openCallout: number | null = null;
      for (const { text, line } of proseLines(content.body)) {
        if (text.startsWith(":::")) {
          if (text === ":::") {
            expect(openCallout, `line ${line} closes nothing`).not.toBeNull();
            openCallout = null;
          } else {
            expect(text, `line ${line}`).toMatch(/^:::(nota|importante|ejemplo)$/);
            expect(openCallout, `line ${line} opens inside a callout`).toBeNull();
            openCallout = line;
          }
          continue;
        }
        if (text.startsWith("::")) {
          const m = /^::(indicador|datos)\{slug="([a-z0-9-]+)"\}$/.exec(text);
          expect(m, `line ${line}: ${text}`).not.toBeNull();
          const slugs = m?.[1] === "indicador" ? INDICATOR_SLUGS : DATASET_SLUGS;
          expect(slugs.has(m?.[2] ?? ""), `line ${line}: ${text}`).toBe(true);
          continue;
        }
        // A colon followed by a letter would start a text directive and vanish from the page.
        expect(withoutCode(text).replace(/\]\([^)]*\)/g, "]"), `line ${line}`).not.toMatch(
          /:[A-Za-z]/,
        );
        expect(text, `line ${line}: raw HTML is dropped`).not.toMatch(/<[a-zA-Z/!]/);
      }
      expect(openCallout).toBeNull();
    },
  );

  it("embed the live elements where the lessons refer to the platform", () => {
    const embeds = (slug: string) =>
      [
        ...(parsed.find((l) => l.slug === slug)?.content.body ?? "").matchAll(
          /^::(indicador|datos)\{slug="([^"]+)"\}$/gm,
        ),
      ].map((m) => `${m[1]}:${m[2]}`);
    expect(embeds("laboratorios-de-innovacion-publica")).toEqual([
      "indicador:laboratorios-innovacion-publica-america",
      "indicador:laboratorios-innovacion-publica-europa",
      "indicador:laboratorios-innovacion-publica-total",
    ]);
    expect(embeds("como-leer-un-indicador")).toEqual(["indicador:sedes-con-conectividad"]);
    expect(embeds("como-usar-un-conjunto-de-datos")).toEqual([
      "datos:actividades-laboratorio-innovacion-publica",
    ]);
  });

  it.each(parsed.map((l) => [l.slug, l.content] as const))(
    "%s relates indicators and datasets the seed publishes, and has a table",
    (_slug, content) => {
      for (const s of content.relatedIndicators) expect(INDICATOR_SLUGS.has(s), s).toBe(true);
      for (const s of content.relatedDatasets) expect(DATASET_SLUGS.has(s), s).toBe(true);
      for (const q of content.quiz) {
        if (q.kind !== "FIND_VALUE") continue;
        const slugs = q.source.type === "indicator" ? INDICATOR_SLUGS : DATASET_SLUGS;
        expect(slugs.has(q.source.slug), q.source.slug).toBe(true);
      }
      expect(content.body).toMatch(/^\| --- \|/m);
    },
  );
});

describe("lesson diagrams", () => {
  const files = readdirSync(IMAGES_DIR).filter((f) => f.endsWith(".svg"));

  it.each(files)("%s is small, titled, described and drawn with system fonts", (file) => {
    const path = `${IMAGES_DIR}${file}`;
    const svg = readFileSync(path, "utf8");
    expect(statSync(path).size).toBeLessThan(10 * 1024);
    expect(svg).toMatch(/<title[^>]*>[^<]{10,}<\/title>/);
    expect(svg).toMatch(/<desc[^>]*>[^<]{40,}<\/desc>/);
    expect(svg).toMatch(/font-family="system-ui,/);
    // Nothing fetched from elsewhere, nothing that runs.
    expect(svg).not.toMatch(/@import|@font-face|<script|\son[a-z]+=|href="http/i);
  });
});
