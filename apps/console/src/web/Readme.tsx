import DOMPurify from "dompurify";
import { marked } from "marked";
import { useMemo } from "react";

/**
 * A package's readme as Markdown, sanitized before it reaches the page: a readme is whatever the
 * publisher wrote, so script, event handlers and the like are dropped, and the server's
 * Content-Security-Policy refuses anything that would load from another host.
 */
export function Readme({ text }: { text: string }) {
  const html = useMemo(() => DOMPurify.sanitize(marked.parse(text, { async: false, gfm: true })), [text]);
  return <article className="readme" dangerouslySetInnerHTML={{ __html: html }} />;
}
