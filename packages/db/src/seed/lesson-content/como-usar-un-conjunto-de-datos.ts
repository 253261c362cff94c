import { SEED_LESSONS_REVIEWED_AT, type TSeedLesson } from "./seed-lesson";

// Lesson 5: finding, reading, filtering and downloading a dataset, and the row API, practised on
// the catalog's demo dataset (the lesson says it is demo data). The text never states the row
// count: the find-the-value question asks the reader to look it up.

const DATASET = "actividades-laboratorio-innovacion-publica";
const ROWS_API = `/api/v1/datasets/${DATASET}/rows`;
// {"tipo_de_actividad":"Jornada de cultura del dato"}, as a query parameter.
const FILTER = encodeURIComponent(
  JSON.stringify({ tipo_de_actividad: "Jornada de cultura del dato" }),
);

const body = `## El conjunto de práctica

En esta lección usará el conjunto **Actividades del Laboratorio de Innovación Pública por comuna (demostración)**. Cada fila resume las actividades de un tipo (talleres de co-creación, jornadas de cultura del dato, mesas de trabajo con la ciudadanía o laboratorios de prototipado) en una comuna de Bucaramanga durante un mes de 2024 o 2025: cuántas hubo, cuántas personas asistieron, cuántas horas de trabajo sumaron y qué dependencia o institución las acompañó.

Estas son sus primeras filas, tal como están publicadas hoy:

::datos{slug="${DATASET}"}

:::importante
Son **datos de demostración**: muestran cómo se publicará el registro de actividades del laboratorio, pero no son cifras oficiales. Sirven para practicar sin riesgo.
:::

## Paso 1: encontrar el conjunto

Vaya a [Datos abiertos](/datos). Allí puede:

- Escribir palabras en el buscador, con o sin tildes; por ejemplo, «actividades laboratorio».
- Filtrar los resultados por tema, área o dependencia, entidad, formato o frecuencia de actualización.

La dirección de la página guarda su búsqueda: puede copiarla y compartirla, y quien la abra verá los mismos resultados.

## Paso 2: leer antes de usar

Al abrir el conjunto, revise primero los **Datos clave**: cuántas filas y columnas tiene, su licencia, su frecuencia de actualización y el periodo que cubre. Luego lea el **Diccionario de datos**, que explica cada columna:

| Columna | Campo en la API | Qué contiene |
| --- | --- | --- |
| Mes | mes | Primer día del mes de las actividades (fecha). |
| Tipo de actividad | tipo_de_actividad | Clase de actividad del laboratorio. |
| Comuna | comuna | Comuna de Bucaramanga donde se hicieron. |
| Actividades | actividades | Número de actividades de ese tipo en la comuna y el mes. |
| Participantes | participantes | Asistentes, sumados sobre las actividades. |
| Horas de trabajo | horas_de_trabajo | Horas de trabajo con la ciudadanía (número decimal). |
| Aliado | aliado | Dependencia o institución que acompañó. |

:::nota
El diccionario evita errores. La columna *Participantes* suma los asistentes de cada actividad, así que **una persona puede contar más de una vez**. Si suma esa columna, obtiene asistencias, no personas distintas.
:::

## Paso 3: explorar y filtrar

La **Vista previa de los datos** le permite revisar las filas sin descargar nada:

- **Buscar en todas las columnas.** Escriba una palabra, como «Morrorrico», y verá solo las filas que la contienen.
- **Filtrar una columna.** Escriba un valor exacto bajo la columna y pulse «Aplicar filtros». Por ejemplo, bajo *Tipo de actividad*, escriba «Jornada de cultura del dato».
- **Ver cuántas filas hay.** Debajo de la tabla se indica qué filas está viendo y cuántas hay en total, con la búsqueda y los filtros que haya aplicado.
- **Dibujar un gráfico rápido.** Elija una columna para el eje horizontal, otra para el vertical y cómo combinar los valores (suma o promedio), y pulse «Dibujar gráfico».

:::ejemplo
**Pregunta de práctica.** ¿En qué tipo de actividad hubo más asistencias? En el gráfico rápido, ponga *Tipo de actividad* en el eje horizontal y la suma de *Participantes* en el vertical. Recuerde la nota del diccionario: el resultado cuenta asistencias, no personas distintas.
:::

## Paso 4: descargar

En **Versiones y descargas** encontrará el archivo completo:

- **CSV**, para hojas de cálculo: texto en UTF-8, separado por comas.
- **JSON**, para programas.

Cada versión publicada sigue disponible aunque se publique una nueva. Así, un análisis hecho con una versión se puede repetir después con los mismos datos.

:::nota
El archivo descargado usa el formato internacional: fechas como 2024-01-01 y punto decimal (7.5). Si su hoja de cálculo está configurada en español y muestra mal las columnas o los números, no abra el archivo con doble clic: impórtelo desde el menú de datos e indique que está en UTF-8, separado por comas y con punto decimal.
:::

## Paso 5: consultar los datos con la API

Una **API** es una dirección web que le entrega datos a un programa, en lugar de una página para personas. La API de esta plataforma es pública: no necesita cuenta ni clave. Puede probarla en su navegador:

- [Las primeras 5 filas, en JSON](${ROWS_API}?limit=5)
- [Solo las jornadas de cultura del dato](${ROWS_API}?limit=5&filters=${FILTER})
- [El archivo completo, en CSV](/api/v1/datasets/${DATASET}/download?format=csv)

La primera dirección es esta:

\`\`\`
GET ${ROWS_API}?limit=5
\`\`\`

Y la segunda le añade el parámetro \`filters\`, con el campo y el valor buscados: \`{"tipo_de_actividad": "Jornada de cultura del dato"}\`.

La respuesta trae tres datos útiles:

- \`records\`: las filas, con los nombres de campo del diccionario (por ejemplo, \`tipo_de_actividad\`).
- \`total\`: cuántas filas cumplen la consulta.
- \`next\`: la dirección de la página siguiente, o \`null\` si no hay más.

En la [guía para desarrolladores](/desarrolladores) encontrará más ejemplos: búsqueda, orden, paginación y programas en Python y R.

## Paso 6: reutilizar con responsabilidad

- **Cite la fuente y la versión** que usó, con la fecha de consulta.
- **Explique sus cálculos**: qué filtró, qué sumó, qué promedió.
- **No mezcle** datos de demostración con cifras oficiales.
- **Avise si encuentra un error**: cada conjunto tiene un punto de contacto en su información.

## En resumen

- Busque el conjunto en [Datos abiertos](/datos) y lea sus datos clave y su diccionario antes de usarlo.
- Filtre y explore en la vista previa; descargue el archivo completo en CSV o JSON.
- Con la API puede pedir las filas desde un programa, con filtros, sin cuenta ni clave.
- Reutilice con responsabilidad: cite, explique y avise si algo no cuadra.
`;

export const COMO_USAR_UN_CONJUNTO_DE_DATOS: TSeedLesson = {
  slug: "como-usar-un-conjunto-de-datos",
  moduleSlug: "cultura-del-dato",
  order: 3,
  content: {
    title: "Cómo usar un conjunto de datos abiertos",
    summary:
      "Encuentre, explore, filtre y descargue un conjunto de datos del catálogo, y consulte sus filas con la API pública, practicando con el registro de actividades del laboratorio.",
    body,
    objectives: [
      "Encontrar un conjunto de datos en el catálogo y leer sus datos clave y su diccionario de datos.",
      "Buscar y filtrar filas en la vista previa, y descargar el archivo completo en CSV o JSON.",
      "Consultar las filas de un conjunto con la API pública, sin cuenta ni clave.",
    ],
    level: "INTERMEDIO",
    relatedIndicators: ["proyectos-innovacion-publica"],
    relatedDatasets: [DATASET],
    sources: [
      {
        title: "Guía para el uso y aprovechamiento de Datos Abiertos en Colombia",
        author:
          "Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC), Dirección de Gobierno Digital",
        year: 2021,
        url: null,
      },
      {
        title:
          "Ley 1712 de 2014, por medio de la cual se crea la Ley de Transparencia y del Derecho de Acceso a la Información Pública Nacional",
        author: "Congreso de la República de Colombia",
        year: 2014,
        url: "http://www.secretariasenado.gov.co/senado/basedoc/ley_1712_2014.html",
      },
      {
        title: "API guide (documentación de la API de CKAN)",
        author: "CKAN",
        year: null,
        url: "https://docs.ckan.org/en/latest/api/index.html",
      },
      {
        title: "DCAT Application Profile for data portals in Europe (DCAT-AP) 3.0.1",
        author: "SEMIC, Comisión Europea",
        year: null,
        url: "https://semiceu.github.io/DCAT-AP/releases/3.0.1/",
      },
    ],
    lastReviewedAt: SEED_LESSONS_REVIEWED_AT,
    quiz: [
      {
        id: "p1",
        kind: "FIND_VALUE",
        prompt:
          "¿Cuántas filas tiene la versión publicada del conjunto «Actividades del Laboratorio de Innovación Pública por comuna (demostración)»? Escriba solo el número.",
        source: { type: "dataset", slug: DATASET },
        tolerance: 0,
        feedbackCorrect:
          "Correcto: ese es el número de filas de la versión publicada. Tenga presente que cada fila es un mes, un tipo de actividad y una comuna: no es el número de actividades.",
        feedbackWrong:
          "Todavía no. Abra la página del conjunto en Datos abiertos y busque «Filas» en los datos clave, o abra la API sin filtros y lea el campo «total». Revise que no tenga filtros aplicados.",
        explanation:
          "Los datos clave de un conjunto le dicen su tamaño antes de descargarlo: filas, columnas y periodo que cubre.",
      },
      {
        id: "p2",
        kind: "SINGLE",
        prompt: "Según el diccionario de datos, ¿qué obtiene si suma la columna «Participantes»?",
        options: [
          {
            id: "p2-a",
            label: "El número de asistencias: una persona puede contar más de una vez.",
            correct: true,
            feedback:
              "Correcto. El diccionario lo advierte: los asistentes se suman sobre las actividades, así que quien fue a dos actividades cuenta dos veces.",
          },
          {
            id: "p2-b",
            label: "El número de personas distintas que participaron.",
            correct: false,
            feedback:
              "No. Para contar personas distintas habría que identificarlas, y este conjunto no lo hace (ni debe hacerlo). La suma cuenta asistencias.",
          },
          {
            id: "p2-c",
            label: "El número de actividades realizadas.",
            correct: false,
            feedback: "No: ese dato está en otra columna, «Actividades».",
          },
        ],
        explanation: "",
      },
      {
        id: "p3",
        kind: "SINGLE",
        prompt:
          "Quiere ver en la vista previa solo las filas de la comuna «Comuna 15 – Centro». ¿Qué hace?",
        options: [
          {
            id: "p3-a",
            label: "Escribe ese valor exacto bajo la columna «Comuna» y pulsa «Aplicar filtros».",
            correct: true,
            feedback:
              "Correcto: el filtro de una columna muestra las filas con exactamente ese valor. La tabla le dirá cuántas quedaron.",
          },
          {
            id: "p3-b",
            label: "Descarga el archivo y lo imprime para buscarlas a mano.",
            correct: false,
            feedback:
              "Funcionaría, pero es lento y propenso a errores. La vista previa filtra por usted, y la descarga sirve para trabajar con todos los datos.",
          },
          {
            id: "p3-c",
            label: "Crea una cuenta en la plataforma para poder filtrar.",
            correct: false,
            feedback:
              "No hace falta: consultar, filtrar y descargar datos abiertos no requiere cuenta.",
          },
        ],
        explanation: "",
      },
      {
        id: "p4",
        kind: "MULTIPLE",
        prompt:
          "¿Qué puede hacer con la API de filas de esta plataforma? Marque todas las que apliquen.",
        options: [
          {
            id: "p4-a",
            label: "Pedir las filas en JSON desde un programa, sin cuenta ni clave.",
            correct: true,
            feedback: "Correcto: la API es pública, como los datos.",
          },
          {
            id: "p4-b",
            label: "Filtrar las filas por el valor de una columna.",
            correct: true,
            feedback: "Correcto: con el parámetro «filters» y el nombre de campo del diccionario.",
          },
          {
            id: "p4-c",
            label: "Recorrer todas las filas, página por página, con el enlace «next».",
            correct: true,
            feedback:
              "Correcto: cada respuesta trae la dirección de la página siguiente hasta llegar al final.",
          },
          {
            id: "p4-d",
            label: "Modificar o borrar filas del conjunto publicado.",
            correct: false,
            feedback:
              "No. La API pública solo permite leer. Los datos los publica y corrige la dependencia responsable, con una nueva versión.",
          },
        ],
        explanation: "",
      },
    ],
  },
};
