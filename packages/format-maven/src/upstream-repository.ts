import {
  type Coordinate,
  type ExpectedDigest,
  type ExternalAsset,
  type ExternalPackage,
  type ExternalVersion,
  type RegistryClient,
  type UpstreamResult,
  type VersionMetadata,
} from "@codeartifact-local/package-service";
import { PublicRegistry, type RegistryConfig } from "@codeartifact-local/format-kit";
import { parseMetadata } from "./metadata-xml";
import { versionMetadataOfPom } from "./pom";
import { isSnapshot, METADATA_FILE } from "./routes";

// The public Maven repository behind a `public:maven-*` connection (Maven Central by default, any
// URL configured per connection): a plain Maven 2 layout read over HTTP through the kit's bounded
// fetcher. Versions come from the artifact's maven-metadata.xml; an asset is downloaded with the
// repository's `.sha1` as its expected digest, and the version's POM gives the metadata recorded
// when the version is ingested. SNAPSHOTs are never listed: CodeArtifact does not ingest them.

/** The path of an artifact's directory in the Maven 2 layout (`com/example/app/`). */
export function artifactPath(coordinate: Coordinate): string {
  const group = (coordinate.namespace ?? "").split(".").map(encodeURIComponent).join("/");
  return `${group}/${encodeURIComponent(coordinate.name)}/`;
}

export class MavenRepository extends PublicRegistry implements RegistryClient<undefined, undefined> {
  constructor(config: RegistryConfig) {
    super(config);
  }

  async getPackage(connection: string, coordinate: Coordinate): Promise<UpstreamResult<ExternalPackage<undefined, undefined>>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no repository URL is configured for ${connection}` };
    const url = new URL(`${artifactPath(coordinate)}${METADATA_FILE}`, base).href;
    return this.fetcher.document(url, { accept: "application/xml, text/xml;q=0.9, */*;q=0.1" }, async (response) => {
      const parsed = parseMetadata(await response.text());
      const versions = parsed.versions.filter((v) => !isSnapshot(v)).map((version) => ({ version, data: undefined }));
      return { versions, data: undefined };
    });
  }

  async fetchAsset(
    connection: string,
    coordinate: Coordinate,
    _pkg: ExternalPackage<undefined, undefined>,
    version: ExternalVersion<undefined>,
    assetName: string,
  ): Promise<UpstreamResult<ExternalAsset>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no repository URL is configured for ${connection}` };
    const directory = new URL(`${artifactPath(coordinate)}${encodeURIComponent(version.version)}/`, base);
    const url = new URL(encodeURIComponent(assetName), directory).href;
    const [digests, metadata] = await Promise.all([this.declaredSha1(url), this.pomMetadata(directory, coordinate.name, version.version)]);
    const download = await this.fetcher.stream(url, { accept: "*/*" });
    if (!download.ok) return download;
    return { ok: true, value: { content: download.value, digests, metadata } };
  }

  /** The `.sha1` the repository publishes beside a file (Maven Central has one for every file), as an expected digest. */
  private async declaredSha1(url: string): Promise<ExpectedDigest[]> {
    const answer = await this.fetcher.get(`${url}.sha1`, { accept: "text/plain, */*" }, (response) => response.text());
    const hex = answer.ok ? /^\s*([0-9a-fA-F]{40})\b/.exec(answer.value)?.[1] : undefined;
    return hex ? [{ algorithm: "sha1", digest: Buffer.from(hex, "hex").toString("base64") }] : [];
  }

  /** The version's POM, read for descriptive metadata and dependencies (best effort). */
  private async pomMetadata(directory: URL, artifactId: string, version: string): Promise<VersionMetadata | undefined> {
    const url = new URL(encodeURIComponent(`${artifactId}-${version}.pom`), directory).href;
    const answer = await this.fetcher.document(url, { accept: "application/xml, */*" }, (response) => response.text());
    return answer.ok ? versionMetadataOfPom(answer.value) : undefined;
  }
}
