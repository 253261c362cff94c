import { ConfigError } from "./config";

// Security settings from the environment, read and checked here only. Beside config.ts so that
// `prepare` refuses a wrong value with one line before the server starts.

export type TSecuritySettings = {
  /** TRUST_PROXY=1: a reverse proxy sets X-Forwarded-For/-Proto/-Host and nobody else can. */
  trustProxy: boolean;
  /** Failed logins per account or IP within the window that lock it. */
  loginMaxFailures: number;
  /** The window that counts failures, and how long a lock lasts. */
  loginLockMinutes: number;
  /** A session ends after this many minutes without a request (SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
  /**
   * Participant accounts one address may create per hour (SIGNUP_MAX_PER_HOUR): high, since a
   * workshop's whole room often signs up through one Wi-Fi address in a few minutes.
   */
  signupMaxPerHour: number;
};

export const LOGIN_DEFAULTS = { maxFailures: 5, lockMinutes: 15 } as const;
export const SESSION_IDLE = { defaultMinutes: 30, min: 5, max: 24 * 60 } as const;
export const SIGNUP_DEFAULTS = { maxPerHour: 150, max: 10_000 } as const;
// Login attempts are purged after a day, so a window plus lock must fit in it.
const MAX_LOCK_MINUTES = 12 * 60;

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  max: number,
  min = 1,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export function resolveSecuritySettings(env: NodeJS.ProcessEnv = process.env): TSecuritySettings {
  const proxy = env.TRUST_PROXY?.trim() ?? "";
  if (!["", "0", "1"].includes(proxy)) {
    throw new ConfigError(`TRUST_PROXY must be 1 or 0 (got "${proxy}")`);
  }
  return {
    trustProxy: proxy === "1",
    loginMaxFailures: integer(env, "LOGIN_MAX_FAILURES", LOGIN_DEFAULTS.maxFailures, 1000),
    loginLockMinutes: integer(
      env,
      "LOGIN_LOCK_MINUTES",
      LOGIN_DEFAULTS.lockMinutes,
      MAX_LOCK_MINUTES,
    ),
    sessionIdleMinutes: integer(
      env,
      "SESSION_IDLE_MINUTES",
      SESSION_IDLE.defaultMinutes,
      SESSION_IDLE.max,
      SESSION_IDLE.min,
    ),
    signupMaxPerHour: integer(
      env,
      "SIGNUP_MAX_PER_HOUR",
      SIGNUP_DEFAULTS.maxPerHour,
      SIGNUP_DEFAULTS.max,
    ),
  };
}

/** DATASET_UPLOAD_MAX_BYTES: the largest file the TIC office may upload as a dataset version. */
export const DATASET_UPLOAD = {
  defaultBytes: 1024 ** 3,
  minBytes: 1024,
  maxBytes: 1024 ** 4,
} as const;

export type TUploadSettings = { datasetUploadMaxBytes: number };

export function resolveUploadSettings(env: NodeJS.ProcessEnv = process.env): TUploadSettings {
  return {
    datasetUploadMaxBytes: integer(
      env,
      "DATASET_UPLOAD_MAX_BYTES",
      DATASET_UPLOAD.defaultBytes,
      DATASET_UPLOAD.maxBytes,
      DATASET_UPLOAD.minBytes,
    ),
  };
}
