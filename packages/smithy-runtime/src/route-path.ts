import type { QueryMap } from "./http/query";
import { orUndefined } from "./or-undefined";

const safeDecode = orUndefined(decodeURIComponent);

/**
 * Modeled URI patterns (`/a/{b}/{c+}/d?x=y&flag`): the Fastify route path that routes on
 * the path alone, and exact matching of a raw request target against the full pattern.
 */

type PathSegment = { literal: string } | { label: string; greedy: boolean };

export interface QueryLiteral {
  name: string;
  /** Absent for a bare `?flag`, which only requires the key to be present. */
  value?: string;
}

export interface UriPattern {
  segments: PathSegment[];
  /** Index of the greedy label segment, -1 without one. */
  greedyAt: number;
  query: QueryLiteral[];
}

const LABEL = /^\{([^{}]+?)(\+)?\}$/;

export function routePath(uri: string): string {
  const path = uri.split("?", 1)[0];
  const out: string[] = [];
  for (const segment of path.split("/").slice(1)) {
    if (LABEL.test(segment)) {
      // The router only needs the literal prefix; the handler matches the labels and what
      // follows. A Fastify parameter would be cut at the router's maxParamLength (100
      // characters by default, a server-wide option a plugin cannot raise), and ARNs and
      // keys in labels are longer.
      out.push("*");
      break;
    }
    // find-my-way reads ':' as the start of a parameter; '::' is its escape.
    out.push(segment.replaceAll(":", "::"));
  }
  return `/${out.join("/")}`;
}

export function compileUri(uri: string): UriPattern {
  const queryStart = uri.indexOf("?");
  const path = queryStart === -1 ? uri : uri.slice(0, queryStart);
  const segments = path
    .split("/")
    .slice(1)
    .map((segment): PathSegment => {
      const label = LABEL.exec(segment);
      return label ? { label: label[1], greedy: label[2] === "+" } : { literal: segment };
    });
  const query: QueryLiteral[] = [];
  if (queryStart !== -1) {
    for (const part of uri.slice(queryStart + 1).split("&")) {
      if (part === "") continue;
      const eq = part.indexOf("=");
      query.push(
        eq === -1 ? { name: decodeURIComponent(part) } : { name: decodeURIComponent(part.slice(0, eq)), value: decodeURIComponent(part.slice(eq + 1)) },
      );
    }
  }
  return { segments, greedyAt: segments.findIndex((s) => "label" in s && s.greedy), query };
}

/**
 * The raw segments after the first "/" at or past `from` (what `path.slice(from).split("/").slice(1)`
 * gives), found with indexOf: this runs on every request and split() is several times slower.
 */
export function pathSegments(path: string, from: number): string[] {
  const segments: string[] = [];
  for (let slash = path.indexOf("/", from); slash !== -1;) {
    const next = path.indexOf("/", slash + 1);
    segments.push(path.slice(slash + 1, next === -1 ? path.length : next));
    slash = next;
  }
  return segments;
}

/**
 * Matches the raw (still percent-encoded) path segments and the parsed query against a
 * pattern. Returns the raw label values, or undefined when the pattern does not match.
 */
export function matchUri(pattern: UriPattern, rawSegments: string[], query: QueryMap): Record<string, string> | undefined {
  for (const literal of pattern.query) {
    const values = query.get(literal.name);
    if (!values) return undefined;
    if (literal.value !== undefined && !values.includes(literal.value)) return undefined;
  }
  const { segments, greedyAt } = pattern;
  const labels: Record<string, string> = {};
  if (greedyAt === -1) {
    if (rawSegments.length !== segments.length) return undefined;
    return matchSegments(segments, rawSegments, labels) ? labels : undefined;
  }
  const before = segments.slice(0, greedyAt);
  const after = segments.slice(greedyAt + 1);
  if (rawSegments.length < before.length + after.length + 1) return undefined;
  const tailStart = rawSegments.length - after.length;
  if (!matchSegments(before, rawSegments.slice(0, greedyAt), labels)) return undefined;
  if (!matchSegments(after, rawSegments.slice(tailStart), labels)) return undefined;
  const greedyValue = rawSegments.slice(greedyAt, tailStart).join("/");
  if (greedyValue === "") return undefined;
  labels[(segments[greedyAt] as { label: string }).label] = greedyValue;
  return labels;
}

function matchSegments(pattern: PathSegment[], raw: string[], labels: Record<string, string>): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i];
    const value = raw[i];
    if ("literal" in segment) {
      if (value !== segment.literal && safeDecode(value) !== segment.literal) return false;
    } else {
      if (value === "") return false;
      labels[segment.label] = value;
    }
  }
  return true;
}
