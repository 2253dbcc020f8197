import type { PackageFormat } from "@codeartifact-local/store";
import { invalid } from "./errors";
import { hasNamespaces, namespaceRequired, normalizeName, normalizeNamespace, type Coordinate } from "./names";

// Package-group patterns (User Guide, "Package group definition syntax and matching behavior").
// A pattern is a package path `/format/namespace/name` cut short and ended by a suffix:
//   `*` after a slash: every value of the next component      /*  /npm/*  /npm/space/*
//   `~` after a value: values starting with it (word prefix)   /maven/com.anycompany~  /npm/space/ui~
//   `$` after a name: exactly that coordinate                   /maven/org.apache/log4j-core$
// A namespace can be exact (followed by a name part) or a prefix, never `$`; a name part always
// comes with an exact namespace, which is empty for formats without namespaces (`/pypi//requests$`).

export type ComponentMatch = { kind: "any" } | { kind: "exact"; value: string } | { kind: "prefix"; value: string };

export interface GroupPattern {
  /** Canonical text: the normalized pattern, also the group's identifier. */
  text: string;
  /** Undefined for the root pattern `/*`. */
  format?: PackageFormat;
  namespace: ComponentMatch;
  name: ComponentMatch;
}

export const ROOT_PATTERN = "/*";

const FORMATS: ReadonlySet<string> = new Set(["npm", "pypi", "maven", "nuget", "generic", "ruby", "swift", "cargo"]);
const ANY: ComponentMatch = { kind: "any" };
// Literal parts follow the package name/namespace pattern [^#/\s]+; the suffix characters cannot
// appear inside them, so a pattern always has exactly one reading.
const LITERAL = /^[^#/\s*$~]+$/u;

function refuse(pattern: string, why: string): never {
  throw invalid(`Invalid package group pattern "${pattern}": ${why}.`);
}

function literal(pattern: string, value: string, what: string): string {
  if (!LITERAL.test(value)) refuse(pattern, `the ${what} "${value}" contains characters a ${what} cannot have`);
  return value;
}

/** Parses and normalizes a pattern; ValidationException when it breaks the grammar. */
export function parsePattern(input: string): GroupPattern {
  if (!input.startsWith("/")) refuse(input, "a pattern starts with /");
  const parts = input.slice(1).split("/");
  if (parts.length === 1) {
    if (parts[0] !== "*") refuse(input, "the only pattern with one component is /*");
    return { text: ROOT_PATTERN, namespace: ANY, name: ANY };
  }
  const formatText = parts[0].toLowerCase();
  if (!FORMATS.has(formatText)) refuse(input, `"${parts[0]}" is not a package format`);
  const format = formatText as PackageFormat;

  if (parts.length === 2) {
    const last = parts[1];
    if (last === "*") return build(format, ANY, ANY);
    if (last.endsWith("~") && last.length > 1) {
      if (!hasNamespaces(format)) refuse(input, `${format} packages have no namespace`);
      const value = normalizeNamespace(format, literal(input, last.slice(0, -1), "namespace"))!;
      return build(format, { kind: "prefix", value }, ANY);
    }
    refuse(input, "after the format comes *, or a namespace prefix ending in ~");
  }

  if (parts.length === 3) {
    const [, rawNamespace, last] = parts;
    if (rawNamespace === "") {
      if (namespaceRequired(format)) refuse(input, `${format} packages always have a namespace`);
    } else {
      if (!hasNamespaces(format)) refuse(input, `${format} packages have no namespace; leave it empty as in /${format}//name$`);
      literal(input, rawNamespace, "namespace");
    }
    const namespace: ComponentMatch = { kind: "exact", value: normalizeNamespace(format, rawNamespace) ?? "" };
    if (last === "*") return build(format, namespace, ANY);
    const suffix = last.slice(-1);
    if ((suffix === "~" || suffix === "$") && last.length > 1) {
      const value = normalizeName(format, literal(input, last.slice(0, -1), "name"));
      return build(format, namespace, { kind: suffix === "~" ? "prefix" : "exact", value });
    }
    refuse(input, "after the namespace comes *, or a name ending in ~ (prefix) or $ (exact)");
  }
  return refuse(input, "a pattern has at most three components: /format/namespace/name");
}

function build(format: PackageFormat, namespace: ComponentMatch, name: ComponentMatch): GroupPattern {
  let text = `/${format}/`;
  if (namespace.kind === "any") text += "*";
  else if (namespace.kind === "prefix") text += `${namespace.value}~`;
  else text += `${namespace.value}/${name.kind === "any" ? "*" : name.value + (name.kind === "prefix" ? "~" : "$")}`;
  return { text, format, namespace, name };
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD.test(c);

/**
 * `~` matches at a word boundary: "com.anycompany~" covers "com.anycompany" and
 * "com.anycompany.ui" but not "com.anycompanyx".
 */
export function prefixMatches(value: string, prefix: string): boolean {
  if (!value.startsWith(prefix)) return false;
  if (value.length === prefix.length) return true;
  const next = String.fromCodePoint(value.codePointAt(prefix.length)!);
  const last = Array.from(prefix).pop();
  return !isWordChar(next) || !isWordChar(last);
}

function componentMatches(match: ComponentMatch, value: string, fold: (s: string) => string): boolean {
  switch (match.kind) {
    case "any":
      return true;
    case "exact":
      return fold(value) === fold(match.value);
    case "prefix":
      return prefixMatches(fold(value), fold(match.value));
  }
}

const identity = (s: string) => s;
/** Spelling variations a dependency-confusion attack would use: case and runs of - . _ */
export const foldVariation = (s: string) => s.toLowerCase().replace(/[-_.]+/g, "-");

function matchesWith(pattern: GroupPattern, coordinate: Coordinate, fold: (s: string) => string): boolean {
  if (pattern.format === undefined) return true;
  if (pattern.format !== coordinate.format) return false;
  return componentMatches(pattern.namespace, coordinate.namespace ?? "", fold) && componentMatches(pattern.name, coordinate.name, fold);
}

/** STRONG: the normalized coordinate matches as written; WEAK: only a spelling variation matches. */
export function matchPattern(pattern: GroupPattern, coordinate: Coordinate): "STRONG" | "WEAK" | undefined {
  if (matchesWith(pattern, coordinate, identity)) return "STRONG";
  if (matchesWith(pattern, coordinate, foldVariation)) return "WEAK";
  return undefined;
}

function componentContains(outer: ComponentMatch, inner: ComponentMatch): boolean {
  if (outer.kind === "any") return true;
  if (inner.kind === "any") return false;
  if (outer.kind === "exact") return inner.kind === "exact" && inner.value === outer.value;
  return prefixMatches(inner.value, outer.value);
}

/** Whether every package `inner` matches is also matched by `outer` (reflexive). */
export function patternContains(outer: GroupPattern, inner: GroupPattern): boolean {
  if (outer.format !== undefined && outer.format !== inner.format) return false;
  if (!componentContains(outer.namespace, inner.namespace)) return false;
  return outer.namespace.kind !== "exact" || componentContains(outer.name, inner.name);
}

const kindRank = { any: 0, prefix: 1, exact: 2 } as const;
const valueLength = (c: ComponentMatch) => (c.kind === "any" ? 0 : c.value.length);

/**
 * Orders patterns from general to specific. The patterns matching one package are nested (each
 * contains the next), and on nested patterns this agrees with containment.
 */
export function compareSpecificity(a: GroupPattern, b: GroupPattern): number {
  const key = (p: GroupPattern) => [
    p.format === undefined ? 0 : 1,
    kindRank[p.namespace.kind],
    valueLength(p.namespace),
    kindRank[p.name.kind],
    valueLength(p.name),
  ];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** The most specific of `candidates` that strictly contains `pattern`: its parent group. */
export function parentOf<T extends { pattern: GroupPattern }>(pattern: GroupPattern, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates) {
    if (candidate.pattern.text === pattern.text || !patternContains(candidate.pattern, pattern)) continue;
    if (!best || compareSpecificity(candidate.pattern, best.pattern) > 0) best = candidate;
  }
  return best;
}

/** The most specific group matching a package, strong or weak (a weak match still binds). */
export function associatedGroup<T extends { pattern: GroupPattern }>(
  coordinate: Coordinate,
  groups: readonly T[],
): { group: T; association: "STRONG" | "WEAK" } | undefined {
  let best: { group: T; association: "STRONG" | "WEAK" } | undefined;
  for (const group of groups) {
    const association = matchPattern(group.pattern, coordinate);
    if (!association) continue;
    if (!best || compareSpecificity(group.pattern, best.group.pattern) > 0) best = { group, association };
  }
  return best;
}
