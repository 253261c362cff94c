import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { lessonSanitizeSchema } from "./lesson-markdown-schema";

// The lessons' allow-list, plus what other staff texts (methodology, descriptions) may hold.
const schema = {
  ...lessonSanitizeSchema,
  tagNames: [...(lessonSanitizeSchema.tagNames ?? []), "h1"],
  protocols: { ...lessonSanitizeSchema.protocols, src: ["http", "https"] },
};

/**
 * Markdown written by staff. Raw HTML is never rendered (react-markdown drops it unless told
 * otherwise), unsafe link protocols are removed, and the result is sanitized against the same
 * allow-list as lessons, so no script or event attribute survives.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeSanitize, schema]]}
        skipHtml
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
