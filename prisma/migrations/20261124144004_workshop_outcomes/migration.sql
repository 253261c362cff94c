-- CreateEnum
CREATE TYPE "ContributionStatus" AS ENUM ('IDEA', 'PROPOSAL', 'COMMITMENT');

-- CreateEnum
CREATE TYPE "ContributionSource" AS ENUM ('BOARD', 'STAFF');

-- CreateEnum
CREATE TYPE "CapacityLevel" AS ENUM ('NONE', 'SOME', 'STRONG');

-- CreateEnum
CREATE TYPE "AllianceStatus" AS ENUM ('POTENTIAL', 'IN_CONVERSATION', 'AGREED', 'ACTIVE');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "derivedMetric" TEXT;

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "endsAt" TIMESTAMP(3),
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "onlineUrl" TEXT,
ADD COLUMN     "resultsPublishedAt" TIMESTAMP(3),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "WorkshopQuestion" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "secondsPerIntervention" INTEGER NOT NULL DEFAULT 60,

    CONSTRAINT "WorkshopQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopAttendee" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "personName" TEXT NOT NULL,
    "email" TEXT,
    "institutionId" TEXT,
    "role" TEXT,
    "consentAt" TIMESTAMP(3),
    "consentText" TEXT,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "checkedInAt" TIMESTAMP(3),
    "userId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "questionId" TEXT,
    "text" TEXT NOT NULL,
    "institutionId" TEXT,
    "attendeeId" TEXT,
    "capacityTypes" "CapacityType"[],
    "tags" TEXT[],
    "votes" INTEGER NOT NULL DEFAULT 0,
    "status" "ContributionStatus" NOT NULL DEFAULT 'IDEA',
    "source" "ContributionSource" NOT NULL DEFAULT 'STAFF',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapacityProfile" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "potentialRole" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CapacityProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapacityOffer" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "capacityType" "CapacityType" NOT NULL,
    "level" "CapacityLevel" NOT NULL DEFAULT 'NONE',
    "description" TEXT NOT NULL DEFAULT '',
    "derived" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CapacityOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alliance" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "labFunction" TEXT NOT NULL,
    "status" "AllianceStatus" NOT NULL DEFAULT 'POTENTIAL',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Alliance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllianceInstitution" (
    "allianceId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,

    CONSTRAINT "AllianceInstitution_pkey" PRIMARY KEY ("allianceId","institutionId")
);

-- CreateTable
CREATE TABLE "AllianceMilestone" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,

    CONSTRAINT "AllianceMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopQuestion_workshopId_order_key" ON "WorkshopQuestion"("workshopId", "order");

-- CreateIndex
CREATE INDEX "WorkshopAttendee_institutionId_idx" ON "WorkshopAttendee"("institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopAttendee_workshopId_email_key" ON "WorkshopAttendee"("workshopId", "email");

-- CreateIndex
CREATE INDEX "Contribution_workshopId_questionId_idx" ON "Contribution"("workshopId", "questionId");

-- CreateIndex
CREATE INDEX "Contribution_institutionId_idx" ON "Contribution"("institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "CapacityProfile_workshopId_institutionId_key" ON "CapacityProfile"("workshopId", "institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "CapacityOffer_profileId_capacityType_key" ON "CapacityOffer"("profileId", "capacityType");

-- CreateIndex
CREATE INDEX "Alliance_workshopId_idx" ON "Alliance"("workshopId");

-- CreateIndex
CREATE INDEX "AllianceMilestone_allianceId_date_idx" ON "AllianceMilestone"("allianceId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_derivedMetric_key" ON "Indicator"("derivedMetric");

-- AddForeignKey
ALTER TABLE "WorkshopQuestion" ADD CONSTRAINT "WorkshopQuestion_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendee" ADD CONSTRAINT "WorkshopAttendee_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendee" ADD CONSTRAINT "WorkshopAttendee_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendee" ADD CONSTRAINT "WorkshopAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "WorkshopQuestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_attendeeId_fkey" FOREIGN KEY ("attendeeId") REFERENCES "WorkshopAttendee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityProfile" ADD CONSTRAINT "CapacityProfile_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityProfile" ADD CONSTRAINT "CapacityProfile_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityOffer" ADD CONSTRAINT "CapacityOffer_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "CapacityProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alliance" ADD CONSTRAINT "Alliance_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceInstitution" ADD CONSTRAINT "AllianceInstitution_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceInstitution" ADD CONSTRAINT "AllianceInstitution_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceMilestone" ADD CONSTRAINT "AllianceMilestone_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;
