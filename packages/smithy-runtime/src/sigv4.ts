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
  let credential = value.trim();
  if (value.startsWith("AWS4-")) {
    // String search rather than a regular expression: this runs on every request.
    const start = value.indexOf("Credential=");
    if (start === -1) return undefined;
    const from = start + "Credential=".length;
    let end = from;
    while (end < value.length && value[end] !== "," && value[end] !== " " && value[end] !== "\t") end++;
    credential = value.slice(from, end);
  }
  const parts = credential.split("/");
  if (parts.length !== 5 || parts[4] !== "aws4_request" || parts[0] === "") return undefined;
  return { accessKeyId: parts[0], date: parts[1], region: parts[2], service: parts[3] };
}

/** Locally, an access key id made of 12 digits names the account; anything else is the default. */
export function accountIdFromAccessKey(accessKeyId: string | undefined): string {
  return accessKeyId !== undefined && /^\d{12}$/.test(accessKeyId) ? accessKeyId : DEFAULT_ACCOUNT_ID;
}
