// npm run user:create -- --email ana@bucaramanga.gov.co --role EDITOR [--name "Ana"] [--password …]
//   [--office "Secretaría de Planeación" …]  (repeatable: an EDITOR edits only its offices' indicators)
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../client";
import { ConfigError, resolveDatabaseConfig } from "../config";
import { closeShared } from "../driver";
import { Role } from "../generated/prisma/enums";
import { addUserToOffices, createUser } from "../users";
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
      office: { type: "string", multiple: true },
    },
  });
  const officeNames = (values.office ?? []).map((name) => name.trim()).filter(Boolean);
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
    const known = (await prisma.office.findMany({ select: { name: true } })).map((o) => o.name);
    const unknown = officeNames.filter((name) => !known.includes(name));
    if (unknown.length) {
      throw new ConfigError(
        `Unknown office ${unknown.map((n) => `"${n}"`).join(", ")}; offices: ${known.sort().join(", ")}`,
      );
    }
    const user = await createUser(prisma, {
      email,
      name: values.name?.trim() || email.split("@")[0] || email,
      role: role as Role,
      password,
    });
    await addUserToOffices(prisma, user.id, officeNames);
    console.log(
      `Created ${user.role} ${user.email}${officeNames.length ? ` (${officeNames.join(", ")})` : ""}`,
    );
    if (generated) console.log(`Generated password (shown once): ${password}`);
  } finally {
    await prisma.$disconnect();
    await closeShared(config);
  }
});
