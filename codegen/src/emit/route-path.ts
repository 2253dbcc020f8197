/**
 * The Fastify path a modeled URI is routed on, computed as the runtime's `routePath` does: the
 * path part only (query literals are matched by the runtime), `{label}` → `:label`, a greedy
 * `{label+}` → `*` with the rest dropped, and `:` in literal segments escaped as `::`.
 */
export function routePath(uri: string): string {
  const segments: string[] = [];
  for (const segment of uri.split("?")[0].split("/").slice(1)) {
    const label = /^\{([^{}]+?)(\+)?\}$/.exec(segment);
    if (label?.[2]) {
      segments.push("*");
      break;
    }
    segments.push(label ? `:${label[1]}` : segment.replaceAll(":", "::"));
  }
  return `/${segments.join("/")}`;
}

/** Number of literal query parts of a URI pattern: more of them makes a route more specific. */
export function queryLiteralCount(uri: string): number {
  const query = uri.split("?")[1];
  return query ? query.split("&").filter(Boolean).length : 0;
}
