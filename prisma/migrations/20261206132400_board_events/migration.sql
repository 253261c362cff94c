-- CreateEnum
CREATE TYPE "BoardSessionStatus" AS ENUM ('LOBBY', 'OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "BoardSession" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "status" "BoardSessionStatus" NOT NULL DEFAULT 'LOBBY',
    "currentQuestionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoardSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardEvent" (
    "id" BIGSERIAL NOT NULL,
    "sessionId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BoardSession_workshopId_key" ON "BoardSession"("workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "BoardSession_code_key" ON "BoardSession"("code");

-- CreateIndex
CREATE INDEX "BoardEvent_sessionId_id_idx" ON "BoardEvent"("sessionId", "id");

-- AddForeignKey
ALTER TABLE "BoardSession" ADD CONSTRAINT "BoardSession_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardSession" ADD CONSTRAINT "BoardSession_currentQuestionId_fkey" FOREIGN KEY ("currentQuestionId") REFERENCES "WorkshopQuestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardEvent" ADD CONSTRAINT "BoardEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BoardSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
