import { parseRowsParams } from "@lab/domain/dataset-query";
import { describe, expect, it } from "vitest";
import { cursorOf, errorMessageOf, nextSort, readRowsAnswer, rowsUrl } from "./rows-api";

describe("the preview grid's requests to the row API", () => {
  it("are read back by the row API as the grid meant them", () => {
    const url = rowsUrl("asistencia-talleres", {
      q: " universidad ",
      filters: { comuna: "Norte", vacio: "  ", anio: "2024" },
      sort: { field: "asistentes", direction: "desc" },
      limit: 25,
      cursor: "abc",
      fields: ["_row", "comuna", "asistentes"],
    });
    expect(url.startsWith("/api/v1/datasets/asistencia-talleres/rows?")).toBe(true);
    const raw = Object.fromEntries(new URL(url, "http://x").searchParams);
    expect(parseRowsParams(raw)).toMatchObject({
      q: "universidad",
      filters: { comuna: "Norte", anio: "2024" },
      sort: [{ field: "asistentes", direction: "desc" }],
      limit: 25,
      cursor: "abc",
      fields: ["_row", "comuna", "asistentes"],
    });
    // Without fields, every column.
    const all = rowsUrl("x", { q: "", filters: {}, sort: null, limit: 5, cursor: null });
    expect(parseRowsParams(Object.fromEntries(new URL(all, "http://x").searchParams)).fields).toBe(
      null,
    );
  });

  it("take the cursor out of the answer's next address", () => {
    expect(cursorOf("http://localhost:3000/api/v1/datasets/x/rows?limit=5&cursor=eyJ9")).toBe(
      "eyJ9",
    );
    expect(cursorOf("/api/v1/datasets/x/rows?cursor=a%2Bb")).toBe("a+b");
    expect(cursorOf(null)).toBeNull();
  });

  it("read answers and errors defensively", () => {
    expect(
      readRowsAnswer({
        fields: [{ id: "a", type: "text" }],
        records: [{ a: "x" }],
        total: 10,
        total_is_estimate: true,
        next: "/rows?cursor=c",
      }),
    ).toEqual({
      fields: [{ id: "a", type: "text" }],
      records: [{ a: "x" }],
      total: 10,
      totalIsEstimate: true,
      nextCursor: "c",
    });
    expect(readRowsAnswer({ error: { message: "no" } })).toBeNull();
    expect(errorMessageOf({ error: { code: "BAD_REQUEST", message: "Revise el filtro." } })).toBe(
      "Revise el filtro.",
    );
  });

  it("cycle a column's sort: ascending, descending, off", () => {
    const asc = nextSort(null, "a");
    expect(asc).toEqual({ field: "a", direction: "asc" });
    const desc = nextSort(asc, "a");
    expect(desc).toEqual({ field: "a", direction: "desc" });
    expect(nextSort(desc, "a")).toBeNull();
    expect(nextSort(desc, "b")).toEqual({ field: "b", direction: "asc" });
  });
});
