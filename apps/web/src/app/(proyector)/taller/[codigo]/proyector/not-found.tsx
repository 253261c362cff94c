import BoardNotFound from "~/app/(site)/taller/[codigo]/not-found";
import { SiteChrome } from "~/components/site-chrome";

// The projector has no site frame; its 404 page is the participant's one, framed.
export default function ProjectorNotFound() {
  return (
    <SiteChrome>
      <BoardNotFound />
    </SiteChrome>
  );
}
