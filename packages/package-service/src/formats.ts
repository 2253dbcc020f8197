import type { Readable } from "node:stream";
import type { JsonValue, PackageFormat } from "@codeartifact-local/store";
import type { ExpectedDigest } from "./integrity-check";
import type { Coordinate } from "./names";
import type { VersionMetadata } from "./publish";
import { compareVersions as defaultOrder } from "./version-order";

// What a package format supplies to the package service. The service runs every search (the
// called repository, its upstreams, the external connections), every fetch from a public registry
// (digest check, storage, retention) and every rule about statuses and origins; a format only
// knows its own versions and its own public registry. See docs/adding-a-format.md.

/** An answer from a public registry: found, not there, or not reachable right now. */
export type UpstreamResult<T> = { ok: true; value: T } | { ok: false; notFound: true } | { ok: false; unreachable: string };

/** A version a public registry lists. */
export interface ExternalVersion<V = unknown> {
  /** As the registry spells it. */
  version: string;
  /** ISO 8601 time the registry says it was published, when it says. */
  publishedTime?: string;
  /** The registry's own description of the version (an npm manifest, a PyPI file list). */
  data: V;
}

/** A package as a public registry lists it. */
export interface ExternalPackage<P = unknown, V = unknown> {
  versions: ExternalVersion<V>[];
  /** The registry's package-level document (npm dist-tags and readme, ...). */
  data: P;
}

/** One asset of an external version, opened for download. */
export interface ExternalAsset {
  content: Readable;
  /** Digests the registry declares for the bytes; the download is refused when one differs. */
  digests: ExpectedDigest[];
  /** Descriptive data recorded with the version when it is ingested. */
  metadata?: VersionMetadata;
}

/** A client for the public registry a format's external connections proxy. */
export interface RegistryClient<P = unknown, V = unknown> {
  /** Where the registry behind a connection is (for messages), or undefined when none is configured. */
  baseUrl(connection: string): string | undefined;
  /** The package as the registry behind `connection` lists it. */
  getPackage(connection: string, coordinate: Coordinate): Promise<UpstreamResult<ExternalPackage<P, V>>>;
  /**
   * Opens `assetName` of a listed version. `notFound` when the version has no such asset (or the
   * registry lists it but cannot serve it).
   */
  fetchAsset(
    connection: string,
    coordinate: Coordinate,
    pkg: ExternalPackage<P, V>,
    version: ExternalVersion<V>,
    assetName: string,
  ): Promise<UpstreamResult<ExternalAsset>>;
}

/** Random access to a stored asset, for formats that read inside archives (a wheel's METADATA). */
export interface StoredAsset {
  name: string;
  size: number;
  read(start: number, end: number): Readable;
}

export interface FormatAdapter<P = unknown, V = unknown> {
  readonly format: PackageFormat;
  /** Total order on the format's version strings (listings, "latest", pagination). */
  compareVersions(a: string, b: string): number;
  /**
   * Format metadata to record once an asset is stored, by publish or by ingestion (for instance
   * the digest of a wheel's METADATA): gets the version's current format metadata, returns the new.
   */
  assetStored?(asset: StoredAsset, current: JsonValue | undefined): Promise<JsonValue | undefined>;
  /**
   * The readme an asset carries inside it (a crate's README), for versions that arrive without one
   * (ingested from a registry whose index has none): read once the asset is stored, recorded only
   * when the version has no readme yet.
   */
  assetReadme?(asset: StoredAsset): Promise<string | undefined>;
  /** The public registry behind the format's external connections. */
  readonly registry?: RegistryClient<P, V>;
}

/** The formats a package service knows; formats without an adapter get natural version order. */
export class FormatRegistry {
  readonly #adapters = new Map<PackageFormat, FormatAdapter>();

  constructor(adapters: readonly FormatAdapter[] = []) {
    for (const adapter of adapters) this.#adapters.set(adapter.format, adapter);
  }

  get(format: PackageFormat): FormatAdapter | undefined {
    return this.#adapters.get(format);
  }

  compareVersions(format: PackageFormat, a: string, b: string): number {
    const adapter = this.#adapters.get(format);
    const c = adapter ? adapter.compareVersions(a, b) : defaultOrder(a, b);
    // Ties (e.g. "1.0" and "1.0.0" in PEP 440) fall back to the byte order: pagination needs a total order.
    return c !== 0 ? c : a < b ? -1 : a > b ? 1 : 0;
  }
}
