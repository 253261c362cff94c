import { describe, expect, it } from "vitest";
import { parseStoredProgress, serializeProgress } from "./progress-store";

const record = {
  lessonSlug: "laboratorios-de-innovacion-publica",
  completed: false,
  answers: { p1: true, p2: false },
  updatedAt: new Date("2026-03-01T10:00:00Z"),
};

describe("progress kept in the browser", () => {
  it("reads back what it wrote", () => {
    expect(parseStoredProgress(serializeProgress([record]))).toEqual([record]);
  });

  it("reads missing, broken or foreign storage as no progress", () => {
    expect(parseStoredProgress(null)).toEqual([]);
    expect(parseStoredProgress("{not json")).toEqual([]);
    expect(parseStoredProgress('{"lessonSlug":"x"}')).toEqual([]);
  });

  it("drops records and answers that are not well formed, keeping the rest", () => {
    const stored = JSON.stringify([
      { ...record, updatedAt: record.updatedAt.toISOString() },
      { ...record, lessonSlug: "No Vale", updatedAt: record.updatedAt.toISOString() },
      { ...record, lessonSlug: "otra", updatedAt: "ayer" },
      { ...record, lessonSlug: "otra-mas", completed: "sí", updatedAt: "2026-03-01" },
      {
        lessonSlug: "tercera",
        completed: true,
        answers: { p1: true, "<script>": true, p2: "sí" },
        updatedAt: "2026-03-02T00:00:00Z",
      },
    ]);
    expect(parseStoredProgress(stored)).toEqual([
      record,
      {
        lessonSlug: "tercera",
        completed: true,
        answers: { p1: true },
        updatedAt: new Date("2026-03-02T00:00:00Z"),
      },
    ]);
  });
});
