// The "use it from a program" examples, with this site's real addresses. Plain strings built
// here once, for the dataset page and the developer guide. Python and R read the whole CSV
// with their usual tools; curl and the JSON examples use the row API.

export type TApiUrls = {
  rows: string;
  csv: string;
  json: string;
};

export function datasetApiUrls(origin: string, slug: string): TApiUrls {
  const base = `${origin}/api/v1/datasets/${encodeURIComponent(slug)}`;
  return {
    rows: `${base}/rows`,
    csv: `${base}/download?format=csv`,
    json: `${base}/download?format=json`,
  };
}

export type TApiSample = { id: "curl" | "python" | "r"; label: string; code: string };

/** curl, Python and R examples for one dataset. Comments are Spanish: they are for readers. */
export function datasetApiSamples(urls: TApiUrls): TApiSample[] {
  return [
    {
      id: "curl",
      label: "curl",
      code: [
        "# Las primeras 5 filas, en JSON",
        `curl "${urls.rows}?limit=5"`,
        "",
        "# El archivo completo, en CSV",
        `curl -o datos.csv "${urls.csv}"`,
      ].join("\n"),
    },
    {
      id: "python",
      label: "Python",
      code: [
        "import pandas as pd",
        "import requests",
        "",
        "# Filas en JSON, de 100 en 100 (la respuesta trae el cursor de la siguiente página)",
        `respuesta = requests.get("${urls.rows}", params={"limit": 100})`,
        "respuesta.raise_for_status()",
        "pagina = respuesta.json()",
        'print(pagina["total"], "filas")',
        'print(pagina["records"][:3])',
        "",
        "# El archivo completo, en una tabla de pandas",
        `datos = pd.read_csv("${urls.csv}")`,
        "print(datos.head())",
      ].join("\n"),
    },
    {
      id: "r",
      label: "R",
      code: [
        "library(jsonlite)",
        "",
        "# Filas en JSON, de 100 en 100",
        `pagina <- fromJSON("${urls.rows}?limit=100")`,
        "print(pagina$total)",
        "head(pagina$records)",
        "",
        "# El archivo completo, en un data.frame",
        `datos <- read.csv("${urls.csv}", encoding = "UTF-8")`,
        "head(datos)",
      ].join("\n"),
    },
  ];
}
