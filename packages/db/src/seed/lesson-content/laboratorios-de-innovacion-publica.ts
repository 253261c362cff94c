import { SEED_LESSONS_REVIEWED_AT, type TSeedLesson, WORKSHOP_DECK_SOURCE } from "./seed-lesson";

// Lesson 2: the deck's "Laboratorios de innovación pública" slides (definition, importance in an
// open government, context figures), with the three Contexto indicators embedded live.
// The first quiz question is answered wrong then right by an end-to-end test: keep its option
// labels as they are.

const body = `## ¿Qué es un laboratorio de innovación pública?

En la presentación del taller del 16 de diciembre de 2024, la Alcaldía de Bucaramanga partió de esta definición:

> «Espacios que procuran, como su nombre engloba, innovar para mejorar la provisión de bienes y servicios públicos a la sociedad, buscando incrementar el valor público a través de la colaboración y la participación colectiva» (Pestrol, 2020).

Dicho de otra manera: un laboratorio de innovación pública es un equipo, con un método y un lugar de encuentro, que ayuda al gobierno a probar formas nuevas de atender a la gente. Trabaja con la ciudadanía y con aliados externos, y persigue un resultado: que lo público genere más valor para las personas.

**Valor público** es lo que un servicio o una decisión del Estado le aporta a la sociedad: un problema resuelto, un trámite que ahorra tiempo, una comunidad mejor atendida, y también la confianza que todo eso genera.

:::nota
«Laboratorio» no quiere decir batas ni tubos de ensayo. La palabra viene de la ciencia por el método: se plantea una idea, se prueba en condiciones cuidadas, se observa qué pasa y se aprende del resultado.
:::

## Qué hace un laboratorio

Cada laboratorio es distinto, pero la mayoría hace cuatro cosas:

- **Convoca.** Reúne alrededor de un reto concreto a la ciudadanía, a funcionarios de distintas dependencias, a universidades, centros de productividad, empresas y organizaciones sociales.
- **Experimenta.** Diseña y prueba prototipos antes de que una idea se convierta en política pública o en gasto.
- **Mide.** Usa datos para saber si una solución funcionó y para quién.
- **Comparte.** Publica lo aprendido, también lo que no salió bien, para que otras dependencias y otras ciudades lo aprovechen.

## Su importancia en un gobierno abierto

La presentación del taller lo dice en una frase: los laboratorios son una «herramienta fundamental en los gobiernos abiertos para promover la transparencia, la participación ciudadana y la colaboración entre múltiples actores».

Un **gobierno abierto** es el que trabaja a la vista de la ciudadanía y junto con ella. La idea tomó fuerza en 2009, cuando el gobierno de Estados Unidos la resumió en tres principios: un gobierno transparente, participativo y colaborativo. En 2011 nació la Alianza para el Gobierno Abierto (Open Government Partnership), a la que hoy pertenecen decenas de países. Esos tres principios se conocen como los pilares del gobierno abierto.

![Diagrama de un techo con el rótulo «Gobierno abierto» sostenido por tres columnas: transparencia, participación y colaboración. Las columnas se apoyan en una base: el laboratorio de innovación pública.](/lecciones/imagenes/pilares-gobierno-abierto.svg "Los tres pilares del gobierno abierto")

| Pilar | Qué significa | Cómo lo impulsa un laboratorio |
| --- | --- | --- |
| Transparencia | La información pública se publica y se explica. | Cuenta qué prueba, con qué datos y con qué resultados. |
| Participación | La ciudadanía opina e incide en las decisiones. | Organiza talleres y mesas de co-creación. |
| Colaboración | Gobierno, academia, empresas y sociedad civil trabajan juntos. | Busca aliados y suma sus capacidades. |

En esta plataforma puede ver los tres pilares en acción: los [indicadores](/indicadores) muestran su fuente y su metodología, los [datos abiertos](/datos) se descargan sin pedir permiso y los resultados de los [talleres](/talleres) muestran qué aportó cada tipo de institución y qué alianzas surgieron.

## El contexto nacional e internacional

Para diseñar el laboratorio de Bucaramanga, el diagnóstico del proyecto revisó experiencias de laboratorios de innovación pública en el continente americano y en Europa; ese es su primer objetivo específico. La presentación del taller resumió lo encontrado:

- **36** laboratorios en el continente americano.
- **40** laboratorios en el continente europeo.
- **76** laboratorios con enfoque a la innovación pública en total.

Estas cifras están en el tablero de indicadores, en la dimensión *Contexto*. Aquí las ve tal como están publicadas hoy:

::indicador{slug="laboratorios-innovacion-publica-america"}

::indicador{slug="laboratorios-innovacion-publica-europa"}

::indicador{slug="laboratorios-innovacion-publica-total"}

:::importante
Estas cifras cuentan los laboratorios **identificados en la revisión del diagnóstico**, no todos los que existen en el mundo. Otros estudios cuentan distinto: el estudio comparado de la Red InnoLabs (2018), por ejemplo, identificó y caracterizó más de cien casos en distintos continentes. Antes de citar una cifra, lea en la ficha del indicador su fuente y su metodología.
:::

Entre los casos que más se citan están MindLab, en Dinamarca, uno de los primeros laboratorios de gobierno del mundo (funcionó de 2002 a 2018); el Laboratorio de Gobierno de Chile; y, en Colombia, LABCapital, el laboratorio de innovación de la Veeduría Distrital de Bogotá.

## ¿Y en Bucaramanga?

La Alcaldía de Bucaramanga adelanta un diagnóstico para estructurar e implementar en el futuro su propio laboratorio. Además de revisar experiencias de otros lugares, el diagnóstico analiza el estado actual de la innovación y de la participación ciudadana en la Alcaldía, identifica sus capacidades físicas, humanas, tecnológicas, económicas y sociales, caracteriza a los actores clave que podrían sumarse y termina con recomendaciones.

El taller del 16 de diciembre de 2024 fue un paso de ese camino: reunió a universidades y centros de productividad de la región para mapear capacidades externas y explorar posibles alianzas estratégicas. Su agenda y sus resultados están en [la página del taller](/talleres/bucaramanga-avanza-con-innovacion-2024).

:::ejemplo
**Cómo se ve la colaboración en la práctica.** Una universidad aporta estudiantes que analizan datos de la ciudad; un centro de productividad aporta su experiencia con métodos de diseño; una dependencia de la Alcaldía aporta el reto y sus registros; y la comunidad aporta su conocimiento del territorio. Ninguno podría resolver el reto solo.
:::

## En resumen

- Un laboratorio de innovación pública es un espacio que innova para mejorar los bienes y servicios públicos y aumentar el valor público, con colaboración y participación colectiva (Pestrol, 2020).
- Es una herramienta del gobierno abierto: impulsa la transparencia, la participación y la colaboración.
- La revisión del diagnóstico identificó 36 laboratorios en América y 40 en Europa: 76 en total.
- Bucaramanga está construyendo el suyo, con la ciudadanía y con sus aliados.
`;

export const LABORATORIOS_DE_INNOVACION_PUBLICA: TSeedLesson = {
  slug: "laboratorios-de-innovacion-publica",
  moduleSlug: "innovacion-publica",
  order: 2,
  content: {
    title: "Laboratorios de innovación pública",
    summary:
      "Qué es un laboratorio de innovación pública, por qué es clave en un gobierno abierto y cuántos identificó el diagnóstico en América y Europa.",
    body,
    objectives: [
      "Definir qué es un laboratorio de innovación pública y qué es el valor público.",
      "Relacionar los laboratorios con los pilares del gobierno abierto: transparencia, participación y colaboración.",
      "Leer en el tablero las cifras de contexto: 36 laboratorios en América, 40 en Europa y 76 en total.",
    ],
    level: "BASICO",
    relatedIndicators: [
      "laboratorios-innovacion-publica-america",
      "laboratorios-innovacion-publica-europa",
      "laboratorios-innovacion-publica-total",
    ],
    relatedDatasets: ["asistencia-taller-innovacion-2024-por-tipo-de-institucion"],
    sources: [
      {
        title:
          "Definición de laboratorio de innovación pública, citada en la presentación del taller del 16 de diciembre de 2024",
        author: "Pestrol",
        year: 2020,
        url: null,
      },
      WORKSHOP_DECK_SOURCE,
      {
        title:
          "Laboratorios de Gobierno para la Innovación Pública: un estudio comparado de las experiencias americanas y europeas",
        author:
          "Exequiel Rodríguez y Rita Grandinetti (dirs.); Red InnoLabs, PoliLab de la Universidad Nacional de Rosario y Programa CYTED",
        year: 2018,
        url: null,
      },
      {
        title:
          "Innovando para una mejor gestión: la contribución de los laboratorios de innovación pública (nota técnica IDB-TN-1101)",
        author: "Sebastián Acevedo y Nicolás Dassen; Banco Interamericano de Desarrollo (BID)",
        year: 2016,
        url: null,
      },
      {
        title: "Transparency and Open Government (memorando presidencial, 74 Fed. Reg. 4685)",
        author: "Barack Obama, Presidencia de los Estados Unidos",
        year: 2009,
        url: null,
      },
      {
        title: "Open Government Declaration",
        author: "Open Government Partnership (Alianza para el Gobierno Abierto)",
        year: 2011,
        url: null,
      },
    ],
    lastReviewedAt: SEED_LESSONS_REVIEWED_AT,
    quiz: [
      {
        id: "p1",
        kind: "SINGLE",
        prompt:
          "Según la definición de Pestrol (2020), ¿qué buscan los laboratorios de innovación pública?",
        options: [
          {
            id: "p1-a",
            label: "Hacer experimentos científicos con batas y tubos de ensayo",
            correct: false,
            feedback:
              "No. «Laboratorio» se refiere al método —probar una idea, observar y aprender—, no a batas ni tubos de ensayo. Lo que buscan es mejorar los bienes y servicios públicos.",
          },
          {
            id: "p1-b",
            label: "Incrementar el valor público con colaboración y participación colectiva",
            correct: true,
            feedback:
              "Correcto. Los laboratorios innovan para mejorar la provisión de bienes y servicios públicos, y lo hacen con la colaboración de distintos actores y la participación de la ciudadanía.",
          },
          {
            id: "p1-c",
            label: "Reemplazar al Concejo Municipal en la aprobación de las normas",
            correct: false,
            feedback:
              "No. Un laboratorio no reemplaza a las instituciones democráticas: propone, prueba y mide soluciones, y las decisiones siguen en manos de las autoridades competentes.",
          },
        ],
        explanation:
          "La definición tiene tres partes: innovar, para mejorar los bienes y servicios públicos, y aumentar el valor público con colaboración y participación colectiva.",
      },
      {
        id: "p2",
        kind: "MULTIPLE",
        prompt:
          "¿Cuáles son los pilares del gobierno abierto que promueven los laboratorios? Marque todas las que apliquen.",
        options: [
          {
            id: "p2-a",
            label: "Transparencia",
            correct: true,
            feedback: "Correcto: publicar y explicar la información pública es el primer pilar.",
          },
          {
            id: "p2-b",
            label: "Participación ciudadana",
            correct: true,
            feedback: "Correcto: la ciudadanía opina e incide en las decisiones que la afectan.",
          },
          {
            id: "p2-c",
            label: "Colaboración entre múltiples actores",
            correct: true,
            feedback:
              "Correcto: gobierno, academia, empresas y sociedad civil suman sus capacidades.",
          },
          {
            id: "p2-d",
            label: "Reserva de la información pública",
            correct: false,
            feedback:
              "No. Es lo contrario: en Colombia rige el principio de máxima publicidad (Ley 1712 de 2014). Solo se reserva lo que la Constitución o la ley ordenan.",
          },
          {
            id: "p2-e",
            label: "Publicidad de la imagen de los gobernantes",
            correct: false,
            feedback:
              "No. Promocionar a un gobernante no es transparencia: la transparencia consiste en dar a conocer información y datos que permitan a la ciudadanía vigilar y participar.",
          },
        ],
        explanation:
          "Transparencia, participación y colaboración: los tres pilares que la presentación del taller asocia con los laboratorios.",
      },
      {
        id: "p3",
        kind: "SINGLE",
        prompt:
          "Según las cifras de contexto del tablero, ¿cuántos laboratorios de innovación pública se identificaron en el continente europeo?",
        options: [
          {
            id: "p3-a",
            label: "36",
            correct: false,
            feedback:
              "No: 36 es la cifra del continente americano. Revise el segundo indicador de la lección.",
          },
          {
            id: "p3-b",
            label: "40",
            correct: true,
            feedback: "Correcto: 40 en Europa, que con los 36 de América suman 76.",
          },
          {
            id: "p3-c",
            label: "76",
            correct: false,
            feedback: "No: 76 es el total de América y Europa juntos (36 + 40).",
          },
        ],
        explanation: "",
      },
    ],
  },
};
