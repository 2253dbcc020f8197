import { inflateSync } from "node:zlib";
import type { Readable } from "node:stream";
import { load, RubyObject } from "@hyrious/marshal";
import type {
  Coordinate,
  ExternalAsset,
  ExternalPackage,
  ExternalVersion,
  RegistryClient,
  UpstreamResult,
  VersionMetadata,
} from "@codeartifact-local/package-service";
import { PublicRegistry, type RegistryConfig } from "@codeartifact-local/format-kit";
import { parseInfo, parseVersions, type IndexEntry, type VersionsLine } from "./compact-index";
import { fullName, gemFileName } from "./names";

// The registry behind `public:ruby-gems-org` (by default https://rubygems.org/, configurable per
// connection), read through its compact index: `info/<gem>` for a gem's versions, dependencies and
// checksums, `versions` for the list of gems, `gems/<file>` for downloads and
// `quick/Marshal.4.8/<full name>.gemspec.rz` for what else a version says (summary, licenses).
// A static tree of those files is enough. The package service decides when to ask.

export interface UpstreamGem {
  /** The info file as the registry serves it (served verbatim while nothing of the gem is held). */
  info: string;
}

export type ExternalGem = ExternalPackage<UpstreamGem, IndexEntry[]>;

const MAX_QUICK_SPEC_BYTES = 4 * 1024 * 1024;

async function readAll(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Summary, home page and licenses from a quick gemspec's Marshal (its `_dump` array). */
export function describeQuickSpec(rz: Buffer): VersionMetadata {
  const outer = load(inflateSync(rz, { maxOutputLength: MAX_QUICK_SPEC_BYTES }));
  if (!(outer instanceof RubyObject) || !outer.userDefined) return {};
  const fields = load(outer.userDefined);
  if (!Array.isArray(fields)) return {};
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const licenses = Array.isArray(fields[17]) ? fields[17].filter((l): l is string => typeof l === "string" && l !== "") : [];
  return { summary: text(fields[5]), homePage: text(fields[14]), ...(licenses.length ? { licenses: licenses.map((name) => ({ name })) } : {}) };
}

export class RubyGemsIndex extends PublicRegistry implements RegistryClient<UpstreamGem, IndexEntry[]> {
  constructor(config: RegistryConfig) {
    super(config);
  }

  /** The gem's versions (entries grouped by version: one per platform), from its info file. */
  async getPackage(connection: string, coordinate: Coordinate): Promise<UpstreamResult<ExternalGem>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no registry URL is configured for ${connection}` };
    const url = new URL(`info/${encodeURIComponent(coordinate.name)}`, base).href;
    return this.fetcher.document(url, { accept: "text/plain" }, async (response) => {
      const info = await response.text();
      const byVersion = new Map<string, IndexEntry[]>();
      for (const entry of parseInfo(info)) byVersion.set(entry.version, [...(byVersion.get(entry.version) ?? []), entry]);
      return { versions: [...byVersion].map(([version, data]) => ({ version, data })), data: { info } };
    });
  }

  async fetchAsset(
    connection: string,
    coordinate: Coordinate,
    _gem: ExternalGem,
    version: ExternalVersion<IndexEntry[]>,
    file: string,
  ): Promise<UpstreamResult<ExternalAsset>> {
    const entry = version.data.find((e) => gemFileName(coordinate.name, e.version, e.platform) === file);
    const base = this.baseUrl(connection);
    if (!entry || !base) return { ok: false, notFound: true };
    const described = await this.describe(connection, fullName(coordinate.name, entry.version, entry.platform));
    const download = await this.fetcher.stream(new URL(`gems/${encodeURIComponent(file)}`, base).href, { accept: "*/*" });
    if (!download.ok) return download;
    return {
      ok: true,
      value: {
        content: download.value,
        digests: entry.checksum ? [{ algorithm: "sha256", digest: Buffer.from(entry.checksum, "hex").toString("base64") }] : [],
        metadata: {
          ...described,
          dependencies: entry.dependencies.map(([name, requirement]) => ({ package: name, versionRequirement: requirement, dependencyType: "runtime" })),
        },
      },
    };
  }

  /** The registry's list of gems (its versions file). */
  async versions(connection: string): Promise<UpstreamResult<Map<string, VersionsLine>>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no registry URL is configured for ${connection}` };
    return this.fetcher.document(new URL("versions", base).href, { accept: "text/plain" }, async (response) => parseVersions(await response.text()));
  }

  /** A quick gemspec as the registry serves it, for versions not retained yet. */
  quickSpec(connection: string, name: string): Promise<UpstreamResult<Readable>> {
    const base = this.baseUrl(connection);
    if (!base) return Promise.resolve({ ok: false, unreachable: `no registry URL is configured for ${connection}` });
    return this.fetcher.stream(new URL(`quick/Marshal.4.8/${encodeURIComponent(name)}.gemspec.rz`, base).href, { accept: "*/*" });
  }

  /** What the quick gemspec says of a version (best effort: nothing when it cannot be read). */
  private async describe(connection: string, name: string): Promise<VersionMetadata> {
    const fetched = await this.quickSpec(connection, name);
    if (!fetched.ok) return {};
    try {
      return describeQuickSpec(await readAll(fetched.value, MAX_QUICK_SPEC_BYTES));
    } catch {
      return {};
    }
  }
}
