// The package_search query shapes the catalog bench times, in process and over HTTP: free
// text, a CKAN client's organization filter, the newest first, and a CKAN harvester's page.
export const CATALOG_QUERIES = [
  { label: "q: texto en español", query: "q=participaci%C3%B3n%20ciudadana" },
  { label: "fq organization", query: "fq=organization:area-metropolitana-de-bucaramanga" },
  {
    label: "sort metadata_modified desc, facetas",
    query:
      "sort=metadata_modified%20desc&facet.field=%5B%22organization%22%2C%22groups%22%2C%22tags%22%2C%22res_format%22%2C%22license_id%22%5D",
  },
  {
    label: "cosechador: rows=100, id asc, fq metadata_modified",
    query:
      "rows=100&start=100&sort=id%20asc&fq=metadata_modified:%5B2024-01-01T00:00:00.000000Z%20TO%20*%5D",
  },
];
