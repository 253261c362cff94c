-- CreateEnum
CREATE TYPE "InstitutionType" AS ENUM ('UNIVERSIDAD', 'CENTRO_PRODUCTIVIDAD', 'ENTIDAD_PUBLICA', 'EMPRESA', 'SOCIEDAD_CIVIL', 'ORGANISMO_INTERNACIONAL', 'OTRO');

-- CreateEnum
CREATE TYPE "WorkshopStatus" AS ENUM ('PLANNED', 'LIVE', 'CLOSED', 'RESULTS_PUBLISHED');

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "InstitutionType" NOT NULL,
    "city" TEXT,
    "website" TEXT,
    "parentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "objective" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "projectObjective" TEXT NOT NULL,
    "diagnosticObjective" TEXT,
    "background" TEXT,
    "status" "WorkshopStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopAgendaItem" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenter" TEXT,
    "durationMinutes" INTEGER,

    CONSTRAINT "WorkshopAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopRule" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "WorkshopRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopObjective" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "WorkshopObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopFacilitator" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "personName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "nameIsPublic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "WorkshopFacilitator_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Institution_name_key" ON "Institution"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_slug_key" ON "Workshop"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopAgendaItem_workshopId_order_key" ON "WorkshopAgendaItem"("workshopId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopRule_workshopId_order_key" ON "WorkshopRule"("workshopId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopObjective_workshopId_order_key" ON "WorkshopObjective"("workshopId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopFacilitator_workshopId_order_key" ON "WorkshopFacilitator"("workshopId", "order");

-- AddForeignKey
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAgendaItem" ADD CONSTRAINT "WorkshopAgendaItem_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopRule" ADD CONSTRAINT "WorkshopRule_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopObjective" ADD CONSTRAINT "WorkshopObjective_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopFacilitator" ADD CONSTRAINT "WorkshopFacilitator_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopFacilitator" ADD CONSTRAINT "WorkshopFacilitator_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
