import type { TDemoAccount } from "../seed/users";

export function printDemoAccounts(accounts: TDemoAccount[]): void {
  if (accounts.length === 0) return;
  console.log("\nDemo accounts (embedded database only):");
  for (const a of accounts) console.log(`  ${a.role.padEnd(10)} ${a.email}  /  ${a.password}`);
  console.log("");
}
