// NuGet versions as NuGet.Versioning reads and orders them: one to four numeric parts (a missing
// part is 0), an optional release label of dot-separated identifiers after `-`, optional build
// metadata after `+` that never takes part in the order. A version without a label sorts after
// the same version with one; labels compare identifier by identifier (numbers numerically and
// before text, text case-insensitively), and a label that is a prefix of another sorts first.
// No npm library implements these rules (the SemVer ones reject four parts), hence this module.

export interface NugetVersion {
  /** Major, minor, patch, revision. */
  parts: [number, number, number, number];
  /** Release label identifiers; empty for a stable version. */
  label: string[];
}

const INT32_MAX = 2147483647;
const NUMBER = /^\d+$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;

function int32(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text);
  return value <= INT32_MAX ? value : undefined;
}

/** Parses a NuGet version (leading zeros allowed, as NuGet accepts them), or undefined. */
export function parseNugetVersion(text: string): NugetVersion | undefined {
  if (text.length === 0 || text.length > 255 || text.trim() !== text) return undefined;
  const plus = text.indexOf("+");
  const withoutMetadata = plus < 0 ? text : text.slice(0, plus);
  if (
    plus >= 0 &&
    !text
      .slice(plus + 1)
      .split(".")
      .every((id) => IDENTIFIER.test(id))
  )
    return undefined;
  const dash = withoutMetadata.indexOf("-");
  const numbers = (dash < 0 ? withoutMetadata : withoutMetadata.slice(0, dash)).split(".");
  if (numbers.length > 4) return undefined;
  const values = numbers.map(int32);
  if (values.some((v) => v === undefined)) return undefined;
  const label = dash < 0 ? [] : withoutMetadata.slice(dash + 1).split(".");
  if (dash >= 0 && !label.every((id) => IDENTIFIER.test(id))) return undefined;
  const parts = [0, 0, 0, 0] as [number, number, number, number];
  values.forEach((v, i) => (parts[i] = v!));
  return { parts, label };
}

export function isNugetVersion(text: string): boolean {
  return parseNugetVersion(text) !== undefined;
}

function compareIdentifiers(a: string, b: string): number {
  const x = int32(a);
  const y = int32(b);
  if (x !== undefined && y !== undefined) return x - y;
  if (x !== undefined) return -1;
  if (y !== undefined) return 1;
  const p = a.toLowerCase();
  const q = b.toLowerCase();
  return p < q ? -1 : p > q ? 1 : 0;
}

/** NuGet's order of two parsed versions (build metadata ignored). */
export function compareParsed(a: NugetVersion, b: NugetVersion): number {
  for (let i = 0; i < 4; i++) if (a.parts[i] !== b.parts[i]) return a.parts[i] < b.parts[i] ? -1 : 1;
  if (a.label.length === 0 || b.label.length === 0) {
    if (a.label.length === b.label.length) return 0;
    return a.label.length === 0 ? 1 : -1;
  }
  for (let i = 0; i < Math.min(a.label.length, b.label.length); i++) {
    const c = compareIdentifiers(a.label[i], b.label[i]);
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return Math.sign(a.label.length - b.label.length);
}

/** The format's total order for the package service: versions NuGet cannot parse sort first, by text. */
export function compareNugetVersions(a: string, b: string): number {
  const x = parseNugetVersion(a);
  const y = parseNugetVersion(b);
  if (x && y) return compareParsed(x, y);
  if (x || y) return x ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a version has a release label (a prerelease, which clients hide unless asked). */
export function isPrerelease(text: string): boolean {
  return (parseNugetVersion(text)?.label.length ?? 0) > 0;
}

/** Whether a version needs a SemVer 2.0.0 aware client (a dotted label or build metadata). */
export function isSemVer2(text: string): boolean {
  const parsed = parseNugetVersion(text);
  return text.includes("+") || (parsed !== undefined && parsed.label.length > 1);
}
