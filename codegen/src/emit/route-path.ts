/** Number of literal query parts of a URI pattern: more of them makes a route more specific. */
export function queryLiteralCount(uri: string): number {
  const query = uri.split("?")[1];
  return query ? query.split("&").filter(Boolean).length : 0;
}
