import fc from "fast-check";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { createServer, defaultConfig } from "../../src";

// Shared by the hostile-input property tests: the assembled server on fastify.inject(), hostile
// values, and what every answer must satisfy.

export const ACCOUNT = "123456789012";
export const SIGNED = `AWS4-HMAC-SHA256 Credential=${ACCOUNT}/20250101/us-west-2/codeartifact/aws4_request, SignedHeaders=host, Signature=0`;

/** Runs and time per property: `FUZZ_RUNS` and `FUZZ_SEED` replay or widen a run. */
export function fuzzOptions(runs: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  return { numRuns: Number(process.env.FUZZ_RUNS ?? runs), seed, interruptAfterTimeLimit: 40_000, markInterruptAsFailure: false };
}

export async function startApp(): Promise<FastifyInstance> {
  const app = await createServer({ ...defaultConfig, inMemory: true, logLevel: "silent", quotas: { ...defaultConfig.quotas, assetSizeBytes: 64 * 1024 } });
  await app.ready();
  return app;
}

export async function call(app: FastifyInstance, options: InjectOptions): Promise<LightMyRequestResponse> {
  return app.inject({ ...options, headers: { authorization: SIGNED, ...options.headers } });
}

/** Values an attacker or a broken client would try in names, versions, labels and query values. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    ".",
    "..",
    "%2e%2e",
    "..%2f..%2fetc%2fpasswd",
    "../../etc/passwd",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "a\u0000b",
    "\u0000",
    "%00",
    "%zz",
    "~",
    "@scope/name",
    "-",
    "latest",
    "null",
    "{}",
    "[]",
    "9".repeat(40),
    "-1",
    "1e400",
    "x".repeat(256),
    "é".repeat(300),
    "\u202e\u0301",
    "a b",
    "a#b",
    "1!2.0",
  ),
  fc.string({ maxLength: 24 }),
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.integer().map(String),
);

/** Names that exist in the fixture, so fuzzed requests also reach the code behind the lookups. */
export const knownText = fc.constantFrom("fz", "repo", "upstream", "npm", "pypi", "generic", "ns", "pkg", "1.0", "1.0.0", ACCOUNT);

export const anyText = fc.oneof({ weight: 2, arbitrary: knownText }, { weight: 3, arbitrary: hostileText });

/** Content types a client might send (or botch). */
export const contentType = fc.option(
  fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/octet-stream",
    "multipart/form-data; boundary=x",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "garbage",
    ";;;",
    "application/json; charset=utf-16",
  ),
  { nil: undefined },
);

/** Bodies: valid-looking JSON, JSON of the wrong shapes, deep nesting, broken text, bytes. */
export const hostileBody: fc.Arbitrary<string | Buffer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(
    "{",
    "[",
    '{"a":}',
    '{"a":1,}',
    "\u0000",
    "null",
    "1",
    '"s"',
    '{"__proto__":{"x":1}}',
    "[".repeat(100_000),
    '{"a":'.repeat(5_000),
    "\ufeff{}",
  ),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
);

/** Encodes a query value, or leaves it raw (so broken percent-encoding reaches the server). */
export function queryValue(value: string, raw: boolean): string {
  const escape = (text: string) => [...Buffer.from(text, "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
  return raw ? value.replace(/[^\x21-\x7e]|[#&+]/gu, escape) : escape(value);
}

const LEAKS = [
  /\n\s+at /,
  /node:internal/,
  /node_modules/,
  /\/(?:work|home|root|tmp|usr|src)\//,
  /file:\/\//,
  /\.[cm]?[jt]s:\d+/,
  /FST_/,
  /Maximum call stack/,
];

/** What every answer must be: no 5xx but 501, an error type on API 4xx, nothing internal in the body. */
export function checkAnswer(response: LightMyRequestResponse, kind: "api" | "endpoint", what: string): void {
  const body = response.body;
  expect(response.statusCode === 501 || response.statusCode < 500, `${what} → ${response.statusCode} ${body.slice(0, 300)}`).toBe(true);
  if (response.statusCode >= 400) {
    if (kind === "api") expect(response.headers["x-amzn-errortype"], `${what} → ${response.statusCode} without an error type`).toBeTruthy();
    else if (!what.startsWith("HEAD ")) expect(body.length, `${what} → ${response.statusCode} without a message`).toBeGreaterThan(0);
  }
  for (const leak of LEAKS) expect(leak.test(body), `${what} leaks ${leak}: ${body.slice(0, 300)}`).toBe(false);
}
