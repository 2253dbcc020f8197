/**
 * The Fastify path a modeled URI is routed on, computed as the runtime's `routePath` does: the
 * path part up to the first label, which becomes `*` (labels, query literals and what follows
 * are matched by the runtime), and `:` in literal segments escaped as `::`.
 */
export function routePath(uri: string): string {
  const segments: string[] = [];
  for (const segment of uri.split("?")[0].split("/").slice(1)) {
    if (/^\{[^{}]+\}$/.test(segment)) {
      segments.push("*");
      break;
    }
    segments.push(segment.replaceAll(":", "::"));
  }
  return `/${segments.join("/")}`;
}

/** Number of literal query parts of a URI pattern: more of them makes a route more specific. */
export function queryLiteralCount(uri: string): number {
  const query = uri.split("?")[1];
  return query ? query.split("&").filter(Boolean).length : 0;
}
