// Apart from auth.ts so the login form does not bundle zod for one string.

/**
 * What a locked login answers (too many failures for the account or the address). next-auth
 * hands it to `signIn()` as `result.error`; the login form shows its own message for it.
 */
export const LOGIN_LOCKED_ERROR = "LoginLocked";
