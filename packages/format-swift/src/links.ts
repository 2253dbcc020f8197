// `Link` header values (RFC 8288) as the registry specification uses them and SwiftPM reads
// them: entries joined by `, `, parameters by `; `, each value quoted. SwiftPM splits the header on
// `,` and `;` without honouring quotes, so URLs carrying either character are percent-encoded
// (publishers choose their repository URLs; nothing they send can break the header).

export interface Link {
  url: string;
  rel: string;
  /** Further parameters, in order (`filename`, `swift-tools-version`). */
  params?: Array<[string, string]>;
}

/** Percent-encodes what would break the header: separators, spaces and controls, and anything not ASCII (as UTF-8). */
const escapeUrl = (url: string) =>
  url.replace(/[^\x21-\x7e]|[,;<>]/gu, (c) => [...Buffer.from(c, "utf8")].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""));
const quote = (value: string) => `"${value.replace(/["\\,;]/g, "")}"`;

export function linkHeader(links: readonly Link[]): string | undefined {
  if (links.length === 0) return undefined;
  return links
    .map((link) => [`<${escapeUrl(link.url)}>`, `rel=${quote(link.rel)}`, ...(link.params ?? []).map(([k, v]) => `${k}=${quote(v)}`)].join("; "))
    .join(", ");
}
