import type { JsonValue, LicenseInfo, VersionMetadata } from "@codeartifact-local/package-service";

// The package release metadata document a publisher may send with a release (`metadata` part;
// JSON schema in appendix B of the registry specification): checked for the types the schema
// gives its properties, kept as sent, and mapped onto the version's descriptive fields so the
// API (DescribePackageVersion) shows them.

export const MAX_METADATA_BYTES = 1024 * 1024;

export type ParsedMetadata = { ok: true; document: Record<string, JsonValue> } | { ok: false; problem: string };

type Check = (value: JsonValue) => string | undefined;

const isObject = (value: unknown): value is Record<string, JsonValue> => typeof value === "object" && value !== null && !Array.isArray(value);
const string: Check = (value) => (typeof value === "string" ? undefined : "must be a string");
const url: Check = (value) => {
  if (typeof value !== "string") return "must be a string";
  return URL.canParse(value) ? undefined : "must be a URL";
};
const dateTime: Check = (value) => (typeof value === "string" && !Number.isNaN(Date.parse(value)) ? undefined : "must be an ISO 8601 date-time");
const object =
  (properties: Record<string, Check>, required: string[] = []): Check =>
  (value) => {
    if (!isObject(value)) return "must be an object";
    for (const key of required) if (!(key in value)) return `needs "${key}"`;
    for (const [key, check] of Object.entries(properties)) {
      if (!(key in value)) continue;
      const problem = check(value[key]);
      if (problem) return `"${key}" ${problem}`;
    }
    return undefined;
  };

const ORGANIZATION = object({ name: string, email: string, description: string, url }, ["name"]);
const AUTHOR = object({ name: string, email: string, description: string, organization: ORGANIZATION, url }, ["name"]);
const RELEASE = object({
  author: AUTHOR,
  description: string,
  licenseURL: url,
  originalPublicationTime: dateTime,
  readmeURL: url,
  repositoryURLs: (value) => (Array.isArray(value) && value.every((v) => typeof v === "string") ? undefined : "must be an array of strings"),
});

/** The release metadata document from the bytes of the `metadata` part. */
export function parseReleaseMetadata(bytes: Buffer): ParsedMetadata {
  let document: unknown;
  try {
    document = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    return { ok: false, problem: `invalid JSON provided for release metadata: ${(error as Error).message}` };
  }
  const problem = RELEASE(document as JsonValue);
  if (problem) return { ok: false, problem: `invalid release metadata: ${problem.startsWith('"') ? `property ${problem}` : `the document ${problem}`}` };
  return { ok: true, document: document as Record<string, JsonValue> };
}

/** The repository URLs a release declares. */
export function repositoryUrls(document: Record<string, JsonValue> | undefined): string[] {
  const urls = document?.repositoryURLs;
  return Array.isArray(urls) ? urls.filter((u): u is string => typeof u === "string") : [];
}

/** The version's descriptive fields from the release metadata. */
export function versionMetadataOf(document: Record<string, JsonValue> | undefined): VersionMetadata {
  if (!document) return {};
  const licenses: LicenseInfo[] | undefined = typeof document.licenseURL === "string" ? [{ url: document.licenseURL }] : undefined;
  return {
    summary: typeof document.description === "string" ? document.description : undefined,
    licenses,
    sourceCodeRepository: repositoryUrls(document)[0],
  };
}
