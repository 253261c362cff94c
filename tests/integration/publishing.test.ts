import { createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { seed } from "@lab/db/seed";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createEditor, createSessionUser } from "./support/users";

// The publishing workflow: editors' changes are drafts (invisible to the public site, API and
// downloads) until an admin publishes them; submit, reject with a reason, publish; and the
// version checks that keep two officials from overwriting each other.

const SLUG = "proyectos-innovacion-publica"; // Secretaría de Planeación, annual

let db: TTestDatabase;
let admin: TSessionUser;
let editor: TSessionUser;
let colleague: TSessionUser;

const as = (session: TSessionUser | null) => createCaller({ session, prisma: db.prisma });
const publicValue = async (period: string) =>
  (await as(null).indicators.bySlug({ slug: SLUG })).observations.find(
    (o) => o.period === period && o.geography === "bucaramanga",
  )?.value;
const workspace = (who: TSessionUser = editor) => as(who).indicators.workspace({ slug: SLUG });
const rowOf = async (period: string, who: TSessionUser = editor) =>
  (await workspace(who)).rows.find((r) => r.period === period);

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  admin = await createSessionUser(db.prisma, "ADMIN");
  editor = await createEditor(db.prisma, ["Secretaría de Planeación"], "Ana Editora");
  colleague = await createEditor(db.prisma, ["Secretaría de Planeación"], "Beto Colega");
});

afterAll(async () => {
  await db?.drop();
});

describe("drafts", () => {
  it("keeps a recorded value off the public site until an admin publishes it", async () => {
    await as(editor).indicators.recordObservation({
      indicatorSlug: SLUG,
      period: "2041",
      value: 9,
    });
    expect(await publicValue("2041")).toBeUndefined();
    const ws = await workspace();
    expect(ws.state).toBe("CHANGED");
    expect(ws.rows.find((r) => r.period === "2041")).toMatchObject({
      value: 9,
      change: "new",
      updatedBy: "Ana Editora",
    });
    // The draft chart shows it; the public one does not.
    expect(ws.preview.observations.some((o) => o.period === "2041")).toBe(true);
    const rest = await as(null).indicators.list();
    expect(rest.find((i) => i.slug === SLUG)?.observations.some((o) => o.period === "2041")).toBe(
      false,
    );

    const submitted = await as(editor).indicators.submit({
      indicatorSlug: SLUG,
      revision: ws.revision,
    });
    expect(submitted.state).toBe("SUBMITTED");
    expect(await publicValue("2041")).toBeUndefined();

    const editable = await as(editor).indicators.editable();
    expect(editable.find((i) => i.slug === SLUG)).toMatchObject({
      state: "SUBMITTED",
      lastUpdatedBy: "Ana Editora",
    });

    await as(admin).indicators.publish({ indicatorSlug: SLUG, revision: submitted.revision });
    expect(await publicValue("2041")).toBe(9);
    const after = await workspace();
    expect(after.state).toBe("CLEAN");
    expect(after.pendingRows).toBe(0);
    expect(after.rows.find((r) => r.period === "2041")?.change).toBe("none");
    expect((await as(editor).indicators.editable()).find((i) => i.slug === SLUG)).toMatchObject({
      state: "CLEAN",
      lastUpdatedBy: admin.name,
    });
  });

  it("sends changes back with a reason, and the editor fixes and resubmits them", async () => {
    await as(editor).indicators.recordObservation({
      indicatorSlug: SLUG,
      period: "2042",
      value: 400,
    });
    const { revision } = await as(editor).indicators.submit({
      indicatorSlug: SLUG,
      revision: (await workspace()).revision,
    });
    const short = await failure(
      as(admin).indicators.reject({ indicatorSlug: SLUG, revision, reason: "mal" }),
    );
    expect(short.code).toBe("BAD_REQUEST");

    const rejected = await as(admin).indicators.reject({
      indicatorSlug: SLUG,
      revision,
      reason: "El valor de 2042 parece un error de digitación: revise la fuente.",
    });
    expect(rejected.state).toBe("REJECTED");
    const ws = await workspace();
    expect(ws.rejectionReason).toContain("error de digitación");
    expect(await publicValue("2042")).toBeUndefined();

    const row = ws.rows.find((r) => r.period === "2042");
    await as(editor).indicators.recordObservation({
      indicatorSlug: SLUG,
      period: "2042",
      value: 40,
      version: row?.version ?? null,
    });
    const fixed = await workspace();
    const again = await as(editor).indicators.submit({
      indicatorSlug: SLUG,
      revision: fixed.revision,
    });
    await as(admin).indicators.publish({ indicatorSlug: SLUG, revision: again.revision });
    expect(await publicValue("2042")).toBe(40);
  });

  it("removes a published value only when the deletion is published", async () => {
    await as(admin).indicators.recordObservation({
      indicatorSlug: SLUG,
      period: "2043",
      value: 3,
    });
    await as(admin).indicators.publish({
      indicatorSlug: SLUG,
      revision: (await workspace(admin)).revision,
    });
    const row = await rowOf("2043");
    await as(editor).indicators.deleteObservation({
      indicatorSlug: SLUG,
      period: "2043",
      version: row?.version ?? "",
    });
    expect((await rowOf("2043"))?.change).toBe("deleted");
    expect(await publicValue("2043")).toBe(3);
    await as(admin).indicators.publish({
      indicatorSlug: SLUG,
      revision: (await workspace(admin)).revision,
    });
    expect(await publicValue("2043")).toBeUndefined();
    expect(await rowOf("2043")).toBeUndefined();
  });

  it("publishes a ficha change and refuses one the unit cannot hold", async () => {
    const ws = await workspace();
    await as(editor).indicators.updateMetadata({
      indicatorSlug: SLUG,
      metadataVersion: ws.metadataVersion,
      changes: { name: "Proyectos de innovación pública acompañados", sourceName: "Planeación" },
    });
    expect((await as(null).indicators.bySlug({ slug: SLUG })).name).not.toBe(
      "Proyectos de innovación pública acompañados",
    );
    const draft = await workspace();
    expect(draft.preview.name).toBe("Proyectos de innovación pública acompañados");
    expect(draft.changedFields.sort()).toEqual(["name", "sourceName"]);

    const bad = await failure(
      as(editor).indicators.updateMetadata({
        indicatorSlug: SLUG,
        metadataVersion: draft.metadataVersion,
        changes: { targetValue: 2.5 }, // a count must be a whole number
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");

    await as(admin).indicators.publish({ indicatorSlug: SLUG, revision: draft.revision });
    const published = await as(null).indicators.bySlug({ slug: SLUG });
    expect(published.name).toBe("Proyectos de innovación pública acompañados");
    expect(published.sourceName).toBe("Planeación");
  });

  it("lets only admins publish or reject, and never an empty draft", async () => {
    const ws = await workspace();
    expect(
      (await failure(as(editor).indicators.publish({ indicatorSlug: SLUG, revision: ws.revision })))
        .code,
    ).toBe("FORBIDDEN");
    const empty = await failure(
      as(admin).indicators.publish({ indicatorSlug: SLUG, revision: ws.revision }),
    );
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.message).toBe("Este indicador no tiene cambios pendientes.");
  });

  it("writes the audit trail of every step", async () => {
    const { entries } = await as(admin).audit.forIndicator({ slug: SLUG });
    const actions = entries.map((e) => e.action);
    for (const action of [
      "observation.create",
      "observation.update",
      "observation.delete",
      "observation.publish",
      "observation.publish.delete",
      "indicator.metadata.update",
      "indicator.submit",
      "indicator.reject",
      "indicator.publish",
    ]) {
      expect(actions).toContain(action);
    }
    const rejection = entries.find((e) => e.action === "indicator.reject");
    expect(rejection?.after).toContain("error de digitación");
    const publication = entries.find(
      (e) => e.action === "observation.publish" && e.period === "2042",
    );
    expect(publication).toMatchObject({ before: null, after: "40", actorEmail: admin.email });
  });
});

describe("undoing the last pending change", () => {
  const OTHER = "conjuntos-datos-abiertos"; // Oficina TIC

  it("leaves the indicator clean when a new value is deleted before publishing", async () => {
    const saved = await as(admin).indicators.recordObservation({
      indicatorSlug: OTHER,
      period: "2040",
      value: 1,
    });
    expect((await as(admin).indicators.workspace({ slug: OTHER })).state).toBe("CHANGED");
    await as(admin).indicators.deleteObservation({
      indicatorSlug: OTHER,
      period: "2040",
      version: saved.version,
    });
    const ws = await as(admin).indicators.workspace({ slug: OTHER });
    expect({ state: ws.state, pendingRows: ws.pendingRows }).toEqual({
      state: "CLEAN",
      pendingRows: 0,
    });
    const listed = (await as(admin).indicators.editable()).find((i) => i.slug === OTHER);
    expect(listed?.state).toBe("CLEAN");
  });

  it("leaves the indicator clean when a ficha field is set back to its published value", async () => {
    const first = await as(admin).indicators.workspace({ slug: OTHER });
    const original = first.preview.unitLabel;
    const changed = await as(admin).indicators.updateMetadata({
      indicatorSlug: OTHER,
      metadataVersion: first.metadataVersion,
      changes: { unitLabel: "otra etiqueta" },
    });
    await as(admin).indicators.updateMetadata({
      indicatorSlug: OTHER,
      metadataVersion: changed.metadataVersion,
      changes: { unitLabel: original },
    });
    const ws = await as(admin).indicators.workspace({ slug: OTHER });
    expect({ state: ws.state, changedFields: ws.changedFields }).toEqual({
      state: "CLEAN",
      changedFields: [],
    });
  });
});

describe("optimistic concurrency", () => {
  it("refuses the second of two saves made from the same version, naming the first", async () => {
    await as(editor).indicators.recordObservation({
      indicatorSlug: SLUG,
      period: "2044",
      value: 1,
    });
    const seen = await rowOf("2044");
    await as(colleague).indicators.recordObservation({
      indicatorSlug: SLUG,
      period: "2044",
      value: 2,
      version: seen?.version ?? null,
    });
    const conflict = await failure(
      as(editor).indicators.recordObservation({
        indicatorSlug: SLUG,
        period: "2044",
        value: 3,
        version: seen?.version ?? null,
      }),
    );
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.message).toContain("Beto Colega");
    expect(conflict.message).toContain("ahora es 2");
    expect((await rowOf("2044"))?.value).toBe(2);
  });

  it("refuses a new value for a period someone already recorded", async () => {
    const conflict = await failure(
      as(editor).indicators.recordObservation({ indicatorSlug: SLUG, period: "2044", value: 5 }),
    );
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.message).toContain("Ya hay un valor para 2044");
  });

  it("refuses deleting a value that changed since it was shown", async () => {
    const seen = await rowOf("2044");
    await as(colleague).indicators.recordObservation({
      indicatorSlug: SLUG,
      period: "2044",
      value: 8,
      version: seen?.version ?? null,
    });
    const conflict = await failure(
      as(editor).indicators.deleteObservation({
        indicatorSlug: SLUG,
        period: "2044",
        version: seen?.version ?? "",
      }),
    );
    expect(conflict.code).toBe("CONFLICT");
    expect((await rowOf("2044"))?.value).toBe(8);
  });

  it("refuses a ficha saved from an old version, and a publication of what was not reviewed", async () => {
    const ws = await workspace();
    await as(colleague).indicators.updateMetadata({
      indicatorSlug: SLUG,
      metadataVersion: ws.metadataVersion,
      changes: { unitLabel: "proyectos acompañados" },
    });
    const conflict = await failure(
      as(editor).indicators.updateMetadata({
        indicatorSlug: SLUG,
        metadataVersion: ws.metadataVersion,
        changes: { unitLabel: "iniciativas" },
      }),
    );
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.message).toContain("Beto Colega");
    expect(conflict.message).toContain("Etiqueta de la unidad");
    expect((await workspace()).preview.unitLabel).toBe("proyectos acompañados");

    const stale = await failure(
      as(admin).indicators.publish({ indicatorSlug: SLUG, revision: ws.revision }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await publicValue("2044")).toBeUndefined();
  });

  it("serialises simultaneous saves from one version: exactly one wins", async () => {
    await as(editor).indicators.recordObservation({
      indicatorSlug: SLUG,
      period: "2045",
      value: 1,
    });
    const seen = await rowOf("2045");
    const results = await Promise.allSettled(
      [10, 20, 30, 40].map((value, i) =>
        as(i % 2 ? colleague : editor).indicators.recordObservation({
          indicatorSlug: SLUG,
          period: "2045",
          value,
          version: seen?.version ?? null,
        }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const lost = results.filter((r) => r.status === "rejected");
    expect(lost.every((r) => (r.reason as TRPCError).code === "CONFLICT")).toBe(true);
  });
});

describe("a new indicator", () => {
  const input = {
    code: "INN-09",
    slug: "retos-publicos-abiertos",
    name: "Retos públicos abiertos a la ciudadanía",
    description:
      "Retos de ciudad publicados por el laboratorio para que la ciudadanía proponga soluciones.",
    dimension: "INNOVACION_PUBLICA",
    unit: "COUNT",
    periodicity: "ANNUAL",
    geographicBreakdown: "MUNICIPALITY",
    officeSlug: "secretaria-de-planeacion",
    sourceName: "Laboratorio de Innovación Pública",
    direction: "HIGHER_IS_BETTER",
    decimals: 0,
    targetValue: "12",
  } as const;

  it("stays off the public site until its first publication, values included", async () => {
    const { slug } = await as(admin).indicators.create(input);
    expect(slug).toBe("retos-publicos-abiertos");
    expect((await failure(as(null).indicators.bySlug({ slug }))).code).toBe("NOT_FOUND");

    // The owning office's editors see it in their list, and record its first value.
    const listed = (await as(editor).indicators.editable()).find((i) => i.slug === slug);
    expect(listed).toMatchObject({ everPublished: false, state: "CHANGED" });
    await as(editor).indicators.recordObservation({
      indicatorSlug: slug,
      period: "2025",
      value: 4,
    });
    const ws = await as(editor).indicators.workspace({ slug });
    await as(admin).indicators.publish({ indicatorSlug: slug, revision: ws.revision });

    const published = await as(null).indicators.bySlug({ slug });
    expect(published).toMatchObject({ name: input.name, targetValue: 12 });
    expect(published.observations.map((o) => [o.period, o.value])).toEqual([["2025", 4]]);
  });

  it("refuses a code or address already in use, and an office that does not exist", async () => {
    const error = await failure(
      as(admin).indicators.create({ ...input, officeSlug: "secretaria-de-nada" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const fields = (error.cause as { fieldErrors?: Record<string, string[]> } | undefined)
      ?.fieldErrors;
    expect(Object.keys(fields ?? {}).sort()).toEqual(["code", "officeSlug", "slug"]);
  });

  it("refuses the address of the creation page itself", async () => {
    const error = await failure(
      as(admin).indicators.create({ ...input, code: "INN-11", slug: "nuevo" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("is created by admins only", async () => {
    const error = await failure(as(editor).indicators.create({ ...input, code: "INN-10" }));
    expect(error.code).toBe("FORBIDDEN");
  });
});
