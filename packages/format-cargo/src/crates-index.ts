import { PublicRegistry } from "@codeartifact-local/format-kit";
import type { Coordinate, ExternalAsset, ExternalPackage, ExternalVersion, RegistryClient, UpstreamResult } from "@codeartifact-local/package-service";
import { dependenciesOf, isObject, parseIndexFile, storedFormatMetadata, type IndexLine } from "./index-line";
import { crateAssetName, downloadUrl, indexPath } from "./names";

// The registry behind `public:crates-io` (by default the sparse index https://index.crates.io/,
// configurable per connection), read with the sparse protocol through the kit's bounded fetcher:
// `config.json` for the download template, one index file per crate, `.crate` downloads checked
// against the index's `cksum`. A static tree of those files is enough to stand in for it.

export type ExternalCrate = ExternalPackage<undefined, IndexLine>;

export class CratesIndex extends PublicRegistry implements RegistryClient<undefined, IndexLine> {
  /** Every line of the crate's index file, as versions (`coordinate.name` is the lowercased name). */
  async getPackage(connection: string, coordinate: Coordinate): Promise<UpstreamResult<ExternalCrate>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no index URL is configured for ${connection}` };
    const url = new URL(indexPath(coordinate.name), base).href;
    return this.fetcher.document(url, { accept: "text/plain, */*" }, async (response) => {
      const lines = parseIndexFile(await response.text());
      return { versions: lines.map((line) => ({ version: line.vers, data: line })), data: undefined };
    });
  }

  async fetchAsset(
    connection: string,
    coordinate: Coordinate,
    _crate: ExternalCrate,
    version: ExternalVersion<IndexLine>,
    assetName: string,
  ): Promise<UpstreamResult<ExternalAsset>> {
    const line = version.data;
    if (assetName !== crateAssetName(coordinate.name, line.vers)) return { ok: false, notFound: true };
    const dl = await this.downloadTemplate(connection);
    if (!dl.ok) return "notFound" in dl ? { ok: false, unreachable: `${connection} has no config.json` } : dl;
    const download = await this.fetcher.stream(downloadUrl(dl.value, line.name, line.vers, line.cksum), { accept: "application/octet-stream" });
    if (!download.ok) return download;
    return {
      ok: true,
      value: {
        content: download.value,
        digests: [{ algorithm: "sha256", digest: Buffer.from(line.cksum, "hex").toString("base64") }],
        metadata: { displayName: line.name, dependencies: dependenciesOf(line.deps), formatMetadata: storedFormatMetadata(line) },
      },
    };
  }

  /** The `dl` of the index's config.json, resolved against the index URL. */
  async downloadTemplate(connection: string): Promise<UpstreamResult<string>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no index URL is configured for ${connection}` };
    const url = new URL("config.json", base).href;
    return this.fetcher.document(url, { accept: "application/json" }, async (response) => {
      const config: unknown = await response.json();
      if (!isObject(config) || typeof config.dl !== "string") throw new Error(`${url} has no dl`);
      // Templates keep their braces: resolve only the part before the first marker.
      const marker = config.dl.indexOf("{");
      return marker < 0 ? new URL(config.dl, url).href : new URL(config.dl.slice(0, marker), url).href + config.dl.slice(marker);
    });
  }
}
