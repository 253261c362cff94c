import type { TApiSample } from "../datos/api-samples";

// The developer guide's examples, with this site's address and a real dataset when there is
// one. Spanish comments: they are for the reader.

export function guideSamples(origin: string, slug: string): TApiSample[] {
  const rows = `${origin}/api/v1/datasets/${slug}/rows`;
  const csv = `${origin}/api/v1/datasets/${slug}/download?format=csv`;
  const ckan = `${origin}/api/3/action`;
  return [
    {
      id: "curl",
      label: "curl",
      code: [
        "# Buscar conjuntos de datos (API de CKAN)",
        `curl "${ckan}/package_search?q=participacion&rows=10"`,
        "",
        "# Filas con un filtro y un orden (API de filas)",
        `curl -G "${rows}" \\`,
        '  --data-urlencode \'filters={"campo": "valor"}\' \\',
        "  --data-urlencode 'sort=_row desc' \\",
        "  --data-urlencode 'limit=20'",
        "",
        "# El conjunto completo en CSV",
        `curl -o datos.csv "${csv}"`,
        "",
        "# El catálogo en DCAT-AP (Turtle)",
        `curl "${origin}/catalog.ttl"`,
      ].join("\n"),
    },
    {
      id: "python",
      label: "Python",
      code: [
        "import pandas as pd",
        "import requests",
        "",
        `BASE = "${origin}"`,
        "",
        "# Todas las filas, de 1.000 en 1.000, siguiendo el enlace «next» (cursor)",
        `url = BASE + "/api/v1/datasets/${slug}/rows"`,
        'params = {"limit": 1000}',
        "filas = []",
        "while url:",
        "    respuesta = requests.get(url, params=params, timeout=60)",
        "    respuesta.raise_for_status()",
        "    pagina = respuesta.json()",
        '    filas.extend(pagina["records"])',
        '    url, params = pagina["next"], None  # «next» ya trae el cursor',
        "datos = pd.DataFrame(filas)",
        "",
        "# O, más rápido para el conjunto entero, la descarga en CSV",
        `datos = pd.read_csv(BASE + "/api/v1/datasets/${slug}/download?format=csv")`,
        "print(datos.describe())",
      ].join("\n"),
    },
    {
      id: "r",
      label: "R",
      code: [
        "library(jsonlite)",
        "",
        `base <- "${origin}"`,
        "",
        "# Conjuntos de datos del catálogo (API de CKAN)",
        'busqueda <- fromJSON(paste0(base, "/api/3/action/package_search?rows=100"))',
        'busqueda$result$results[, c("name", "title")]',
        "",
        "# Primeras filas, ordenadas (API de filas)",
        `filas <- fromJSON(paste0(base, "/api/v1/datasets/${slug}/rows?limit=100&sort=_row%20asc"))`,
        "head(filas$records)",
        "",
        "# El conjunto completo en CSV",
        `datos <- read.csv(paste0(base, "/api/v1/datasets/${slug}/download?format=csv"), encoding = "UTF-8")`,
        "summary(datos)",
      ].join("\n"),
    },
  ];
}
