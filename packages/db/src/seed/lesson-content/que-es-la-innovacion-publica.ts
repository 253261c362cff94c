import { SEED_LESSONS_REVIEWED_AT, type TSeedLesson, WORKSHOP_DECK_SOURCE } from "./seed-lesson";

// Lesson 1: the workshop deck's "¿Qué es la innovación pública?" slide, unfolded for citizens.

const body = `## Una idea sencilla

Innovar en lo público es encontrar formas nuevas y mejores de resolver los problemas que afectan a la gente y de prestar los servicios que el Estado le debe a la ciudadanía. No se trata de inventar por inventar: se trata de que un trámite, un programa o una decisión funcionen mejor para quienes los usan.

En el taller «Bucaramanga avanza con innovación», del 16 de diciembre de 2024, la Alcaldía de Bucaramanga lo resumió así:

> La innovación pública permite soluciones más personalizadas y accesibles, mejorando la experiencia ciudadana al interactuar con el gobierno.

Y agregó una razón de peso:

> En un mundo en constante cambio, la innovación pública no es un lujo, es una necesidad. Nos permite crear gobiernos más adaptables, cercanos y efectivos.

## Tres rasgos de un gobierno que innova

Esas tres palabras del taller sirven como lista de chequeo para cualquier proyecto público:

- **Adaptable.** Cambia cuando cambian las necesidades de la gente, en lugar de repetir lo de siempre porque «así se ha hecho».
- **Cercano.** Parte de la experiencia real de las personas: cómo viven un problema, en qué barrio, con qué dificultades.
- **Efectivo.** Comprueba con datos si el cambio sirvió. Si no sirvió, corrige.

## Lo que es y lo que no es

Hay ideas muy extendidas sobre la innovación que conviene aclarar:

| Se suele creer que… | En realidad… |
| --- | --- |
| Innovar es comprar tecnología. | La tecnología ayuda, pero lo nuevo puede ser un trámite más simple, una forma distinta de escuchar o una norma mejor escrita. |
| Es un asunto de expertos. | Las mejores soluciones se construyen con quienes viven el problema: ciudadanía, funcionarios, universidades y empresas. |
| Hay que acertar a la primera. | Se prueba en pequeño, se mide y se ajusta antes de invertir en grande. |
| Termina cuando se lanza algo. | Se mide el resultado, y lo aprendido alimenta la siguiente mejora. |

## Cómo se innova: un ciclo

La innovación pública no es un momento de inspiración sino un proceso que se repite. Cada equipo lo describe a su manera; esta es una versión sencilla en cinco pasos.

![Diagrama del ciclo de la innovación pública en cinco pasos: entender, co-crear, probar en pequeño, medir, y escalar y compartir. Una flecha vuelve del último paso al primero.](/lecciones/imagenes/ciclo-innovacion-publica.svg "El ciclo de la innovación pública")

1. **Entender.** Antes de proponer soluciones, se escucha a quienes viven el problema y se revisan los datos disponibles.
2. **Co-crear.** Se generan ideas junto con la ciudadanía y los aliados: universidades, centros de productividad, empresas y organizaciones sociales.
3. **Probar en pequeño.** Se arma un prototipo, es decir, una versión sencilla de la idea, y se ensaya en un lugar y por un tiempo limitado.
4. **Medir.** Se usan datos para saber si el cambio funcionó, para quién y a qué costo.
5. **Escalar y compartir.** Lo que sirve se extiende; lo que no, se ajusta o se descarta. En ambos casos se cuenta lo aprendido, para que otros no repitan los mismos errores.

:::ejemplo
**Un caso imaginario.** Muchas personas pierden su turno en una ventanilla porque llegan sin un documento. Un equipo de innovación conversa con ellas y descubre que la lista de requisitos es difícil de entender. Con ciudadanos y funcionarios escribe una lista más clara y la envía por mensaje de texto antes de la cita, solo en una comuna y durante un mes. Después compara cuántas personas tuvieron que volver otro día. Si la cifra baja, la idea se extiende a toda la ciudad; si no, se busca otra explicación.
:::

## ¿Qué papel tiene la ciudadanía?

Uno central. La innovación pública parte de una convicción: el conocimiento para resolver un problema no está solo dentro de la Alcaldía. Está también en las comunidades, en la academia, en las empresas y en las organizaciones sociales.

Por eso el objetivo general del proyecto es diseñar un Laboratorio de Innovación Pública para la Alcaldía de Bucaramanga «que fomente la participación activa de la comunidad en la co-creación de soluciones innovadoras para los retos urbanos», e integre a la ciudadanía en el diseño, la implementación y la evaluación de las políticas públicas y los proyectos municipales.

Usted puede participar de varias maneras:

- Asistir a un taller de co-creación y aportar sus ideas.
- Revisar lo que produjeron los talleres en la sección [Talleres](/talleres).
- Consultar los [indicadores](/indicadores) y los [datos abiertos](/datos) para opinar con evidencia.

:::nota
Innovar implica aceptar que algunas pruebas no saldrán bien. Por eso se ensaya en pequeño, con reglas claras, cuidando los recursos públicos y protegiendo los datos personales de quienes participan.
:::

## Innovación y cultura del dato

El paso «medir» solo es posible si existen datos confiables y públicos. Esa es la razón de ser de esta plataforma: publica indicadores con su fuente y su método, y conjuntos de datos que cualquiera puede consultar y descargar. En el módulo «Cultura del dato» aprenderá a leerlos y a usarlos.

## En resumen

- La innovación pública busca soluciones nuevas y mejores a problemas públicos, con las personas y no solo para ellas.
- Un gobierno que innova es adaptable, cercano y efectivo.
- Se innova en ciclos: entender, co-crear, probar en pequeño, medir, y escalar y compartir.
- Los datos abiertos permiten saber si un cambio funcionó y rendir cuentas de ello.
`;

export const QUE_ES_LA_INNOVACION_PUBLICA: TSeedLesson = {
  slug: "que-es-la-innovacion-publica",
  moduleSlug: "innovacion-publica",
  order: 1,
  content: {
    title: "¿Qué es la innovación pública?",
    summary:
      "Qué significa innovar en el gobierno, por qué la Alcaldía de Bucaramanga la considera una necesidad y cómo puede usted ser parte de ella.",
    body,
    objectives: [
      "Explicar con sus palabras qué es la innovación pública y por qué no se reduce a comprar tecnología.",
      "Reconocer los pasos del ciclo de la innovación pública y el papel de la ciudadanía en cada uno.",
      "Saber dónde seguir, en esta plataforma, los talleres, indicadores y datos del laboratorio.",
    ],
    level: "BASICO",
    relatedIndicators: [
      "proyectos-innovacion-publica",
      "talleres-realizados",
      "participantes-cocreacion",
    ],
    relatedDatasets: ["actividades-laboratorio-innovacion-publica"],
    sources: [
      WORKSHOP_DECK_SOURCE,
      {
        title: "Fostering Innovation in the Public Sector",
        author: "Organización para la Cooperación y el Desarrollo Económicos (OCDE)",
        year: 2017,
        url: "https://doi.org/10.1787/9789264270879-en",
      },
      {
        title: "Declaration on Public Sector Innovation (OECD/LEGAL/0450)",
        author: "Organización para la Cooperación y el Desarrollo Económicos (OCDE)",
        year: 2019,
        url: "https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0450",
      },
      {
        title: "Observatory of Public Sector Innovation (OPSI)",
        author: "Organización para la Cooperación y el Desarrollo Económicos (OCDE)",
        year: null,
        url: "https://oecd-opsi.org/",
      },
    ],
    lastReviewedAt: SEED_LESSONS_REVIEWED_AT,
    quiz: [
      {
        id: "p1",
        kind: "SINGLE",
        prompt: "Según esta lección, ¿qué describe mejor la innovación pública?",
        options: [
          {
            id: "p1-a",
            label: "Comprar equipos y programas nuevos para las oficinas de la Alcaldía.",
            correct: false,
            feedback:
              "La tecnología puede ayudar, pero por sí sola no es innovación pública. Lo que cuenta es resolver mejor un problema público, y eso a veces se logra con un trámite más simple o una mejor forma de escuchar, sin comprar nada.",
          },
          {
            id: "p1-b",
            label:
              "Encontrar, con la ciudadanía, formas nuevas y mejores de resolver problemas públicos, y comprobar que funcionan.",
            correct: true,
            feedback:
              "Así es: se busca una solución mejor para un problema real, se construye con quienes lo viven y se mide si sirvió.",
          },
          {
            id: "p1-c",
            label: "Cambiarle el nombre a un programa para que parezca nuevo.",
            correct: false,
            feedback:
              "Un nombre nuevo no cambia la experiencia de nadie. La innovación pública se nota en los resultados: un servicio más accesible, un problema mejor resuelto.",
          },
        ],
        explanation:
          "La innovación pública es un proceso: entender el problema, co-crear, probar en pequeño, medir y escalar lo que funciona.",
      },
      {
        id: "p2",
        kind: "MULTIPLE",
        prompt:
          "¿Cuáles de estas acciones hacen parte del ciclo de la innovación pública? Marque todas las que apliquen.",
        options: [
          {
            id: "p2-a",
            label: "Escuchar a las personas que viven el problema antes de proponer soluciones.",
            correct: true,
            feedback:
              "Correcto: es el primer paso, «entender». Sin él, se corre el riesgo de resolver el problema equivocado.",
          },
          {
            id: "p2-b",
            label: "Probar una idea en pequeño antes de aplicarla en toda la ciudad.",
            correct: true,
            feedback:
              "Correcto: un prototipo en un lugar y por un tiempo limitado permite aprender sin arriesgar muchos recursos.",
          },
          {
            id: "p2-c",
            label: "Medir con datos si el cambio funcionó.",
            correct: true,
            feedback:
              "Correcto: medir es lo que distingue una buena intención de un resultado comprobado.",
          },
          {
            id: "p2-d",
            label: "Aplicar la solución en toda la ciudad sin probarla, para ahorrar tiempo.",
            correct: false,
            feedback:
              "Esa no: saltarse la prueba suele salir más caro. Si la idea falla a gran escala, se pierden recursos y confianza.",
          },
        ],
        explanation:
          "Los cinco pasos son entender, co-crear, probar en pequeño, medir, y escalar y compartir. Lo aprendido inicia un nuevo ciclo.",
      },
      {
        id: "p3",
        kind: "SINGLE",
        prompt:
          "En el taller del 16 de diciembre de 2024 se dijo que la innovación pública nos permite crear gobiernos más…",
        options: [
          {
            id: "p3-a",
            label: "grandes, costosos y centralizados.",
            correct: false,
            feedback:
              "No. Innovar no significa crecer ni gastar más; muchas innovaciones consisten en simplificar lo que ya existe.",
          },
          {
            id: "p3-b",
            label: "adaptables, cercanos y efectivos.",
            correct: true,
            feedback:
              "Exacto: adaptables a los cambios, cercanos a las personas y efectivos en sus resultados.",
          },
          {
            id: "p3-c",
            label: "rápidos, aunque sin participación ciudadana.",
            correct: false,
            feedback:
              "No. La participación es parte central de la innovación pública: las soluciones se construyen con la ciudadanía.",
          },
        ],
        explanation: "",
      },
    ],
  },
};
