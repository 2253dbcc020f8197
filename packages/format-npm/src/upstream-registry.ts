import type { Coordinate, ExternalAsset, ExternalPackage, ExternalVersion, RegistryClient, UpstreamResult } from "@codeartifact-local/package-service";
import { PublicRegistry } from "@codeartifact-local/format-kit";
import { expectedDigests } from "./integrity";
import { isObject, readmeOf, versionMetadataOf, type Manifest } from "./manifest";
import { escapedName, NPM_ASSET, type NpmName } from "./names";

// The public npm registry behind `public:npmjs` (or whatever registry the configuration points the
// connection at), read through the kit's bounded fetcher. The package service decides when to ask.

export interface UpstreamPackument {
  name?: string;
  "dist-tags"?: Record<string, string>;
  versions?: Record<string, Record<string, unknown>>;
  time?: Record<string, string>;
  readme?: string;
  [key: string]: unknown;
}

export type ExternalNpmPackage = ExternalPackage<UpstreamPackument, Manifest>;

export function npmNameOf(coordinate: Pick<Coordinate, "namespace" | "name">): NpmName {
  const { namespace: scope, name } = coordinate;
  return { full: scope === undefined ? name : `@${scope}/${name}`, scope, name };
}

export class NpmRegistry extends PublicRegistry implements RegistryClient<UpstreamPackument, Manifest> {
  async getPackage(connection: string, coordinate: Coordinate): Promise<UpstreamResult<ExternalNpmPackage>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no registry URL is configured for ${connection}` };
    const url = new URL(escapedName(npmNameOf(coordinate)), base).href;
    return this.fetcher.document(url, { accept: "application/json" }, async (response) => {
      const packument = (await response.json()) as UpstreamPackument;
      if (!isObject(packument)) throw new Error(`${url} did not answer with a packument`);
      const times = isObject(packument.time) ? packument.time : {};
      const versions: ExternalVersion<Manifest>[] = [];
      for (const [version, manifest] of Object.entries(isObject(packument.versions) ? packument.versions : {})) {
        if (isObject(manifest)) versions.push({ version, publishedTime: typeof times[version] === "string" ? times[version] : undefined, data: manifest });
      }
      return { versions, data: packument };
    });
  }

  async fetchAsset(
    connection: string,
    coordinate: Coordinate,
    pkg: ExternalNpmPackage,
    version: ExternalVersion<Manifest>,
    assetName: string,
  ): Promise<UpstreamResult<ExternalAsset>> {
    const base = this.baseUrl(connection);
    const dist = version.data.dist;
    if (assetName !== NPM_ASSET || !base || !isObject(dist) || typeof dist.tarball !== "string") return { ok: false, notFound: true };
    const download = await this.fetcher.stream(new URL(dist.tarball, base).href, { accept: "application/octet-stream" });
    if (!download.ok) return download;
    const name = npmNameOf(coordinate);
    const latest = version.version === pkg.data["dist-tags"]?.latest;
    return {
      ok: true,
      value: {
        content: download.value,
        digests: expectedDigests(dist),
        metadata: versionMetadataOf(name, version.data, readmeOf(version.data, latest ? pkg.data.readme : undefined)),
      },
    };
  }
}
