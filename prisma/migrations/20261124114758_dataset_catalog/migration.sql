-- CreateEnum
CREATE TYPE "DatasetStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DatasetVersionStatus" AS ENUM ('LOADING', 'READY', 'FAILED', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Dataset" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "keywords" TEXT[],
    "license" TEXT NOT NULL DEFAULT 'CC-BY-4.0',
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "updateFrequency" TEXT NOT NULL,
    "temporalStart" DATE,
    "temporalEnd" DATE,
    "spatialCoverage" TEXT NOT NULL DEFAULT 'Bucaramanga, Santander',
    "language" TEXT NOT NULL DEFAULT 'es',
    "documentationUrl" TEXT,
    "entityName" TEXT NOT NULL DEFAULT 'Alcaldía de Bucaramanga',
    "entitySector" TEXT NOT NULL DEFAULT 'Tecnologías de la Información y las Comunicaciones',
    "entityOrder" TEXT NOT NULL DEFAULT 'Territorial',
    "entityDepartment" TEXT NOT NULL DEFAULT 'Santander',
    "entityMunicipality" TEXT NOT NULL DEFAULT 'Bucaramanga',
    "officeId" TEXT,
    "relatedIndicators" TEXT[],
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "status" "DatasetStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedVersionId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "DatasetVersionStatus" NOT NULL DEFAULT 'LOADING',
    "fileName" TEXT NOT NULL,
    "sourceFormat" TEXT NOT NULL,
    "encoding" TEXT,
    "delimiter" TEXT,
    "sourceByteSize" BIGINT,
    "sourceSha256" TEXT,
    "byteSize" BIGINT,
    "sha256" TEXT,
    "rowCount" INTEGER,
    "tableName" TEXT NOT NULL,
    "problems" JSONB,
    "textColumns" TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "loadedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "DatasetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetColumn" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "nullCount" INTEGER NOT NULL DEFAULT 0,
    "min" TEXT,
    "max" TEXT,
    "samples" TEXT[],
    "distinctCount" INTEGER,

    CONSTRAINT "DatasetColumn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_slug_key" ON "Dataset"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_publishedVersionId_key" ON "Dataset"("publishedVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetVersion_tableName_key" ON "DatasetVersion"("tableName");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetVersion_datasetId_number_key" ON "DatasetVersion"("datasetId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetColumn_versionId_position_key" ON "DatasetColumn"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetColumn_versionId_field_key" ON "DatasetColumn"("versionId", "field");

-- AddForeignKey
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "DatasetVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetVersion" ADD CONSTRAINT "DatasetVersion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetColumn" ADD CONSTRAINT "DatasetColumn_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The datastore: one typed table per dataset version, outside Prisma's schema.
CREATE SCHEMA IF NOT EXISTS "datastore";
