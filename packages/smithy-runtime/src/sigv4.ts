/** The credential scope of an AWS Signature Version 4 request. */
export interface SigV4Credential {
  accessKeyId: string;
  /** `YYYYMMDD` */
  date: string;
  region: string;
  service: string;
}

export const DEFAULT_ACCOUNT_ID = "000000000000";
export const DEFAULT_REGION = "us-east-1";

/**
 * Parses `AWS4-HMAC-SHA256 Credential=<AKID>/<date>/<region>/<service>/aws4_request, …`
 * (an Authorization header) or the bare credential (the `X-Amz-Credential` query
 * parameter of presigned URLs). Does not verify the signature.
 */
export function parseSigV4Credential(value: string | undefined): SigV4Credential | undefined {
  if (!value) return undefined;
  // String searches rather than regular expressions or split: this runs on every request.
  let from = 0;
  let end = value.length;
  if (value.startsWith("AWS4-")) {
    // "AWS4-HMAC-SHA256 Credential=" puts it at 17; search only when it is elsewhere.
    const start = value.startsWith("Credential=", 17) ? 17 : value.indexOf("Credential=");
    if (start === -1) return undefined;
    from = start + "Credential=".length;
    // The credential ends at the comma before SignedHeaders (or at a space).
    const comma = value.indexOf(",", from);
    const space = value.indexOf(" ", from);
    if (comma !== -1) end = comma;
    if (space !== -1 && space < end) end = space;
  } else {
    while (from < end && isSpace(value.charCodeAt(from))) from++;
    while (end > from && isSpace(value.charCodeAt(end - 1))) end--;
  }
  // <access key id>/<date>/<region>/<service>/aws4_request
  const s1 = value.indexOf("/", from);
  const s2 = s1 === -1 ? -1 : value.indexOf("/", s1 + 1);
  const s3 = s2 === -1 ? -1 : value.indexOf("/", s2 + 1);
  const s4 = s3 === -1 ? -1 : value.indexOf("/", s3 + 1);
  if (s4 === -1 || s4 >= end || s1 === from) return undefined;
  if (end - s4 - 1 !== 12 || !value.startsWith("aws4_request", s4 + 1)) return undefined;
  return { accessKeyId: value.slice(from, s1), date: value.slice(s1 + 1, s2), region: value.slice(s2 + 1, s3), service: value.slice(s3 + 1, s4) };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Locally, an access key id made of 12 digits names the account; anything else is the default. */
export function accountIdFromAccessKey(accessKeyId: string | undefined): string {
  if (accessKeyId?.length !== 12) return DEFAULT_ACCOUNT_ID;
  for (let i = 0; i < 12; i++) {
    const code = accessKeyId.charCodeAt(i);
    if (code < 48 || code > 57) return DEFAULT_ACCOUNT_ID;
  }
  return accessKeyId;
}
