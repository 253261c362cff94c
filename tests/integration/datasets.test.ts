import { createCaller } from "@lab/api/root";
import { getPublishedDataset, listPublishedDatasets } from "@lab/api/services/dataset-read";
import { downloadDataset } from "@lab/api/services/dataset-rows";
import { uploadVersion } from "@lab/api/services/dataset-upload";
import type { TSessionUser } from "@lab/api/trpc";
import { createBus, type TBus } from "@lab/db/bus";
import { seed } from "@lab/db/seed";
import type { TCreateDatasetInput, TDatasetMetadataForm } from "@lab/domain/dataset";
import type { TDatasetMetadataView } from "@lab/domain/dataset-workspace";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

// The publisher's side of the catalog: datasets created as drafts, metadata edited with a
// version token, versions published in one transaction (the public sees only the published
// one; earlier ones stay downloadable), rolled back, unpublished; each change audited; the
// quality score. Versions are uploaded through the real upload service (the datastore loader)
// and downloaded through the real download service.

let db: TTestDatabase;
let bus: TBus;
let tic: TSessionUser;
let colleague: TSessionUser;

const as = (session: TSessionUser | null) => createCaller({ session, prisma: db.prisma });

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** Saves metadata as the form sends it: what forPublisher returned, with some fields changed. */
const updateMetadata = (
  who: TSessionUser,
  input: { slug: string; metadataVersion: string; metadata: TDatasetMetadataView },
) =>
  as(who).datasets.updateMetadata({
    ...input,
    metadata: input.metadata as TDatasetMetadataForm,
  });

const fieldErrors = (error: TRPCError) =>
  (error.cause as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;

function input(slug: string, extra: Partial<TCreateDatasetInput> = {}) {
  return {
    slug,
    title: "Actividades del laboratorio",
    description:
      "Registro de las actividades del Laboratorio de Innovación Pública por mes, tipo de actividad y comuna.",
    theme: "gobierno-y-participacion",
    contactName: "Oficina TIC",
    contactEmail: "datosabiertos@bucaramanga.gov.co",
    updateFrequency: "MONTHLY",
    ...extra,
  } as TCreateDatasetInput;
}

async function* bytes(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, "utf8");
}

/** A version uploaded as the publisher's browser sends it, loaded by the real loader. */
async function upload(slug: string, csv: string, fileName: string) {
  return uploadVersion(db.prisma, db.config, tic, slug, bytes(csv), { fileName });
}

/** A loaded (READY) version with these rows. */
async function loadedVersion(slug: string, rows: [string, number][], fileName = "actividades.csv") {
  const csv = ["Comuna,Actividades", ...rows.map(([c, n]) => `${c},${n}`)].join("\n");
  const result = await upload(slug, csv, fileName);
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  const dataset = await db.prisma.dataset.findUniqueOrThrow({ where: { slug } });
  return db.prisma.datasetVersion.findUniqueOrThrow({
    where: { datasetId_number: { datasetId: dataset.id, number: result.version.number } },
  });
}

/** The CSV a visitor downloads of version `number` (an earlier published one, or the current). */
async function download(slug: string, number?: number): Promise<string> {
  const file = await downloadDataset({ prisma: db.prisma, database: db.config }, slug, {
    format: "csv",
    ...(number === undefined ? {} : { version: String(number) }),
  });
  let text = "";
  for await (const chunk of file.body) text += Buffer.from(chunk).toString("utf8");
  return text.replace(/^\uFEFF/, "");
}

const tableRows = async (tableName: string) =>
  (
    await db.driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM datastore."${tableName}"`)
  )[0]?.n;

const auditActions = async (slug: string) => {
  const dataset = await db.prisma.dataset.findUniqueOrThrow({ where: { slug } });
  const entries = await db.prisma.auditEntry.findMany({
    where: { entityType: "Dataset", entityId: dataset.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { actor: { select: { name: true } } },
  });
  return entries;
};

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  bus = createBus(db.config, { reconnectMs: [50, 200] });
  tic = await createSessionUser(db.prisma, "PUBLISHER");
  await db.prisma.user.update({ where: { id: tic.id }, data: { name: "Ana de la Oficina TIC" } });
  tic = { ...tic, name: "Ana de la Oficina TIC" };
  colleague = await createSessionUser(db.prisma, "ADMIN");
  await db.prisma.user.update({
    where: { id: colleague.id },
    data: { name: "Beto Administrador" },
  });
});

afterAll(async () => {
  await bus?.close();
  await db?.drop();
});

describe("creating a dataset", () => {
  it("starts as an unpublished draft with the Alcaldía's entity block, off the public catalog", async () => {
    const created = await as(tic).datasets.create(
      input("actividades-del-laboratorio", {
        keywords: ["innovación", "talleres", "innovación"],
        officeSlug: "oficina-tic",
      }),
    );
    expect(created).toEqual({ slug: "actividades-del-laboratorio" });

    const mine = await as(tic).datasets.mine();
    expect(mine.find((d) => d.slug === "actividades-del-laboratorio")).toMatchObject({
      status: "DRAFT",
      office: "Oficina TIC",
      currentVersion: null,
      latestVersion: null,
      lastUpdate: { name: "Ana de la Oficina TIC" },
    });
    const dataset = await as(tic).datasets.forPublisher({ slug: "actividades-del-laboratorio" });
    expect(dataset.metadata).toMatchObject({
      license: "CC-BY-4.0",
      keywords: ["innovación", "talleres"],
      entityName: "Alcaldía de Bucaramanga",
      entityMunicipality: "Bucaramanga",
      spatialCoverage: "Bucaramanga, Santander",
      officeSlug: "oficina-tic",
    });
    await expect(getPublishedDataset(db.prisma, "actividades-del-laboratorio")).rejects.toThrow(
      "No existe un conjunto de datos publicado",
    );
    expect(
      (await listPublishedDatasets(db.prisma)).some(
        (d) => d.slug === "actividades-del-laboratorio",
      ),
    ).toBe(false);
    const [entry] = await auditActions("actividades-del-laboratorio");
    expect(entry).toMatchObject({ action: "dataset.create", actorId: tic.id });
  });

  it("refuses an address already in use, reserved, or an unknown office, field by field", async () => {
    await as(tic).datasets.create(input("asistencia-talleres"));
    const before = await db.prisma.dataset.count();
    const duplicate = await failure(as(colleague).datasets.create(input("asistencia-talleres")));
    expect(duplicate.code).toBe("BAD_REQUEST");
    expect(fieldErrors(duplicate)?.slug).toEqual([
      "Esa dirección ya la usa «Actividades del laboratorio».",
    ]);
    const reserved = await failure(as(tic).datasets.create(input("licencias")));
    expect(fieldErrors(reserved)?.slug).toEqual(["Esa dirección está reservada: elija otra."]);
    const office = await failure(
      as(tic).datasets.create(input("otra-direccion", { officeSlug: "no-existe" })),
    );
    expect(fieldErrors(office)?.officeSlug?.[0]).toContain("Esa dependencia no existe");
    const invalid = await failure(
      as(tic).datasets.create({ ...input("bien-escrita"), title: "x", contactEmail: "ana" }),
    );
    expect(invalid.code).toBe("BAD_REQUEST");
    // In process the zod issues travel as they are (over HTTP they become fieldErrors).
    expect(invalid.message).toContain("Escriba el título (al menos 5 caracteres).");
    expect(invalid.message).toContain("Escriba un correo válido");
    expect(await db.prisma.dataset.count()).toBe(before);
  });
});

describe("editing the metadata", () => {
  it("saves only what changed and refuses a save over someone else's, naming who and what", async () => {
    const slug = "asistencia-talleres";
    const loaded = await as(tic).datasets.forPublisher({ slug });
    const theirs = await updateMetadata(colleague, {
      slug,
      metadataVersion: loaded.metadataVersion,
      metadata: { ...loaded.metadata, title: "Asistencia a los talleres del laboratorio" },
    });
    expect(theirs.changed).toEqual(["title"]);
    expect(theirs.metadataVersion).not.toBe(loaded.metadataVersion);

    const conflict = await failure(
      updateMetadata(tic, {
        slug,
        metadataVersion: loaded.metadataVersion,
        metadata: { ...loaded.metadata, spatialCoverage: "Área metropolitana de Bucaramanga" },
      }),
    );
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.message).toMatch(
      /^Mientras usted editaba, Beto Administrador cambió la ficha de este conjunto de datos el .+ \(Título\)\. Sus cambios no se guardaron/,
    );
    const now = await as(tic).datasets.forPublisher({ slug });
    expect(now.metadata.spatialCoverage).toBe("Bucaramanga, Santander");
    expect(now.metadata.title).toBe("Asistencia a los talleres del laboratorio");
    expect(now.metadataVersion).toBe(theirs.metadataVersion);

    // Saving the same values again changes nothing and writes no entry.
    const entries = (await auditActions(slug)).length;
    const again = await updateMetadata(tic, {
      slug,
      metadataVersion: now.metadataVersion,
      metadata: { ...now.metadata },
    });
    expect(again).toEqual({ changed: [], metadataVersion: now.metadataVersion });
    expect((await auditActions(slug)).length).toBe(entries);

    const fixed = await updateMetadata(tic, {
      slug,
      metadataVersion: now.metadataVersion,
      metadata: {
        ...now.metadata,
        temporalStart: "2024-12-16",
        temporalEnd: "2024-12-16",
        relatedIndicators: ["proyectos-innovacion-publica"],
      },
    });
    expect(fixed.changed).toEqual(["temporalStart", "temporalEnd", "relatedIndicators"]);
    const last = (await auditActions(slug)).at(-1);
    expect(last).toMatchObject({ action: "dataset.metadata.update", actorId: tic.id });
    expect(last?.details).toMatchObject({
      dataset: slug,
      changes: [
        { field: "temporalStart", before: null, after: "2024-12-16" },
        { field: "temporalEnd", before: null, after: "2024-12-16" },
        { field: "relatedIndicators", before: "", after: "proyectos-innovacion-publica" },
      ],
    });
  });

  it("lets only one of two simultaneous saves from the same version through", async () => {
    const slug = "asistencia-talleres";
    const loaded = await as(tic).datasets.forPublisher({ slug });
    const save = (who: TSessionUser, keywords: string[]) =>
      updateMetadata(who, {
        slug,
        metadataVersion: loaded.metadataVersion,
        metadata: { ...loaded.metadata, keywords },
      }).then(
        () => "saved",
        (e: TRPCError) => e.code,
      );
    const outcomes = await Promise.all([save(tic, ["talleres"]), save(colleague, ["asistencia"])]);
    expect(outcomes.sort()).toEqual(["CONFLICT", "saved"]);
  });

  it("refuses unknown related indicators and a coverage that ends before it starts", async () => {
    const slug = "asistencia-talleres";
    const loaded = await as(tic).datasets.forPublisher({ slug });
    const unknown = await failure(
      updateMetadata(tic, {
        slug,
        metadataVersion: loaded.metadataVersion,
        metadata: { ...loaded.metadata, relatedIndicators: ["no-existe"] },
      }),
    );
    expect(fieldErrors(unknown)?.relatedIndicators).toEqual(["No existe el indicador no-existe."]);
    const backwards = await failure(
      updateMetadata(tic, {
        slug,
        metadataVersion: loaded.metadataVersion,
        metadata: { ...loaded.metadata, temporalStart: "2025-01-01", temporalEnd: "2024-01-01" },
      }),
    );
    expect(backwards.code).toBe("BAD_REQUEST");
    const missing = await failure(
      updateMetadata(tic, {
        slug: "no-existe",
        metadataVersion: loaded.metadataVersion,
        metadata: loaded.metadata,
      }),
    );
    expect(missing.code).toBe("NOT_FOUND");
  });
});

describe("publishing versions", () => {
  const slug = "actividades-del-laboratorio";

  it("makes a loaded version public in one transaction, announced on the bus", async () => {
    const heard: unknown[] = [];
    const sub = bus.subscribe("datasets", (payload) => heard.push(payload));
    await sub.ready;
    const v1 = await loadedVersion(slug, [
      ["Comuna 1", 3],
      ["Comuna 2", 5],
    ]);
    // Loaded is not public.
    await expect(getPublishedDataset(db.prisma, slug)).rejects.toThrow();

    const result = await as(tic).datasets.publishVersion({ slug, number: 1 });
    expect(result).toEqual({ slug, currentVersion: 1, previous: null });
    const view = await getPublishedDataset(db.prisma, slug);
    expect(view.version).toMatchObject({
      number: 1,
      status: "PUBLISHED",
      current: true,
      rowCount: 2,
    });
    expect(view.columns.map((c) => c.field)).toEqual(["comuna", "actividades"]);
    await expect.poll(() => heard).toContainEqual({ slug });
    await sub.close();

    const row = await db.prisma.dataset.findUniqueOrThrow({ where: { slug } });
    expect(row).toMatchObject({ status: "PUBLISHED", publishedVersionId: v1.id });
    const version = await db.prisma.datasetVersion.findUniqueOrThrow({ where: { id: v1.id } });
    expect(version.publishedAt).not.toBeNull();
    expect(row.modifiedAt.getTime()).toBeGreaterThanOrEqual(row.createdAt.getTime());
    expect((await auditActions(slug)).at(-1)).toMatchObject({
      action: "dataset.publish",
      details: { version: 1, before: null, after: "versión 1" },
    });
  });

  it("keeps showing the published version while a newer one waits, then switches; the earlier stays downloadable", async () => {
    const v2 = await loadedVersion(
      slug,
      [
        ["Comuna 1", 4],
        ["Comuna 2", 6],
        ["Comuna 3", 1],
      ],
      "actividades-2025.csv",
    );
    expect((await getPublishedDataset(db.prisma, slug)).version.number).toBe(1);
    const summary = (await as(tic).datasets.mine()).find((d) => d.slug === slug);
    expect(summary).toMatchObject({
      currentVersion: 1,
      latestVersion: { number: 2, status: "READY" },
    });

    await as(tic).datasets.publishVersion({ slug, number: 2 });
    const view = await getPublishedDataset(db.prisma, slug);
    expect(view.version).toMatchObject({
      number: 2,
      rowCount: 3,
      fileName: "actividades-2025.csv",
    });
    expect(view.versions.map((v) => [v.number, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    // Version 1's rows are untouched: still there to download.
    const v1 = await db.prisma.datasetVersion.findUniqueOrThrow({
      where: { datasetId_number: { datasetId: view.id, number: 1 } },
    });
    expect(v1.status).toBe("PUBLISHED");
    expect(await tableRows(v1.tableName)).toBe(2);
    expect(await tableRows(v2.tableName)).toBe(3);
    expect((await download(slug, 1)).trim().split(/\r?\n/)).toEqual([
      "Comuna,Actividades",
      "Comuna 1,3",
      "Comuna 2,5",
    ]);
    expect((await download(slug)).trim().split(/\r?\n/)).toHaveLength(4);
  });

  it("refuses to publish what is not a loaded, unpublished version, and changes nothing", async () => {
    // A ragged row: the upload fails as version 3, with the row, its values and why.
    const broken = await upload(slug, "Comuna,Actividades\nComuna 1,3\nComuna 2,5,7\n", "roto.csv");
    expect(broken.ok).toBe(false);
    const entries = (await auditActions(slug)).length;
    const failed = await failure(as(tic).datasets.publishVersion({ slug, number: 3 }));
    expect(failed.code).toBe("BAD_REQUEST");
    expect(failed.message).toContain("tuvo problemas al cargarse");
    const current = await failure(as(tic).datasets.publishVersion({ slug, number: 2 }));
    expect(current.code).toBe("CONFLICT");
    expect(current.message).toBe("La versión 2 ya es la publicada.");
    const missing = await failure(as(tic).datasets.publishVersion({ slug, number: 9 }));
    expect(missing.code).toBe("NOT_FOUND");
    expect((await getPublishedDataset(db.prisma, slug)).version.number).toBe(2);
    expect((await auditActions(slug)).length).toBe(entries);

    const view = await as(tic).datasets.forPublisher({ slug });
    expect(view.versions.find((v) => v.number === 3)).toMatchObject({
      status: "FAILED",
      fileName: "roto.csv",
      problemCount: 1,
      problems: [{ row: 3, column: null, value: "Comuna 2,5,7" }],
    });
    // Not downloadable: it was never published.
    await expect(download(slug, 3)).rejects.toThrow();
  });

  it("rolls back to a version published before, and only to one", async () => {
    const back = await as(tic).datasets.rollback({ slug, number: 1 });
    expect(back).toEqual({ slug, currentVersion: 1, previous: 2 });
    const view = await getPublishedDataset(db.prisma, slug);
    expect(view.version.number).toBe(1);
    expect(view.versions.map((v) => [v.number, v.current])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect((await auditActions(slug)).at(-1)).toMatchObject({
      action: "dataset.rollback",
      details: { before: "versión 2", after: "versión 1" },
    });
    const forPublisher = await as(tic).datasets.forPublisher({ slug });
    expect(forPublisher.currentVersion).toBe(1);
    expect(forPublisher.versions.find((v) => v.number === 2)?.canRollBack).toBe(true);
    expect(forPublisher.versions.find((v) => v.number === 1)?.canRollBack).toBe(false);

    const current = await failure(as(tic).datasets.rollback({ slug, number: 1 }));
    expect(current.code).toBe("CONFLICT");
    await loadedVersion(slug, [["Comuna 9", 1]]);
    const never = await failure(as(tic).datasets.rollback({ slug, number: 4 }));
    expect(never.code).toBe("BAD_REQUEST");
    expect(never.message).toContain("nunca se publicó");
    expect((await getPublishedDataset(db.prisma, slug)).version.number).toBe(1);
  });

  it("unpublishes the dataset, and a rollback publishes it again", async () => {
    await as(colleague).datasets.unpublish({ slug });
    await expect(getPublishedDataset(db.prisma, slug)).rejects.toThrow();
    expect((await listPublishedDatasets(db.prisma)).some((d) => d.slug === slug)).toBe(false);
    const view = await as(tic).datasets.forPublisher({ slug });
    expect(view).toMatchObject({ status: "DRAFT", currentVersion: null });
    expect(view.versions.filter((v) => v.canRollBack).map((v) => v.number)).toEqual([2, 1]);
    const again = await failure(as(tic).datasets.unpublish({ slug }));
    expect(again.code).toBe("CONFLICT");

    await as(tic).datasets.rollback({ slug, number: 2 });
    expect((await getPublishedDataset(db.prisma, slug)).version.number).toBe(2);
  });

  it("publishes a version once when two publishers press at the same time", async () => {
    await as(tic).datasets.create(input("publicacion-simultanea"));
    await loadedVersion("publicacion-simultanea", [["Comuna 4", 2]]);
    const publish = (who: TSessionUser) =>
      as(who)
        .datasets.publishVersion({ slug: "publicacion-simultanea", number: 1 })
        .then(
          () => "published",
          (e: TRPCError) => e.code,
        );
    expect((await Promise.all([publish(tic), publish(colleague)])).sort()).toEqual([
      "CONFLICT",
      "published",
    ]);
    const actions = (await auditActions("publicacion-simultanea")).map((e) => e.action);
    expect(actions.filter((a) => a === "dataset.publish")).toHaveLength(1);
  });

  it("writes one audit entry per change, with who did it", async () => {
    const entries = await auditActions(slug);
    const ana = "Ana de la Oficina TIC";
    expect(entries.map((e) => [e.action, e.actor?.name])).toEqual([
      ["dataset.create", ana],
      ["dataset.version.upload", ana],
      ["dataset.publish", ana],
      ["dataset.version.upload", ana],
      ["dataset.publish", ana],
      ["dataset.version.upload", ana],
      ["dataset.rollback", ana],
      ["dataset.version.upload", ana],
      ["dataset.unpublish", "Beto Administrador"],
      ["dataset.rollback", ana],
    ]);
  });
});

describe("the column dictionary and the quality score", () => {
  const slug = "actividades-del-laboratorio";

  it("describes a version's columns, refusing a stale edit, and the score follows", async () => {
    const before = await as(tic).datasets.forPublisher({ slug });
    const columnsCheck = before.quality.checks.find((c) => c.id === "columnDescriptions");
    expect(columnsCheck).toMatchObject({ passed: false });
    expect(columnsCheck?.fix).toContain("«Comuna», «Actividades»");
    expect(before.quality.checks.find((c) => c.id === "openFormat")?.passed).toBe(true);
    expect(before.quality.checks.find((c) => c.id === "frequencyRespected")?.passed).toBe(true);

    const saved = await as(tic).datasets.updateColumns({
      slug,
      number: 2,
      columns: [
        { field: "comuna", description: "Comuna de Bucaramanga donde se hizo.", previous: "" },
        { field: "actividades", description: "Número de actividades.", previous: "" },
      ],
    });
    expect(saved).toEqual({ changed: 2 });
    const after = await as(tic).datasets.forPublisher({ slug });
    expect(after.quality.checks.find((c) => c.id === "columnDescriptions")?.passed).toBe(true);
    expect(after.quality.score).toBe(before.quality.score + 15);
    const publicView = await getPublishedDataset(db.prisma, slug);
    expect(publicView.columns[0]?.description).toBe("Comuna de Bucaramanga donde se hizo.");

    const stale = await failure(
      as(colleague).datasets.updateColumns({
        slug,
        number: 2,
        columns: [{ field: "comuna", description: "Otra cosa.", previous: "" }],
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("Ana de la Oficina TIC cambió la descripción de «Comuna»");
    const unknown = await failure(
      as(tic).datasets.updateColumns({
        slug,
        number: 2,
        columns: [{ field: "no_existe", description: "x", previous: "" }],
      }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    const failed = await failure(
      as(tic).datasets.updateColumns({
        slug,
        number: 3,
        columns: [{ field: "comuna", description: "x", previous: "" }],
      }),
    );
    expect(failed.code).toBe("BAD_REQUEST");
  });

  it("keeps the loader's note on a column's type apart from its description, uncredited", async () => {
    const noted = "asistencia-con-notas";
    await as(tic).datasets.create(input(noted));
    const csv = "Comuna,Asistentes\nNorte,12\nSur,N/A\nCentro,8\n";
    const result = await upload(noted, csv, "asistencia.csv");
    expect(result.ok).toBe(true);
    const workspace = await as(tic).datasets.forPublisher({ slug: noted });
    const asistentes = workspace.versions[0]?.columns.find((c) => c.field === "asistentes");
    expect(asistentes).toMatchObject({
      type: "text",
      description: "",
      typeNote:
        "Se cargó como texto: 2 de 3 valores son números enteros, pero otros no, como «N/A» (fila 3).",
    });
    const columnsCheck = workspace.quality.checks.find((c) => c.id === "columnDescriptions");
    expect(columnsCheck?.passed).toBe(false);
    expect(columnsCheck?.fix).toContain("«Comuna», «Asistentes»");

    await as(tic).datasets.publishVersion({ slug: noted, number: 1 });
    const publicView = await getPublishedDataset(db.prisma, noted);
    expect(publicView.columns.map((c) => [c.field, c.description, c.typeNote])).toEqual([
      ["comuna", "", null],
      ["asistentes", "", asistentes?.typeNote],
    ]);
  });

  it("shows the list with status, versions and score for the publisher only", async () => {
    const list = await as(tic).datasets.mine();
    const item = list.find((d) => d.slug === slug);
    const detail = await as(tic).datasets.forPublisher({ slug });
    expect(item).toMatchObject({
      status: "PUBLISHED",
      currentVersion: 2,
      latestVersion: { number: 4, status: "READY" },
      score: detail.quality.score,
    });
    const editor = await createSessionUser(db.prisma, "EDITOR");
    expect((await failure(as(editor).datasets.mine())).code).toBe("FORBIDDEN");
    expect((await failure(as(null).datasets.mine())).code).toBe("UNAUTHORIZED");
  });
});
