import { parseRowsParams } from "@lab/domain/dataset-query";
import { describe, expect, it } from "vitest";
import { rowsUrl } from "./rows-api";
import {
  blockFields,
  columnBlocks,
  gridFields,
  initialGridFields,
  MAX_GRID_COLUMNS,
  matchColumns,
  shownBlock,
  toggleField,
} from "./wide-columns";

const wide = Array.from({ length: 1000 }, (_, i) => ({
  field: `medida_${i + 1}`,
  name: `Medida ${i + 1}`,
}));
const narrow = wide.slice(0, 7);

describe("a wide dataset's preview grid", () => {
  it("reads the row number and the first 50 columns; a narrow dataset reads everything", () => {
    const fields = initialGridFields(wide);
    expect(MAX_GRID_COLUMNS).toBe(50);
    expect(fields).toHaveLength(51);
    expect(fields?.slice(0, 3)).toEqual(["_row", "medida_1", "medida_2"]);
    expect(fields?.at(-1)).toBe("medida_50");
    expect(initialGridFields(narrow)).toBeNull();
    // As the row API reads the grid's request.
    const url = rowsUrl("x", { q: "", filters: {}, sort: null, limit: 25, cursor: null, fields });
    expect(
      parseRowsParams(Object.fromEntries(new URL(url, "http://x").searchParams)).fields,
    ).toEqual(fields);
  });

  it("keeps the file's order whatever order columns are chosen in", () => {
    expect(gridFields(wide, ["medida_900", "medida_3"])).toEqual([
      "_row",
      "medida_3",
      "medida_900",
    ]);
  });

  it("adds a column only below the limit, and never hides the last one", () => {
    const first = blockFields(wide, 1);
    expect(toggleField(wide, first, "medida_51")).toEqual(first);
    const fewer = toggleField(wide, first, "medida_2");
    expect(fewer).toHaveLength(49);
    expect(toggleField(wide, fewer, "medida_600")).toContain("medida_600");
    expect(toggleField(wide, ["medida_9"], "medida_9")).toEqual(["medida_9"]);
  });

  it("offers blocks of 50 and knows when the choice is one", () => {
    const blocks = columnBlocks(1000);
    expect(blocks).toHaveLength(20);
    expect(blocks.at(-1)).toEqual({ from: 951, to: 1000 });
    expect(columnBlocks(120).at(-1)).toEqual({ from: 101, to: 120 });
    expect(shownBlock(wide, blockFields(wide, 951))).toBe(951);
    expect(shownBlock(wide, blockFields(wide, 1))).toBe(1);
    expect(shownBlock(wide, toggleField(wide, blockFields(wide, 1), "medida_2"))).toBeNull();
  });

  it("finds columns by name, accents and case aside, or by field", () => {
    const columns = [
      { field: "poblacion", name: "Población" },
      { field: "anio", name: "Año" },
    ];
    expect(matchColumns(columns, "POBLACION").map((c) => c.field)).toEqual(["poblacion"]);
    expect(matchColumns(columns, "ano").map((c) => c.field)).toEqual(["anio"]);
    expect(matchColumns(columns, "anio").map((c) => c.field)).toEqual(["anio"]);
    expect(matchColumns(columns, "  ")).toHaveLength(2);
  });
});
