import { ConfigError } from "@lab/db/config";
import { resolveSecuritySettings } from "@lab/db/settings";
import { describe, expect, it } from "vitest";
import { createAuthOptions, sessionTimes } from "./options";

const SECRET = { AUTH_SECRET: "x".repeat(40) };
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("SESSION_IDLE_MINUTES", () => {
  it("defaults to 30 minutes and reaches the session's maxAge", () => {
    expect(resolveSecuritySettings(env({})).sessionIdleMinutes).toBe(30);
    expect(createAuthOptions(env({ ...SECRET })).session).toEqual({
      strategy: "jwt",
      maxAge: 30 * 60,
      updateAge: 5 * 60,
    });
    expect(
      createAuthOptions(env({ ...SECRET, SESSION_IDLE_MINUTES: " 120 " })).session?.maxAge,
    ).toBe(120 * 60);
  });

  it("renews often enough that activity keeps a short session alive", () => {
    expect(sessionTimes(5)).toEqual({ maxAge: 300, updateAge: 75 });
    expect(sessionTimes(1440)).toEqual({ maxAge: 86_400, updateAge: 300 });
  });

  it("refuses values outside 5–1440 whole minutes", () => {
    for (const value of ["4", "0", "1441", "30.5", "-10", "media hora"]) {
      expect(() => resolveSecuritySettings(env({ SESSION_IDLE_MINUTES: value })), value).toThrow(
        ConfigError,
      );
      expect(() => createAuthOptions(env({ ...SECRET, SESSION_IDLE_MINUTES: value }))).toThrow(
        /SESSION_IDLE_MINUTES must be a whole number from 5 to 1440/,
      );
    }
    expect(resolveSecuritySettings(env({ SESSION_IDLE_MINUTES: "5" })).sessionIdleMinutes).toBe(5);
    expect(resolveSecuritySettings(env({ SESSION_IDLE_MINUTES: "1440" })).sessionIdleMinutes).toBe(
      1440,
    );
  });
});
