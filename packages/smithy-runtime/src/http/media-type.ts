/** The `type/subtype` of a Content-Type or Accept entry, lowercased, parameters dropped. */
export function baseMediaType(value: string): string {
  const semicolon = value.indexOf(";");
  return (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase();
}

/** Whether an Accept header admits `mediaType`; an absent or empty header admits anything. */
export function accepts(accept: string | undefined, mediaType: string): boolean {
  if (accept === undefined || accept.trim() === "") return true;
  const wanted = mediaType.toLowerCase();
  const slash = wanted.indexOf("/");
  const wantedType = wanted.slice(0, slash);
  for (const entry of accept.split(",")) {
    const [range, ...params] = entry.split(";");
    const quality = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
    if (quality !== undefined && Number(quality.slice(2)) === 0) continue;
    const candidate = range.trim().toLowerCase();
    if (candidate === "*/*" || candidate === wanted || candidate === `${wantedType}/*`) return true;
  }
  return false;
}
