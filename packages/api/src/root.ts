import { accountRouter } from "./routers/account";
import { auditRouter } from "./routers/audit";
import { boardRouter } from "./routers/board";
import { boardAdminRouter } from "./routers/board-admin";
import { datasetsRouter } from "./routers/datasets";
import { indicatorsRouter } from "./routers/indicators";
import { lessonAdminRouter } from "./routers/lesson-admin";
import { lessonsRouter } from "./routers/lessons";
import { officesRouter } from "./routers/offices";
import { participantsRouter } from "./routers/participants";
import { usersRouter } from "./routers/users";
import { workshopAdminRouter } from "./routers/workshop-admin";
import { workshopsRouter } from "./routers/workshops";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  audit: auditRouter,
  board: boardRouter,
  boardAdmin: boardAdminRouter,
  datasets: datasetsRouter,
  indicators: indicatorsRouter,
  lessons: lessonsRouter,
  lessonAdmin: lessonAdminRouter,
  offices: officesRouter,
  participants: participantsRouter,
  users: usersRouter,
  workshops: workshopsRouter,
  workshopAdmin: workshopAdminRouter,
});

export type TAppRouter = typeof appRouter;

/** For server components and tests: call procedures in process, no HTTP hop. */
export const createCaller = createCallerFactory(appRouter);
