import { currentUser } from "@lab/api/auth/session";
import { handleDatasetUpload } from "@lab/api/rest/dataset-upload-handler";
import { getPrisma } from "@lab/db/client";
import { resolveSecuritySettings } from "@lab/db/settings";

// A publisher's upload of a dataset's next version (the raw file as the body, its name in
// X-File-Name); the rules live in packages/api.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string }> };

export async function POST(request: Request, { params }: TContext) {
  return handleDatasetUpload(request, (await params).slug, {
    prisma: getPrisma(),
    session: await currentUser(),
    trustProxy: resolveSecuritySettings().trustProxy,
    allowedOrigins: process.env.NEXTAUTH_URL ? [process.env.NEXTAUTH_URL] : [],
  });
}
