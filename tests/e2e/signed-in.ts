import { type BrowserContext, test as base } from "@playwright/test";
import { logIn, type TAccount } from "./workspace";

type TStorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/**
 * `test` whose pages start signed in as `account` (set with `test.use({ account })`): each
 * worker logs in once per account through the login form and reuses the session cookie, for
 * specs that only read pages and are not about logging in.
 */
export const test = base.extend<
  { account: TAccount | null },
  { sessions: Map<string, Promise<TStorageState>> }
>({
  account: [null, { option: true }],
  sessions: [
    async ({ browser }, use) => {
      void browser;
      await use(new Map());
    },
    { scope: "worker" },
  ],
  storageState: async ({ account, sessions, browser, baseURL, storageState }, use) => {
    if (!account) {
      await use(storageState);
      return;
    }
    let state = sessions.get(account.email);
    if (!state) {
      state = (async () => {
        const context = await browser.newContext({ baseURL, locale: "es-CO" });
        try {
          await logIn(await context.newPage(), account);
          return await context.storageState();
        } finally {
          await context.close();
        }
      })();
      sessions.set(account.email, state);
    }
    await use(await state);
  },
});
