import { authOptions } from "@lab/api/auth/options";
import NextAuth from "next-auth";

type TRouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request on first use, so the build never needs the secret.
async function handler(req: Request, ctx: TRouteContext) {
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
