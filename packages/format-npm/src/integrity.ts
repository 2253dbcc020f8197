import type { ExpectedDigest } from "@codeartifact-local/package-service";

// Tarball integrity as npm declares it: `dist.integrity` (Subresource Integrity, usually sha512)
// and the legacy `dist.shasum` (hex SHA-1), turned into the digests IntegrityCheck verifies.

const ALGORITHMS: Record<string, string> = { sha512: "sha512", sha384: "sha384", sha256: "sha256", sha1: "sha1" };

/** Every digest the dist object declares in a known algorithm. */
export function expectedDigests(dist: { integrity?: unknown; shasum?: unknown } | undefined): ExpectedDigest[] {
  const out: ExpectedDigest[] = [];
  if (typeof dist?.integrity === "string") {
    for (const entry of dist.integrity.trim().split(/\s+/)) {
      const dash = entry.indexOf("-");
      const algorithm = ALGORITHMS[entry.slice(0, dash)];
      // SRI allows `?options` after the digest.
      const digest = entry.slice(dash + 1).split("?")[0];
      if (dash > 0 && algorithm && digest) out.push({ algorithm, digest });
    }
  }
  if (typeof dist?.shasum === "string" && /^[0-9a-f]{40}$/i.test(dist.shasum)) {
    out.push({ algorithm: "sha1", digest: Buffer.from(dist.shasum, "hex").toString("base64") });
  }
  return out;
}

/** SRI string for a hex digest, e.g. an asset's stored sha512. */
export function sriOf(algorithm: string, hex: string): string {
  return `${algorithm}-${Buffer.from(hex, "hex").toString("base64")}`;
}
