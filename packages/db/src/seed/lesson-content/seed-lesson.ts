import type { TLessonContentInput } from "@lab/domain/lesson";

/** A module of the seeded lessons, as staff see it in /admin/lecciones. */
export type TSeedLessonModule = {
  slug: string;
  title: string;
  description: string;
  order: number;
};

/** One seeded lesson: its place in the reading order and its content (checked by ZLessonContent). */
export type TSeedLesson = {
  slug: string;
  moduleSlug: string;
  order: number;
  content: TLessonContentInput;
};

/** The date the seeded lessons were last checked against their sources. */
export const SEED_LESSONS_REVIEWED_AT = "2026-12-01";

/** The deck of the workshop that started the lab: the source the first lessons quote. */
export const WORKSHOP_DECK_SOURCE = {
  title:
    "Bucaramanga avanza con innovación: construyendo colaboraciones para el futuro Laboratorio de Innovación Pública (presentación del taller del 16 de diciembre de 2024)",
  author: "Alcaldía de Bucaramanga",
  year: 2024,
  url: null,
} as const;
