import { currentUser } from "@lab/api/auth/session";
import { handleImportUpload } from "@lab/api/rest/import-handler";
import { getPrisma } from "@lab/db/client";
import { resolveSecuritySettings } from "@lab/db/settings";

// Bulk import of an indicator's values (preview or apply); the rules live in packages/api.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string }> };

export async function POST(request: Request, { params }: TContext) {
  return handleImportUpload(request, (await params).slug, {
    prisma: getPrisma(),
    session: await currentUser(),
    trustProxy: resolveSecuritySettings().trustProxy,
    allowedOrigins: process.env.NEXTAUTH_URL ? [process.env.NEXTAUTH_URL] : [],
  });
}
