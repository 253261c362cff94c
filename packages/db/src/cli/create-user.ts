// npm run user:create -- --email ana@bucaramanga.gov.co --role EDITOR [--name "Ana"] [--password …]
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../client";
import { ConfigError, resolveDatabaseConfig } from "../config";
import { closeShared } from "../driver";
import { Role } from "../generated/prisma/enums";
import { createUser } from "../users";
import { runCli } from "./run-cli";

const MIN_PASSWORD = 10;

async function askPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (
      await rl.question(`Password (empty to generate one, at least ${MIN_PASSWORD} characters): `)
    ).trim();
  } finally {
    rl.close();
  }
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
    },
  });
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw new ConfigError("--email must be an email address");
  }
  const role = values.role?.toUpperCase();
  if (!role || !(role in Role)) {
    throw new ConfigError(`--role must be one of ${Object.keys(Role).join(", ")}`);
  }
  let password = values.password ?? (process.stdin.isTTY ? await askPassword() : "");
  let generated = false;
  if (!password) {
    password = randomBytes(12).toString("base64url");
    generated = true;
  }
  if (password.length < MIN_PASSWORD) {
    throw new ConfigError(`The password must have at least ${MIN_PASSWORD} characters`);
  }
  const config = resolveDatabaseConfig();
  const prisma = createPrismaClient(config);
  try {
    if (await prisma.user.findUnique({ where: { email } })) {
      throw new ConfigError(`A user with email ${email} already exists`);
    }
    const user = await createUser(prisma, {
      email,
      name: values.name?.trim() || email.split("@")[0] || email,
      role: role as Role,
      password,
    });
    console.log(`Created ${user.role} ${user.email}`);
    if (generated) console.log(`Generated password (shown once): ${password}`);
  } finally {
    await prisma.$disconnect();
    await closeShared(config);
  }
});
