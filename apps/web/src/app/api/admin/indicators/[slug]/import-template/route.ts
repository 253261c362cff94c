import { currentUser } from "@lab/api/auth/session";
import { handleImportTemplate } from "@lab/api/rest/import-handler";
import { getPrisma } from "@lab/db/client";
import { resolveSecuritySettings } from "@lab/db/settings";

// The CSV/XLSX template for an indicator's bulk import.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: TContext) {
  return handleImportTemplate(request, (await params).slug, {
    prisma: getPrisma(),
    session: await currentUser(),
    trustProxy: resolveSecuritySettings().trustProxy,
    allowedOrigins: process.env.NEXTAUTH_URL ? [process.env.NEXTAUTH_URL] : [],
  });
}
