-- AlterTable
ALTER TABLE "BoardSession" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "floorEndsAt" TIMESTAMP(3),
ADD COLUMN     "floorUserId" TEXT,
ADD COLUMN     "hiddenTallies" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "votesPerParticipant" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "votingOpen" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "votingRound" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "dataConsentAt" TIMESTAMP(3),
ADD COLUMN     "dataConsentText" TEXT,
ADD COLUMN     "institutionId" TEXT;

-- CreateTable
CREATE TABLE "BoardParticipant" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handRaisedAt" TIMESTAMP(3),

    CONSTRAINT "BoardParticipant_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "BoardNote" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "questionId" TEXT,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "capacityTypes" "CapacityType"[],
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "clusterId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoardNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardCluster" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "capacityTypes" "CapacityType"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardCluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardVote" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "noteId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BoardParticipant_sessionId_handRaisedAt_idx" ON "BoardParticipant"("sessionId", "handRaisedAt");

-- CreateIndex
CREATE INDEX "BoardNote_sessionId_authorId_createdAt_idx" ON "BoardNote"("sessionId", "authorId", "createdAt");

-- CreateIndex
CREATE INDEX "BoardCluster_sessionId_idx" ON "BoardCluster"("sessionId");

-- CreateIndex
CREATE INDEX "BoardVote_sessionId_round_userId_idx" ON "BoardVote"("sessionId", "round", "userId");

-- CreateIndex
CREATE INDEX "BoardVote_noteId_idx" ON "BoardVote"("noteId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardParticipant" ADD CONSTRAINT "BoardParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BoardSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardParticipant" ADD CONSTRAINT "BoardParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardNote" ADD CONSTRAINT "BoardNote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BoardSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardNote" ADD CONSTRAINT "BoardNote_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "BoardCluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardCluster" ADD CONSTRAINT "BoardCluster_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BoardSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardVote" ADD CONSTRAINT "BoardVote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BoardSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardVote" ADD CONSTRAINT "BoardVote_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "BoardNote"("id") ON DELETE CASCADE ON UPDATE CASCADE;
