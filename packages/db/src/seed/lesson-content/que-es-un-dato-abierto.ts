import { SEED_LESSONS_REVIEWED_AT, type TSeedLesson } from "./seed-lesson";

// Lesson 3: the workshop opened with "Innovación y la cultura del dato". What open data is,
// licences and formats (as /datos/licencias and the downloads offer them), and the law.

const body = `## Cultura del dato

El taller que dio origen al laboratorio abrió con un tema: «Innovación y la cultura del dato». No fue casualidad. Para innovar hay que saber dónde estamos y si un cambio funcionó, y eso se sabe con datos.

**Cultura del dato** es la costumbre, de una entidad y de una sociedad, de recoger datos con cuidado, publicarlos, entenderlos y usarlos para decidir y rendir cuentas. Una parte esencial de esa cultura son los datos abiertos.

## ¿Qué es un dato abierto?

La Ley 1712 de 2014, de transparencia y acceso a la información pública, define los datos abiertos (artículo 6) como datos primarios o sin procesar, en formatos estándar e interoperables, que son puestos «a disposición de cualquier ciudadano, de forma libre y sin restricciones, con el fin de que terceros puedan reutilizarlos y crear servicios derivados de los mismos».

En la práctica, un dato es abierto cuando cumple tres condiciones:

1. **Acceso libre.** Cualquiera puede consultarlo y descargarlo, sin pagar, sin registrarse y sin explicar para qué lo quiere.
2. **Formato abierto y legible por máquina.** Está en un formato que un programa puede leer y procesar, como CSV o JSON, y no depende de un solo programa.
3. **Licencia abierta.** Una licencia dice con claridad que se puede usar, transformar y volver a publicar, para cualquier fin.

La Definición Abierta de la Open Knowledge Foundation lo resume de forma parecida: algo es abierto si cualquiera puede acceder a ello, usarlo, modificarlo y compartirlo libremente, con, a lo sumo, la condición de reconocer su origen y mantenerlo abierto.

## Formatos: que una máquina los pueda leer

Un dato publicado como fotografía de una tabla se puede *ver*, pero no *reutilizar*: habría que digitarlo de nuevo. Compare:

| Formato | ¿Lo lee un programa? | Para qué sirve |
| --- | --- | --- |
| CSV | Sí | Tablas en texto plano; se abre en cualquier hoja de cálculo. |
| JSON | Sí | Intercambio entre programas; es el formato de las API. |
| XLSX (Excel) | Sí, con más trabajo | Cómodo para trabajar; conviene publicarlo junto con un CSV. |
| PDF | Con dificultad | Bueno para leer un informe, malo para reutilizar sus tablas. |
| Imagen o documento escaneado | No | Solo se puede mirar; para usar los datos hay que digitarlos otra vez. |

En esta plataforma, cada conjunto de datos se descarga en CSV y en JSON, y cada indicador ofrece sus datos en los mismos dos formatos.

:::nota
Un dato abierto viene con sus **metadatos**: quién lo publica, qué significa cada columna, cada cuánto se actualiza, qué periodo cubre y bajo qué licencia se publica. Sin esa información, un archivo es difícil de entender y fácil de malinterpretar.
:::

## Licencias: el permiso para reutilizar

La licencia le da tranquilidad a quien reutiliza un dato: le dice qué puede hacer y qué debe hacer a cambio. En la página [Licencias de los datos abiertos](/datos/licencias) encontrará las que usa la Alcaldía:

- **Creative Commons Atribución 4.0 (CC BY 4.0).** Puede usar, copiar, adaptar y redistribuir los datos para cualquier fin, también comercial, siempre que cite a la Alcaldía de Bucaramanga como fuente e indique si hizo cambios.
- **Creative Commons Cero (CC0 1.0).** La entidad renuncia a sus derechos en la medida en que la ley lo permite: no necesita pedir permiso ni citar, aunque citar sigue siendo una buena práctica.
- **Términos de uso de datos abiertos del Gobierno de Colombia.** Permiten consultar, descargar y reutilizar la información para cualquier fin lícito, citando a la entidad que la publica y sin alterar su sentido.

:::ejemplo
**Cómo citar un conjunto de datos.** «Fuente: Alcaldía de Bucaramanga, *Actividades del Laboratorio de Innovación Pública por comuna (demostración)*, datos abiertos, consultado el 3 de marzo de 2026». Si calculó promedios o filtró filas, dígalo: «Cálculos propios a partir de…».
:::

## Lo que dice la ley en Colombia

- **Ley 1712 de 2014.** Regula el derecho de acceso a la información pública. Según su principio de máxima publicidad, toda información en poder de una entidad pública es pública, salvo que la Constitución o la ley la exceptúen. Las excepciones están en sus artículos 18 (información clasificada, por ejemplo para proteger la intimidad de las personas) y 19 (información reservada, por ejemplo por defensa y seguridad nacional).
- **Ley 1581 de 2012.** Protege los datos personales. Para tratarlos se necesita la autorización de su titular y una finalidad que se le informa. Por eso un dato abierto **no** debe exponer a las personas: se publican conteos y agregados, no nombres, correos ni teléfonos sin consentimiento.
- **Documento CONPES 3920 de 2018.** La Política Nacional de Explotación de Datos (Big Data) reconoce los datos como un activo para generar valor social y económico.

:::importante
Abrir datos no significa exponer datos personales. Los resultados de los talleres de esta plataforma, por ejemplo, muestran instituciones y conteos por tipo de institución; el nombre de una persona aparece solo si ella lo autorizó.
:::

El portal nacional, [datos.gov.co](https://www.datos.gov.co), reúne los datos abiertos de las entidades públicas de Colombia. El catálogo de esta plataforma describe sus conjuntos con estándares internacionales (DCAT-AP y la API de CKAN) para que otros portales puedan recogerlos.

## Principios internacionales

La Carta Internacional de Datos Abiertos (Open Data Charter), adoptada en 2015 por gobiernos de países y ciudades, propone seis principios. Los datos deben ser:

1. Abiertos por defecto.
2. Oportunos y exhaustivos.
3. Accesibles y utilizables.
4. Comparables e interoperables.
5. Para mejorar la gobernanza y la participación ciudadana.
6. Para el desarrollo incluyente y la innovación.

## Los datos abiertos de la Alcaldía en el tablero

Este indicador cuenta los conjuntos de datos abiertos publicados por la Alcaldía. Por ahora usa datos de demostración:

::indicador{slug="conjuntos-datos-abiertos"}

En el [catálogo de datos abiertos](/datos) puede ver cada conjunto con su licencia, su diccionario de columnas y sus descargas. En la lección «Cómo usar un conjunto de datos abiertos» practicará con uno de ellos.

## En resumen

- Un dato abierto se puede consultar y descargar libremente, está en un formato que un programa puede leer y tiene una licencia que permite reutilizarlo.
- CSV y JSON son formatos abiertos; una imagen de una tabla no lo es.
- La licencia CC BY 4.0 permite cualquier uso, citando la fuente.
- La Ley 1712 de 2014 hace pública la información del Estado, salvo excepciones; la Ley 1581 de 2012 protege los datos personales.
`;

export const QUE_ES_UN_DATO_ABIERTO: TSeedLesson = {
  slug: "que-es-un-dato-abierto",
  moduleSlug: "cultura-del-dato",
  order: 1,
  content: {
    title: "¿Qué es un dato abierto?",
    summary:
      "La cultura del dato y los datos abiertos: qué condiciones cumplen, qué licencias y formatos los hacen reutilizables y qué dicen la Ley 1712 de 2014 y la Ley 1581 de 2012.",
    body,
    objectives: [
      "Reconocer las tres condiciones de un dato abierto: acceso libre, formato legible por máquina y licencia abierta.",
      "Distinguir formatos reutilizables, como CSV y JSON, de los que solo sirven para mirar, como una imagen escaneada.",
      "Saber qué permite la licencia CC BY 4.0 y cómo citar un conjunto de datos.",
      "Explicar qué establece la Ley 1712 de 2014 sobre la información pública y qué protege la Ley 1581 de 2012.",
    ],
    level: "BASICO",
    relatedIndicators: ["conjuntos-datos-abiertos"],
    relatedDatasets: [
      "actividades-laboratorio-innovacion-publica",
      "asistencia-taller-innovacion-2024-por-tipo-de-institucion",
    ],
    sources: [
      {
        title:
          "Ley 1712 de 2014, por medio de la cual se crea la Ley de Transparencia y del Derecho de Acceso a la Información Pública Nacional",
        author: "Congreso de la República de Colombia",
        year: 2014,
        url: "http://www.secretariasenado.gov.co/senado/basedoc/ley_1712_2014.html",
      },
      {
        title:
          "Ley Estatutaria 1581 de 2012, por la cual se dictan disposiciones generales para la protección de datos personales",
        author: "Congreso de la República de Colombia",
        year: 2012,
        url: "http://www.secretariasenado.gov.co/senado/basedoc/ley_1581_2012.html",
      },
      {
        title: "Documento CONPES 3920: Política Nacional de Explotación de Datos (Big Data)",
        author:
          "Consejo Nacional de Política Económica y Social; Departamento Nacional de Planeación",
        year: 2018,
        url: null,
      },
      {
        title: "Guía para el uso y aprovechamiento de Datos Abiertos en Colombia",
        author:
          "Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC), Dirección de Gobierno Digital",
        year: 2021,
        url: null,
      },
      {
        title: "Portal de Datos Abiertos del Estado colombiano",
        author: "Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC)",
        year: null,
        url: "https://www.datos.gov.co/",
      },
      {
        title: "International Open Data Charter: principles",
        author: "Open Data Charter",
        year: 2015,
        url: "https://opendatacharter.net/principles/",
      },
      {
        title: "The Open Definition, versión 2.1",
        author: "Open Knowledge Foundation",
        year: 2015,
        url: "https://opendefinition.org/",
      },
      {
        title: "Atribución 4.0 Internacional (CC BY 4.0)",
        author: "Creative Commons",
        year: 2013,
        url: "https://creativecommons.org/licenses/by/4.0/deed.es",
      },
      {
        title: "CC0 1.0 Universal: dedicación al dominio público",
        author: "Creative Commons",
        year: 2009,
        url: "https://creativecommons.org/publicdomain/zero/1.0/deed.es",
      },
    ],
    lastReviewedAt: SEED_LESSONS_REVIEWED_AT,
    quiz: [
      {
        id: "p1",
        kind: "MULTIPLE",
        prompt:
          "¿Qué condiciones debe cumplir un dato para ser abierto? Marque todas las que apliquen.",
        options: [
          {
            id: "p1-a",
            label: "Se puede consultar y descargar sin pedir permiso ni pagar.",
            correct: true,
            feedback: "Correcto: el acceso libre, sin registro ni costo, es la primera condición.",
          },
          {
            id: "p1-b",
            label: "Está en un formato que un programa puede leer, como CSV.",
            correct: true,
            feedback:
              "Correcto: si un programa no puede leerlo, reutilizarlo exige digitarlo de nuevo.",
          },
          {
            id: "p1-c",
            label: "Tiene una licencia que permite reutilizarlo.",
            correct: true,
            feedback:
              "Correcto: la licencia le dice a quien reutiliza qué puede hacer y qué debe hacer a cambio, como citar la fuente.",
          },
          {
            id: "p1-d",
            label: "Solo lo pueden usar los funcionarios públicos.",
            correct: false,
            feedback:
              "No. Un dato abierto está a disposición de cualquier persona, «de forma libre y sin restricciones», como dice la Ley 1712 de 2014.",
          },
          {
            id: "p1-e",
            label: "Está publicado como fotografía de una tabla impresa.",
            correct: false,
            feedback:
              "No. Una fotografía se puede mirar, pero un programa no puede leer sus cifras: no es un formato abierto para datos.",
          },
        ],
        explanation:
          "Acceso libre, formato legible por máquina y licencia abierta: las tres condiciones juntas hacen que un dato sea realmente reutilizable.",
      },
      {
        id: "p2",
        kind: "SINGLE",
        prompt:
          "Un conjunto de datos se publica con la licencia CC BY 4.0. ¿Qué debe hacer si lo usa en un informe?",
        options: [
          {
            id: "p2-a",
            label: "Citar a la Alcaldía de Bucaramanga como fuente e indicar si hizo cambios.",
            correct: true,
            feedback:
              "Correcto: la atribución es la única condición de CC BY 4.0. Con ella puede usar los datos para cualquier fin.",
          },
          {
            id: "p2-b",
            label: "Pedir permiso por escrito a la Alcaldía antes de usarlo.",
            correct: false,
            feedback:
              "No hace falta: la licencia ya es el permiso. Justamente para eso se publica con una licencia abierta.",
          },
          {
            id: "p2-c",
            label: "Nada: puede presentar los datos como propios.",
            correct: false,
            feedback:
              "No. CC BY 4.0 exige reconocer la fuente. Presentar los datos como propios incumple la licencia.",
          },
          {
            id: "p2-d",
            label: "No puede usarlo si su informe tiene fines comerciales.",
            correct: false,
            feedback:
              "No. CC BY 4.0 permite también el uso comercial; las licencias que lo prohíben llevan las letras «NC».",
          },
        ],
        explanation: "",
      },
      {
        id: "p3",
        kind: "SINGLE",
        prompt: "¿Qué norma colombiana regula el derecho de acceso a la información pública?",
        options: [
          {
            id: "p3-a",
            label: "La Ley 1712 de 2014",
            correct: true,
            feedback:
              "Correcto: la Ley de Transparencia y del Derecho de Acceso a la Información Pública Nacional.",
          },
          {
            id: "p3-b",
            label: "La Ley 1581 de 2012",
            correct: false,
            feedback:
              "No: la Ley 1581 de 2012 protege los datos personales. Las dos se complementan: se publica lo público y se protege lo personal.",
          },
          {
            id: "p3-c",
            label: "El Documento CONPES 3920 de 2018",
            correct: false,
            feedback:
              "No: el CONPES 3920 es la Política Nacional de Explotación de Datos, un documento de política, no una ley.",
          },
        ],
        explanation: "",
      },
      {
        id: "p4",
        kind: "SINGLE",
        prompt:
          "¿Qué se puede publicar de un taller sin pedir el consentimiento de quienes asistieron?",
        options: [
          {
            id: "p4-a",
            label: "El número de asistentes por tipo de institución.",
            correct: true,
            feedback:
              "Correcto: un conteo agregado no identifica a nadie, así que puede ser un dato abierto.",
          },
          {
            id: "p4-b",
            label: "El nombre, el correo y el teléfono de cada asistente.",
            correct: false,
            feedback:
              "No. Son datos personales: la Ley 1581 de 2012 exige la autorización de cada persona y una finalidad informada.",
          },
          {
            id: "p4-c",
            label: "La lista de asistencia escaneada, con las firmas.",
            correct: false,
            feedback:
              "No. Además de contener datos personales, una lista escaneada es una imagen: ni protege a las personas ni sirve como dato abierto.",
          },
        ],
        explanation:
          "Abrir datos no es exponer personas: se publican agregados, y los datos personales solo con autorización.",
      },
    ],
  },
};
