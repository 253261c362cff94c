// The one import path for generated Prisma types and errors.
export * from "./generated/prisma/client";
