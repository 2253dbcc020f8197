// API versioning (section 3.5 of the registry specification): clients name the version in
// `Accept: application/vnd.swift.registry[.v{version}][+{json|zip|swift}]`. Version 1 is served; a
// version that is not a decimal integer is refused with 400, another integer with 415. A request
// naming no registry media type (curl's `*/*`, none at all) is served as version 1, which the
// specification allows.

export type MediaType = "json" | "zip" | "swift";

export type Negotiated = { ok: true; mediaType?: MediaType } | { ok: false; status: 400 | 415; detail: string };

const REGISTRY_TYPE = /^application\/vnd\.swift\.registry(?:\.v([^+;\s]*))?(?:\+([^;\s]*))?$/i;
const MEDIA_TYPES: ReadonlySet<string> = new Set(["json", "zip", "swift"]);

export function negotiateVersion(accept: string | undefined): Negotiated {
  let invalid: string | undefined;
  let unsupported = false;
  for (const part of (accept ?? "").split(",")) {
    const match = REGISTRY_TYPE.exec(part.split(";")[0].trim());
    if (!match) continue;
    const [, version, mediaType] = match;
    if (version !== undefined && !/^\d+$/.test(version)) invalid ??= "invalid API version";
    else if (mediaType !== undefined && !MEDIA_TYPES.has(mediaType.toLowerCase())) invalid ??= `invalid media type "${mediaType}"`;
    else if (version !== undefined && Number(version) !== 1) unsupported = true;
    else return { ok: true, mediaType: mediaType?.toLowerCase() as MediaType | undefined };
  }
  if (invalid) return { ok: false, status: 400, detail: invalid };
  if (unsupported) return { ok: false, status: 415, detail: "unsupported API version" };
  return { ok: true };
}
