import { describe, expect, it } from "vitest";
import {
  checkQuizAnswer,
  lessonScore,
  mergeLessonProgress,
  parseTypedNumber,
  publicQuiz,
  readingMinutes,
  ZLessonContent,
  ZQuizQuestion,
} from "./lesson";
import { starterLessonContent } from "./lesson-admin";

const SINGLE = {
  id: "p1",
  kind: "SINGLE",
  prompt: "¿Cuántos laboratorios hay en total?",
  options: [
    { id: "a", label: "76", correct: true, feedback: "Correcto: 36 en América y 40 en Europa." },
    { id: "b", label: "36", correct: false, feedback: "Esos son solo los de América." },
  ],
  explanation: "36 + 40 = 76.",
};
const single = ZQuizQuestion.parse(SINGLE);

const multiple = ZQuizQuestion.parse({
  id: "p2",
  kind: "MULTIPLE",
  prompt: "¿Qué promueven los laboratorios en el gobierno abierto?",
  options: [
    { id: "a", label: "Transparencia", correct: true, feedback: "Sí." },
    { id: "b", label: "Participación", correct: true, feedback: "Sí." },
    { id: "c", label: "Secreto", correct: false, feedback: "No: lo contrario." },
  ],
});

const findValue = ZQuizQuestion.parse({
  id: "p3",
  kind: "FIND_VALUE",
  prompt: "¿Cuántos laboratorios registra el indicador?",
  source: { type: "indicator", slug: "laboratorios-innovacion-publica-total" },
  tolerance: 0.5,
  feedbackCorrect: "¡Lo encontró!",
  feedbackWrong: "Mire el último valor del tablero.",
});

describe("ZLessonContent and ZQuizQuestion", () => {
  it("accepts the starter content of a new lesson", () => {
    const parsed = ZLessonContent.parse(starterLessonContent("Nueva", new Date("2026-12-01")));
    expect(parsed.title).toBe("Nueva");
  });

  it("refuses a single-choice question without exactly one right option, in Spanish", () => {
    const result = ZQuizQuestion.safeParse({
      ...SINGLE,
      options: SINGLE.options.map((o) => ({ ...o, correct: true })),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "Una pregunta de una respuesta necesita exactamente una opción correcta.",
    );
  });

  it("refuses an empty title with a Spanish message", () => {
    const result = ZLessonContent.safeParse({
      ...starterLessonContent("x", new Date()),
      title: "  ",
    });
    expect(result.error?.issues[0]?.message).toBe("Escriba el título.");
  });
});

describe("publicQuiz", () => {
  it("keeps prompts and options but never which one is right or the feedback", () => {
    const quiz = publicQuiz([single, findValue]);
    expect(quiz).toEqual([
      {
        id: "p1",
        kind: "SINGLE",
        prompt: single.prompt,
        options: [
          { id: "a", label: "76" },
          { id: "b", label: "36" },
        ],
      },
      {
        id: "p3",
        kind: "FIND_VALUE",
        prompt: findValue.prompt,
        source: { type: "indicator", slug: "laboratorios-innovacion-publica-total" },
      },
    ]);
    expect(JSON.stringify(quiz)).not.toMatch(/correct|feedback|explanation|tolerance/);
  });
});

describe("parseTypedNumber", () => {
  it.each([
    ["76", 76],
    ["1.234", 1234],
    ["1.234,5", 1234.5],
    ["1234,5", 1234.5],
    ["1234.5", 1234.5],
    [" 12 ", 12],
    ["-3", -3],
  ])("reads %s as %d", (raw, value) => {
    expect(parseTypedNumber(raw)).toBe(value);
  });

  it.each(["", "setenta", "12 %", "1,2,3"])("does not read %j", (raw) => {
    expect(parseTypedNumber(raw)).toBeNull();
  });
});

describe("checkQuizAnswer", () => {
  it("answers a right single choice with its feedback and the explanation", () => {
    const result = checkQuizAnswer(single, { optionIds: ["a"], value: "" }, null);
    expect(result.correct).toBe(true);
    expect(result.options).toEqual([
      { id: "a", chosen: true, correct: true, feedback: "Correcto: 36 en América y 40 en Europa." },
    ]);
    expect(result.explanation).toBe("36 + 40 = 76.");
  });

  it("answers a wrong choice with that option's feedback, without revealing the right one", () => {
    const result = checkQuizAnswer(single, { optionIds: ["b"], value: "" }, null);
    expect(result.correct).toBe(false);
    expect(result.options.map((o) => o.id)).toEqual(["b"]);
    expect(result.explanation).toBe("");
  });

  it("wants every right option and no wrong one in a multiple choice", () => {
    const check = (ids: string[]) => checkQuizAnswer(multiple, { optionIds: ids, value: "" }, null);
    expect(check(["a", "b"]).correct).toBe(true);
    expect(check(["a"]).correct).toBe(false);
    expect(check(["a", "b", "c"]).correct).toBe(false);
  });

  it("checks a found value against the live value, within the tolerance", () => {
    expect(checkQuizAnswer(findValue, { optionIds: [], value: "76" }, 76)).toMatchObject({
      correct: true,
      message: "¡Lo encontró!",
      expectedValue: 76,
    });
    expect(checkQuizAnswer(findValue, { optionIds: [], value: "76,4" }, 76).correct).toBe(true);
    expect(checkQuizAnswer(findValue, { optionIds: [], value: "77" }, 76)).toMatchObject({
      correct: false,
      message: "Mire el último valor del tablero.",
      expectedValue: null,
    });
  });

  it("cannot check a found value when the data is no longer published", () => {
    const result = checkQuizAnswer(findValue, { optionIds: [], value: "76" }, null);
    expect(result.correct).toBe(false);
    expect(result.message).toBe(
      "Este dato ya no está publicado, así que no podemos comprobar la respuesta.",
    );
  });
});

describe("progress", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 11, day));

  it("merges: completed if either says so, an answer right if it ever was, the later date", () => {
    const browser = {
      lessonSlug: "que-es-un-dato-abierto",
      completed: true,
      answers: { p1: false, p2: true },
      updatedAt: at(2),
    };
    const server = {
      lessonSlug: "que-es-un-dato-abierto",
      completed: false,
      answers: { p1: true, p3: false },
      updatedAt: at(5),
    };
    expect(mergeLessonProgress(browser, server)).toEqual({
      lessonSlug: "que-es-un-dato-abierto",
      completed: true,
      answers: { p1: true, p2: true, p3: false },
      updatedAt: at(5),
    });
    expect(mergeLessonProgress(server, browser)).toEqual(mergeLessonProgress(browser, server));
  });

  it("scores the share of right answers", () => {
    const progress = {
      lessonSlug: "x",
      completed: false,
      answers: { p1: true, p2: false, p3: true } as Record<string, boolean>,
      updatedAt: at(1),
    };
    expect(lessonScore(undefined, 3)).toBe(0);
    expect(lessonScore(progress, 4)).toBe(0.5);
    expect(lessonScore(progress, 2)).toBe(1);
    expect(lessonScore({ ...progress, completed: true }, 0)).toBe(1);
    expect(lessonScore(progress, 0)).toBe(0);
  });
});

describe("readingMinutes", () => {
  it("counts about 200 words a minute, at least one", () => {
    expect(readingMinutes("## Hola\n\nUna frase.")).toBe(1);
    expect(readingMinutes(Array.from({ length: 1000 }, () => "palabra").join(" "))).toBe(5);
  });

  it("does not count image addresses or code", () => {
    const images = Array.from({ length: 300 }, () => "![](/lecciones/imagenes/a.svg)").join("\n");
    expect(readingMinutes(images)).toBe(1);
  });
});
