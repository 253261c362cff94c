import { Prisma, type PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { checkMetadataForUnit, type TCreateIndicatorInput } from "@lab/domain/indicator-metadata";
import type { TActor } from "../authorization";
import { metadataUpdateData } from "./indicator-metadata-store";

// Creating an indicator (ADMIN). It starts unpublished, with its ficha as the pending change:
// the owning office's editors add its first values, and the first publication puts it on the
// public site (./indicator-review).

const RESERVED_SLUGS = new Set(["nuevo"]);

export async function createIndicator(
  prisma: PrismaClient,
  actor: TActor,
  input: TCreateIndicatorInput,
) {
  const { officeSlug, code, slug, dimension, unit, periodicity, geographicBreakdown, ...ficha } =
    input;
  const fieldErrors: Record<string, string[]> = { ...checkMetadataForUnit(unit, ficha) };
  const [office, sameCode, sameSlug] = await Promise.all([
    prisma.office.findUnique({ where: { slug: officeSlug }, select: { id: true } }),
    prisma.indicator.findUnique({ where: { code }, select: { name: true } }),
    prisma.indicator.findUnique({ where: { slug }, select: { name: true } }),
  ]);
  if (!office) fieldErrors.officeSlug = ["Esa dependencia no existe: elija una de la lista."];
  if (sameCode) fieldErrors.code = [`Ese código ya lo usa «${sameCode.name}».`];
  if (sameSlug) fieldErrors.slug = [`Esa dirección ya la usa «${sameSlug.name}».`];
  // /admin/indicadores/nuevo is the creation page: an indicator there could not be edited.
  if (RESERVED_SLUGS.has(slug)) fieldErrors.slug = ["Esa dirección está reservada: elija otra."];
  if (Object.keys(fieldErrors).length > 0 || !office) throw AppError.badRequest(fieldErrors);

  try {
    return await prisma.$transaction(async (tx) => {
      const data = metadataUpdateData(ficha) as Prisma.IndicatorCreateInput;
      const created = await tx.indicator.create({
        data: {
          ...data,
          name: ficha.name,
          description: ficha.description,
          sourceName: ficha.sourceName,
          code,
          slug,
          dimension,
          unit,
          periodicity,
          geographicBreakdown,
          status: "DRAFT",
          office: { connect: { id: office.id } },
          draft: { create: { state: "CHANGED", revision: 1, updatedById: actor.id } },
        },
        select: { id: true, slug: true },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "indicator.create",
          entityType: "Indicator",
          entityId: created.id,
          indicatorId: created.id,
          details: { indicator: slug, code, office: officeSlug, source: "app" },
        },
      });
      return created;
    });
  } catch (error) {
    // Two admins creating the same code or slug at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Ya existe un indicador con ese código o esa dirección.");
    }
    throw error;
  }
}
