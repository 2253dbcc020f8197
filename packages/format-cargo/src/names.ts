// Crate names and where the sparse index keeps them. Index paths are built from the lowercased
// name (`1/a`, `2/ab`, `3/a/abc`, `ab/cd/abcd…`), so the endpoint stores a crate under its
// lowercased name and keeps the spelling it was published with as the display name. Every
// version has one asset, its `.crate`.

/** What cargo accepts as a package name (crates.io's rule: a letter first, at most 64 characters). */
const CRATE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** Characters of a name in an index path or a download URL (lenient: upstream registries may have older names). */
const LOOSE_NAME = /^[A-Za-z0-9_-]{1,255}$/;

export function isCrateName(name: string): boolean {
  return CRATE_NAME.test(name);
}

export function isLooseCrateName(name: string): boolean {
  return LOOSE_NAME.test(name);
}

/** The name crates are stored under (the package service's coordinate). */
export function crateKey(name: string): string {
  return name.toLowerCase();
}

/** The directories of a name's index file: `1`, `2`, `3/a`, `ab/cd` (in the name's own case). */
export function indexPrefix(name: string): string {
  if (name.length <= 2) return String(name.length);
  if (name.length === 3) return `3/${name[0]}`;
  return `${name.slice(0, 2)}/${name.slice(2, 4)}`;
}

/** The path of a crate's index file below the index root. */
export function indexPath(name: string): string {
  const lower = name.toLowerCase();
  return `${indexPrefix(lower)}/${lower}`;
}

/** The name of a version's one asset. */
export function crateAssetName(name: string, version: string): string {
  return `${crateKey(name)}-${version}.crate`;
}

/**
 * A download URL from a registry's `dl` template: the markers `{crate}`, `{version}`, `{prefix}`,
 * `{lowerprefix}` and `{sha256-checksum}`, or `/{crate}/{version}/download` appended when it has none.
 */
export function downloadUrl(dl: string, name: string, version: string, cksum: string): string {
  const markers: Record<string, string> = {
    "{crate}": name,
    "{version}": version,
    "{prefix}": indexPrefix(name),
    "{lowerprefix}": indexPrefix(name.toLowerCase()),
    "{sha256-checksum}": cksum,
  };
  if (!Object.keys(markers).some((marker) => dl.includes(marker))) return `${dl.replace(/\/+$/, "")}/${name}/${version}/download`;
  return dl.replace(/\{(crate|version|prefix|lowerprefix|sha256-checksum)\}/g, (marker) => markers[marker]);
}
