import { type TLessonContent, ZLessonContent } from "@lab/domain/lesson";
import { ZUpdateLessonInput } from "@lab/domain/lesson-admin";
import { describe, expect, it } from "vitest";
import {
  errorsUnder,
  lineRange,
  moved,
  newOptionId,
  newQuestion,
  newQuestionId,
  updateInput,
  valuesFromLesson,
} from "./lesson-values";

const content: TLessonContent = ZLessonContent.parse({
  title: "Cómo leer un indicador",
  summary: "Unidad, periodicidad, meta y fuente.",
  body: "## Qué es\n\nUn indicador mide algo.\n",
  objectives: ["Reconocer la unidad"],
  level: "BASICO",
  relatedIndicators: ["laboratorios-innovacion-publica-total"],
  sources: [{ title: "Guía", author: "DANE", year: 2020, url: "https://www.dane.gov.co" }],
  lastReviewedAt: "2026-12-01",
  quiz: [
    {
      id: "p1",
      kind: "SINGLE",
      prompt: "¿Qué es la unidad?",
      options: [
        { id: "a", label: "Lo que se mide", correct: true, feedback: "Sí." },
        { id: "b", label: "El año", correct: false, feedback: "No." },
      ],
    },
    {
      id: "p2",
      kind: "FIND_VALUE",
      prompt: "¿Cuántos laboratorios hay?",
      source: { type: "indicator", slug: "laboratorios-innovacion-publica-total" },
      tolerance: 0,
      feedbackCorrect: "Bien.",
      feedbackWrong: "Busque en el tablero.",
    },
  ],
});

describe("the lesson editor's form values", () => {
  it("go back to the same content they were loaded from", () => {
    const values = valuesFromLesson({ moduleSlug: "cultura-del-dato", order: 2, content });
    expect(values.order).toBe("2");
    expect(values.lastReviewedAt).toBe("2026-12-01");
    expect(values.sources[0]?.year).toBe("2020");
    const parsed = ZUpdateLessonInput.parse(updateInput("como-leer", 7, values));
    expect(parsed).toMatchObject({ slug: "como-leer", revision: 7, order: 2 });
    expect(parsed.content).toEqual(content);
  });

  it("send what was typed wrong as typed, so the Spanish message names the field", () => {
    const values = valuesFromLesson({ moduleSlug: "cultura-del-dato", order: 2, content });
    const input = updateInput("como-leer", 7, {
      ...values,
      order: "segundo",
      sources: [{ title: "Guía", author: "", year: "", url: "" }],
      quiz: [{ ...(values.quiz[1] as (typeof values.quiz)[1]), tolerance: "" }],
    });
    expect(input.order).toBe("segundo");
    expect(input.content.sources[0]).toMatchObject({ year: null, url: null });
    expect(input.content.quiz[0]).toMatchObject({ tolerance: 0 });
    const result = ZUpdateLessonInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["order"]);
  });

  it("give new questions a short kebab-case id no other question has, and two options", () => {
    const taken = ["p-aaaa"];
    const sequence = [0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5];
    const id = newQuestionId(taken, () => sequence.shift() ?? 0);
    expect(id).toMatch(/^p-[a-z0-9]{4}$/);
    expect(id).not.toBe("p-aaaa");
    const question = newQuestion(taken);
    expect(question.id).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(question.options.map((o) => [o.id, o.correct])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(newOptionId(["a", "c"])).toBe("b");
  });

  it("move rows within the list and never out of it", () => {
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b"], 0, -1)).toEqual(["a", "b"]);
  });

  it("gather the messages of a question and find a line of the body", () => {
    const errors = {
      "content.quiz.0.prompt": "Escriba la pregunta.",
      "content.quiz.0.options.1.label": "Escriba el texto de la opción.",
      "content.quiz.1.prompt": "Otra.",
    };
    expect(errorsUnder(errors, "quiz.0")).toEqual([
      "Escriba la pregunta.",
      "Escriba el texto de la opción.",
    ]);
    const body = "## Uno\n\ntexto\n![](/x.svg)";
    expect(body.slice(...lineRange(body, 4))).toBe("![](/x.svg)");
    expect(body.slice(...lineRange(body, 1))).toBe("## Uno");
    expect(lineRange(body, 9)).toEqual([body.length, body.length]);
  });
});
