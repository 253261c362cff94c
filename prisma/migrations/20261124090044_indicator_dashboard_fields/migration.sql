-- CreateEnum
CREATE TYPE "CapacityType" AS ENUM ('FISICA', 'HUMANA', 'TECNOLOGICA', 'ECONOMICA', 'SOCIAL');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "GeographicBreakdown" AS ENUM ('MUNICIPALITY', 'COMUNAS');

-- DropIndex
DROP INDEX "Observation_indicatorId_period_key";

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "capacityType" "CapacityType",
ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "direction" "Direction" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
ADD COLUMN     "geographicBreakdown" "GeographicBreakdown" NOT NULL DEFAULT 'MUNICIPALITY',
ADD COLUMN     "methodology" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "nameEn" TEXT,
ADD COLUMN     "responsibleOffice" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "targetDate" DATE,
ADD COLUMN     "targetValue" DECIMAL(20,6);

-- AlterTable
ALTER TABLE "Observation" ADD COLUMN     "geography" TEXT NOT NULL DEFAULT 'bucaramanga',
ADD COLUMN     "sourceOverride" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Observation_indicatorId_period_geography_key" ON "Observation"("indicatorId", "period", "geography");
