import { SEED_LESSONS_REVIEWED_AT, type TSeedLesson, WORKSHOP_DECK_SOURCE } from "./seed-lesson";

// Lesson 4: reading an indicator's ficha, practised on a seeded indicator that has every part
// (a target, a provisional value): "sedes-con-conectividad" (demo data, and the lesson says so).
// The find-the-value question reads the real context figure: the total of labs.

const body = `## ¿Qué es un indicador?

Un indicador es una cifra que se sigue en el tiempo para saber cómo va algo que importa: cuántos proyectos de innovación hay en marcha, qué porcentaje de las sedes de la Alcaldía tiene buena conexión a internet, cuántas personas participaron en los talleres. Las guías del DANE y de la CEPAL coinciden en lo esencial: un indicador permite observar cómo cambia una situación y compararla con un punto de referencia, como un año anterior o una meta.

Una cifra sola dice poco. «71,4» puede ser un porcentaje, una cantidad de personas o millones de pesos; puede ser de este año o de hace cinco; puede ser definitiva o un primer cálculo. Por eso cada indicador del tablero tiene una **ficha** que responde esas preguntas.

## Las partes de la ficha

![Ficha de ejemplo del indicador «Sedes de la Alcaldía con conectividad de alta velocidad» con sus partes señaladas: último valor, 71,4 % en 2025, marcado como provisional; unidad, porcentaje; periodicidad, anual; meta, 90 % para el 31 de diciembre de 2027; sentido, más es mejor; fuente, datos de demostración; dependencia, Oficina TIC; y metodología.](/lecciones/imagenes/partes-ficha-indicador.svg "Las partes de la ficha de un indicador")

| Parte | Qué le dice | Pregúntese |
| --- | --- | --- |
| Nombre y descripción | Qué se mide exactamente. | ¿Mide lo que yo creo? |
| Unidad | Si es un conteo, un porcentaje, pesos… | ¿71,4 es un porcentaje o una cantidad? |
| Periodicidad | Cada cuánto se actualiza: mensual, trimestral, anual. | ¿Cuándo llega el próximo dato? |
| Periodo | A qué año o mes corresponde cada valor. | ¿El último valor es reciente? |
| Meta | El valor que la Alcaldía se propuso alcanzar, y para cuándo. | ¿Cuánto falta? |
| Sentido | Si subir es bueno, si bajar es bueno o si es neutro. | ¿Este cambio es una mejora? |
| Fuente y metodología | Quién produce el dato y cómo se calcula. | ¿De dónde sale y qué cuenta? |
| Dependencia responsable | La oficina que responde por el indicador. | ¿A quién le pregunto? |

En la página de cada indicador, el último valor aparece arriba, con su periodo. Las pestañas **Gráfico** y **Tabla** muestran todos los valores, y la pestaña **Fuentes y metodología** reúne las demás partes de la ficha.

## Practique con un indicador del tablero

Este es el indicador «Sedes de la Alcaldía con conectividad de alta velocidad (capacidad tecnológica)», tal como está publicado hoy:

::indicador{slug="sedes-con-conectividad"}

:::importante
Este indicador usa **datos de demostración**: sirve para practicar y no es una cifra oficial. El tablero lo señala con la etiqueta «Demo». Averiguar si una cifra es oficial es, justamente, una de las primeras preguntas que debe hacerse.
:::

Léalo parte por parte:

- **Qué mide:** el porcentaje de sedes administrativas de la Alcaldía con conexión de fibra óptica.
- **Unidad:** porcentaje. 71,4 % quiere decir que unas 71 de cada 100 sedes tienen esa conexión.
- **Periodicidad:** anual. Hay un valor por año, desde 2020.
- **Meta:** 90 % para el 31 de diciembre de 2027.
- **Sentido:** más es mejor. Que el valor suba es una buena noticia.
- **Dependencia responsable:** la Oficina TIC.

## Valores provisionales

El valor de 2025 aparece como **provisional**. Un valor provisional es un primer cálculo: la dependencia lo publica para no dejar a la ciudadanía sin información, pero puede cambiar cuando cierre sus registros. En el gráfico se dibuja con un punto hueco; en la tabla y junto al último valor lleva la palabra «provisional».

Dos consejos:

- Si compara dos años y uno de ellos es provisional, dígalo: «según la cifra provisional de 2025…».
- Vuelva a consultar el indicador más adelante: la cifra definitiva puede ser distinta.

## Cuánto falta para la meta

Con los números del ejemplo:

- En 2024 el valor fue 68,2 %; en 2025, de forma provisional, 71,4 %.
- Subió **3,2 puntos porcentuales** (71,4 − 68,2).
- Para llegar a la meta del 90 % faltan **18,6 puntos porcentuales** (90 − 71,4).

:::ejemplo
**Puntos porcentuales no es lo mismo que por ciento.** Pasar de 68,2 % a 71,4 % es subir 3,2 *puntos porcentuales*. En términos relativos, el aumento es de cerca del 4,7 %, porque 3,2 es el 4,7 % de 68,2. Las dos afirmaciones son ciertas, pero dicen cosas distintas: use la que corresponda y diga cuál está usando.
:::

## Un indicador de contexto

No todos los indicadores tienen meta ni un sentido de «mejor» o «peor». El indicador [Laboratorios con enfoque a la innovación pública (total)](/indicadores/laboratorios-innovacion-publica-total) cuenta los laboratorios que identificó la revisión del diagnóstico en América y Europa. Su unidad es «laboratorios», su periodicidad es anual, su fuente es el taller del 16 de diciembre de 2024 y su sentido es neutro: sirve para conocer el contexto, no para evaluar a la Alcaldía. Ábralo para responder la primera pregunta del cuestionario.

## Cinco preguntas antes de compartir una cifra

1. ¿Qué mide y en qué unidad?
2. ¿De qué periodo es el valor?
3. ¿Es definitivo o provisional?
4. ¿Quién lo produce y cómo se calcula?
5. ¿Es una cifra oficial o un dato de demostración?

Si puede responder las cinco, puede compartir la cifra con confianza. La página de cada indicador ofrece además sus datos en CSV y en JSON, y un enlace que conserva la vista que usted eligió: la pestaña, el periodo y las comunas.

## En resumen

- La ficha de un indicador dice qué mide, en qué unidad, cada cuánto se actualiza, cuál es su meta, hacia dónde es mejor que vaya, de dónde sale el dato y quién responde por él.
- Un valor provisional es un primer cálculo que puede cambiar.
- Un cambio entre dos porcentajes se expresa en puntos porcentuales.
- Antes de compartir una cifra, revise su periodo, su fuente y si es oficial.
`;

export const COMO_LEER_UN_INDICADOR: TSeedLesson = {
  slug: "como-leer-un-indicador",
  moduleSlug: "cultura-del-dato",
  order: 2,
  content: {
    title: "Cómo leer un indicador",
    summary:
      "Las partes de la ficha de un indicador (unidad, periodicidad, meta, sentido, fuente y valores provisionales) y cómo leerlas en el tablero del laboratorio.",
    body,
    objectives: [
      "Identificar en la ficha de un indicador su unidad, periodicidad, meta, sentido, fuente y dependencia responsable.",
      "Interpretar un valor provisional y el avance hacia una meta, expresado en puntos porcentuales.",
      "Encontrar en el tablero el último valor de un indicador y el periodo al que corresponde.",
    ],
    level: "INTERMEDIO",
    relatedIndicators: [
      "sedes-con-conectividad",
      "laboratorios-innovacion-publica-total",
      "participacion-presupuestos-participativos",
    ],
    relatedDatasets: [],
    sources: [
      {
        title: "Guía para diseño, construcción e interpretación de indicadores",
        author: "Departamento Administrativo Nacional de Estadística (DANE)",
        year: 2013,
        url: null,
      },
      {
        title: "Indicadores de desempeño en el sector público (Serie Manuales n.º 45)",
        author:
          "Juan Cristóbal Bonnefoy y Marianela Armijo; CEPAL, Instituto Latinoamericano y del Caribe de Planificación Económica y Social (ILPES)",
        year: 2005,
        url: null,
      },
      WORKSHOP_DECK_SOURCE,
    ],
    lastReviewedAt: SEED_LESSONS_REVIEWED_AT,
    quiz: [
      {
        id: "p1",
        kind: "FIND_VALUE",
        prompt:
          "Según el tablero, ¿cuántos laboratorios con enfoque a la innovación pública hay en total? Búsquelo en el indicador «Laboratorios con enfoque a la innovación pública (total)» y escriba solo el número.",
        source: { type: "indicator", slug: "laboratorios-innovacion-publica-total" },
        tolerance: 0,
        feedbackCorrect:
          "Correcto: es el último valor publicado del indicador. Recuerde leerlo con su ficha: es un conteo de laboratorios identificados en la revisión del diagnóstico, con sentido neutro.",
        feedbackWrong:
          "Todavía no. Abra el indicador y mire el último valor, arriba de la página, o la pestaña «Tabla». Pista: es la suma de los laboratorios identificados en América y en Europa.",
        explanation:
          "El último valor de un indicador siempre va acompañado de su periodo: compruebe a qué año corresponde antes de citarlo.",
      },
      {
        id: "p2",
        kind: "SINGLE",
        prompt:
          "En el indicador de sedes con conectividad, el valor de 2025 aparece como «provisional». ¿Qué significa?",
        options: [
          {
            id: "p2-a",
            label:
              "Es un primer cálculo que puede cambiar cuando la dependencia cierre sus registros.",
            correct: true,
            feedback:
              "Correcto. Se publica para informar a tiempo, pero conviene decir que es provisional y volver a consultarlo más adelante.",
          },
          {
            id: "p2-b",
            label: "Que el dato es falso y no debe usarse.",
            correct: false,
            feedback:
              "No. Un valor provisional no es falso: es la mejor cifra disponible hoy. Puede usarlo, siempre que aclare que es provisional.",
          },
          {
            id: "p2-c",
            label: "Que ya se alcanzó la meta.",
            correct: false,
            feedback:
              "No. «Provisional» habla de qué tan definitivo es el dato, no de la meta. En este ejemplo, 71,4 % todavía está lejos del 90 %.",
          },
        ],
        explanation: "",
      },
      {
        id: "p3",
        kind: "SINGLE",
        prompt: "Un indicador pasa de 68,2 % a 71,4 %. ¿Cómo se describe mejor el cambio?",
        options: [
          {
            id: "p3-a",
            label: "Subió 3,2 puntos porcentuales.",
            correct: true,
            feedback:
              "Correcto: la diferencia entre dos porcentajes se expresa en puntos porcentuales (71,4 − 68,2 = 3,2).",
          },
          {
            id: "p3-b",
            label: "Subió 3,2 %.",
            correct: false,
            feedback:
              "Casi, pero no. En términos relativos el aumento es de cerca del 4,7 % (3,2 dividido entre 68,2). Para la diferencia directa se dice «3,2 puntos porcentuales».",
          },
          {
            id: "p3-c",
            label: "Bajó, porque todavía no llega a la meta del 90 %.",
            correct: false,
            feedback:
              "No. El valor subió; que no haya llegado a la meta es otra cosa. Como el sentido es «más es mejor», subir es una mejora.",
          },
        ],
        explanation: "",
      },
      {
        id: "p4",
        kind: "MULTIPLE",
        prompt:
          "¿Qué debe revisar antes de compartir una cifra del tablero? Marque todas las que apliquen.",
        options: [
          {
            id: "p4-a",
            label: "El periodo al que corresponde el valor.",
            correct: true,
            feedback: "Correcto: una cifra de hace años puede no describir la situación de hoy.",
          },
          {
            id: "p4-b",
            label: "Si el valor es provisional.",
            correct: true,
            feedback: "Correcto: si lo es, dígalo al compartirlo.",
          },
          {
            id: "p4-c",
            label: "La fuente y la metodología.",
            correct: true,
            feedback: "Correcto: le dicen de dónde sale el dato y qué cuenta exactamente.",
          },
          {
            id: "p4-d",
            label: "Si es una cifra oficial o un dato de demostración.",
            correct: true,
            feedback:
              "Correcto: los datos de demostración sirven para aprender a usar la plataforma, no para sacar conclusiones.",
          },
          {
            id: "p4-e",
            label: "El color del gráfico.",
            correct: false,
            feedback:
              "No. El color ayuda a leer el gráfico, pero no cambia lo que significa la cifra.",
          },
        ],
        explanation:
          "Unidad, periodo, estado (provisional o definitivo), fuente y carácter oficial: con eso puede compartir una cifra con confianza.",
      },
    ],
  },
};
