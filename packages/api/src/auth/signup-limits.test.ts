import { ConfigError } from "@lab/db/config";
import { resolveSecuritySettings } from "@lab/db/settings";
import { describe, expect, it } from "vitest";

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("SIGNUP_MAX_PER_HOUR", () => {
  it("defaults to 150 accounts per address and hour, enough for a workshop's room", () => {
    expect(resolveSecuritySettings(env({})).signupMaxPerHour).toBe(150);
    expect(resolveSecuritySettings(env({ SIGNUP_MAX_PER_HOUR: " 400 " })).signupMaxPerHour).toBe(
      400,
    );
  });

  it("refuses values outside 1–10000 whole accounts", () => {
    for (const value of ["0", "10001", "2.5", "-3", "muchas"]) {
      expect(() => resolveSecuritySettings(env({ SIGNUP_MAX_PER_HOUR: value })), value).toThrow(
        ConfigError,
      );
    }
    expect(() => resolveSecuritySettings(env({ SIGNUP_MAX_PER_HOUR: "0" }))).toThrow(
      /SIGNUP_MAX_PER_HOUR must be a whole number from 1 to 10000/,
    );
  });
});
