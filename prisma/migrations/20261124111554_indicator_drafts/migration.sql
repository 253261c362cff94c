-- CreateEnum
CREATE TYPE "DraftState" AS ENUM ('CLEAN', 'CHANGED', 'SUBMITTED', 'REJECTED');

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "indicatorId" TEXT;

-- CreateTable
CREATE TABLE "IndicatorDraft" (
    "indicatorId" TEXT NOT NULL,
    "state" "DraftState" NOT NULL DEFAULT 'CLEAN',
    "metadata" JSONB,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "metadataVersion" INTEGER NOT NULL DEFAULT 0,
    "rejectionReason" TEXT,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorDraft_pkey" PRIMARY KEY ("indicatorId")
);

-- CreateTable
CREATE TABLE "ObservationDraft" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "geography" TEXT NOT NULL DEFAULT 'bucaramanga',
    "value" DECIMAL(20,6),
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ObservationDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ObservationDraft_indicatorId_period_geography_key" ON "ObservationDraft"("indicatorId", "period", "geography");

-- CreateIndex
CREATE INDEX "AuditEntry_indicatorId_createdAt_idx" ON "AuditEntry"("indicatorId", "createdAt");

-- AddForeignKey
ALTER TABLE "IndicatorDraft" ADD CONSTRAINT "IndicatorDraft_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationDraft" ADD CONSTRAINT "ObservationDraft_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: entries written before the column existed name their indicator by slug.
UPDATE "AuditEntry" AS a SET "indicatorId" = i."id"
FROM "Indicator" AS i
WHERE a."indicatorId" IS NULL AND a."details"->>'indicator' = i."slug";
