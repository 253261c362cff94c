import { COMO_LEER_UN_INDICADOR } from "./como-leer-un-indicador";
import { COMO_USAR_UN_CONJUNTO_DE_DATOS } from "./como-usar-un-conjunto-de-datos";
import { LABORATORIOS_DE_INNOVACION_PUBLICA } from "./laboratorios-de-innovacion-publica";
import { QUE_ES_LA_INNOVACION_PUBLICA } from "./que-es-la-innovacion-publica";
import { QUE_ES_UN_DATO_ABIERTO } from "./que-es-un-dato-abierto";
import type { TSeedLesson, TSeedLessonModule } from "./seed-lesson";

// The lessons the platform starts with (published by the seed). The first two come from the
// workshop of 16 December 2024, which opened with them; the other three teach how to read and
// reuse the platform's own data.

export type { TSeedLesson, TSeedLessonModule } from "./seed-lesson";

export const SEED_LESSON_MODULES: TSeedLessonModule[] = [
  {
    slug: "innovacion-publica",
    title: "Innovación pública",
    description:
      "Qué es la innovación pública, qué hace un laboratorio de innovación pública y por qué importa para un gobierno abierto.",
    order: 1,
  },
  {
    slug: "cultura-del-dato",
    title: "Cultura del dato",
    description:
      "Qué son los datos abiertos, cómo leer un indicador del tablero y cómo usar los conjuntos de datos del catálogo.",
    order: 2,
  },
];

export const SEED_LESSONS: TSeedLesson[] = [
  QUE_ES_LA_INNOVACION_PUBLICA,
  LABORATORIOS_DE_INNOVACION_PUBLICA,
  QUE_ES_UN_DATO_ABIERTO,
  COMO_LEER_UN_INDICADOR,
  COMO_USAR_UN_CONJUNTO_DE_DATOS,
];
