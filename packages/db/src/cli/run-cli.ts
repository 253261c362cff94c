import { ConfigError } from "../config";
import { MigrationError } from "../migrations/apply";

/** Runs a command; known failures print one line and exit 1, unknown ones their stack. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof ConfigError || error instanceof MigrationError) {
        console.error(`Error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
