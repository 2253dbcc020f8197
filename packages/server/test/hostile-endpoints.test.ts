import { gzipSync } from "node:zlib";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT, anyText, call, checkAnswer, contentType, fuzzOptions, hostileBody, hostileText, startApp } from "./support/hostile";

// Property: the npm and PyPI endpoints under hostile paths (`..`, `%2e%2e`, NUL, absolute paths,
// very long names), methods, credentials and bodies (malformed publish documents, uploads and
// archives) never answer 5xx nor show a stack or a path, and whatever they accept stays readable
// through the API. On failure fast-check prints the seed; FUZZ_SEED=<seed> replays it.

let app: FastifyInstance;
let token: string;

beforeAll(async () => {
  app = await startApp();
  expect((await call(app, { method: "POST", url: "/v1/domain?domain=fz" })).statusCode).toBe(200);
  expect((await call(app, { method: "POST", url: "/v1/repository?domain=fz&repository=repo" })).statusCode).toBe(200);
  token = JSON.parse((await call(app, { method: "POST", url: "/v1/authorization-token?domain=fz" })).body).authorizationToken;
});
afterAll(() => app?.close());

const segment = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "simple",
      "-",
      "pkg",
      "1.0",
      "1.0.0",
      "legacy",
      "package",
      "dist-tags",
      "latest",
      "@scope%2fpkg",
      "@scope",
      "pkg-1.0.0.tgz",
      "pkg-1.0-py3-none-any.whl",
      "pkg-1.0.tar.gz",
      "x.metadata",
      "ping",
      "",
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "..",
      "%2e%2e",
      "%2E%2E%2F",
      "%00",
      "%2f",
      "%5c..%5c",
      "/etc/passwd",
      "C:%5cwin",
      "~root",
      "%",
      "%zz",
      "a".repeat(2000),
      "%c0%ae%c0%ae",
    ),
  },
  { weight: 2, arbitrary: hostileText.map((text) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, "?"))) },
);

const credentials = fc.constantFrom("bearer", "basic", "none", "garbage", "basic-other-user");

function authorization(kind: string): string | undefined {
  switch (kind) {
    case "bearer":
      return `Bearer ${token}`;
    case "basic":
      return `Basic ${Buffer.from(`aws:${token}`).toString("base64")}`;
    case "basic-other-user":
      return `Basic ${Buffer.from(`root:${token}`).toString("base64")}`;
    case "garbage":
      return "Bearer eyJub3QiOiJhIHRva2VuIn0.x";
    default:
      return undefined;
  }
}

/** Archive-looking bytes: empty, random, gzip of random bytes, a zip header over nothing. */
const archive = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => gzipSync(Buffer.from(bytes))),
  fc.uint8Array({ maxLength: 100 }).map((bytes) => Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.from(bytes)])),
);

/** What `npm publish` sends, with any part of it wrong. */
const npmDocument = fc
  .record({
    name: anyText,
    version: anyText,
    tarball: archive,
    tag: anyText,
    withAttachment: fc.boolean(),
    length: fc.option(fc.integer(), { nil: undefined }),
  })
  .map(({ name, version, tarball, tag, withAttachment, length }) =>
    JSON.stringify({
      name,
      versions: { [version]: { name, version, dist: { tarball: `http://x/${name}-${version}.tgz` } } },
      "dist-tags": { [tag]: version },
      _attachments: withAttachment
        ? { [`${name}-${version}.tgz`]: { content_type: "application/octet-stream", data: tarball.toString("base64"), length: length ?? tarball.length } }
        : {},
    }),
  );

/** What twine sends, with any part of it wrong. */
const pypiUpload = fc
  .record({
    action: fc.oneof(fc.constant("file_upload"), anyText),
    name: anyText,
    version: anyText,
    filename: fc.oneof(
      anyText,
      fc.tuple(anyText, anyText, fc.constantFrom(".whl", "-py3-none-any.whl", ".tar.gz", ".zip")).map(([n, v, suffix]) => `${n}-${v}${suffix}`),
    ),
    content: archive,
    sha256: fc.option(
      fc.oneof(
        fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString("hex")),
        anyText,
      ),
      { nil: undefined },
    ),
  })
  .map(({ action, name, version, filename, content, sha256 }) =>
    multipart(
      [[":action", action], ["name", name], ["version", version], ...(sha256 === undefined ? [] : [["sha256_digest", sha256] as [string, string]])],
      content,
      filename,
    ),
  );

const endpointRequest = fc.record({
  format: fc.constantFrom("npm", "pypi"),
  address: fc.oneof(
    { weight: 8, arbitrary: fc.constant(`d/fz-${ACCOUNT}/repo`) },
    { weight: 1, arbitrary: fc.tuple(segment, segment, segment).map((parts) => parts.join("/")) },
  ),
  segments: fc.array(segment, { maxLength: 5 }),
  query: fc.option(anyText.map(encodeURIComponent), { nil: undefined }),
  method: fc.constantFrom("GET", "HEAD", "PUT", "POST", "DELETE", "PATCH"),
  credentials,
  accept: fc.option(
    fc.constantFrom("application/json", "application/vnd.npm.install-v1+json", "application/vnd.pypi.simple.v1+json", "text/html", "image/png", "*/*;q=0"),
    { nil: undefined },
  ),
  contentType,
  body: fc.oneof(
    { weight: 2, arbitrary: hostileBody.map((body) => ({ body, type: undefined as string | undefined })) },
    { weight: 2, arbitrary: npmDocument.map((body) => ({ body: body as string | Buffer | undefined, type: "application/json" as string | undefined })) },
    { weight: 2, arbitrary: pypiUpload.map((upload) => upload) },
  ),
});

/** Names and versions a real client might publish, up to and past the API's 255 characters. */
const plausibleName = fc.oneof(
  fc.constantFrom("pkg", "other-pkg", "Pkg_Name", "a".repeat(214), "b".repeat(256)),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
  hostileText,
);
const plausibleVersion = fc.oneof(
  fc.constantFrom("1.0.0", "1.0", "2.0.0-rc.1", "1.0.post1", "1!2.0", `1.0.0-${"x".repeat(260)}`, `1.0+${"y".repeat(260)}`),
  fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((parts) => parts.join(".")),
  hostileText,
);

/** Requests shaped like real publishes (the URL, document and file name agree), hostile in their values. */
const publishRequest = fc.oneof(
  fc.record({ name: plausibleName, version: plausibleVersion, tarball: archive }).map(({ name, version, tarball }) => ({
    method: "PUT",
    path: `npm/d/fz-${ACCOUNT}/repo/${encodeURIComponent(name.replace(/[\ud800-\udfff]/g, "?"))}`,
    body: Promise.resolve({
      body: JSON.stringify({
        name,
        versions: { [version]: { name, version, dist: { tarball: "http://x/t.tgz" } } },
        "dist-tags": { latest: version },
        _attachments: { [`${name}-${version}.tgz`]: { content_type: "application/octet-stream", data: tarball.toString("base64"), length: tarball.length } },
      }) as string | Buffer | undefined,
      type: "application/json" as string | undefined,
    }),
  })),
  fc.record({ name: plausibleName, version: plausibleVersion, content: archive, sdist: fc.boolean() }).map(({ name, version, content, sdist }) => ({
    method: "POST",
    path: `pypi/d/fz-${ACCOUNT}/repo/`,
    body: multipart(
      [
        [":action", "file_upload"],
        ["name", name],
        ["version", version],
      ],
      content,
      `${name.replace(/-/g, "_")}-${version}${sdist ? ".tar.gz" : "-py3-none-any.whl"}`,
    ) as Promise<{ body: string | Buffer | undefined; type: string | undefined }>,
  })),
);

describe("the npm and PyPI endpoints under hostile requests", () => {
  it("answer without 5xx and leak nothing", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(endpointRequest, fc.option(publishRequest, { nil: undefined, freq: 3 }), async (r, publish) => {
        const { body, type } = await (publish ?? r).body;
        const method = publish?.method ?? r.method;
        const url = `/${publish?.path ?? `${r.format}/${r.address}/${r.segments.join("/")}`}${r.query === undefined ? "" : `?${r.query}`}`;
        const headers: Record<string, string> = {};
        const auth = authorization(r.credentials);
        if (auth) headers.authorization = auth;
        if (r.accept) headers.accept = r.accept;
        const typeHeader = type ?? r.contentType;
        if (typeHeader) headers["content-type"] = typeHeader;
        const hasBody = body !== undefined && method !== "GET" && method !== "HEAD";
        const response = await app.inject({ method: method as "GET", url, headers, payload: hasBody ? body : undefined });
        if (response.statusCode < 300 && publish) accepted++;
        checkAnswer(response, "endpoint", `${method} ${url.slice(0, 200)}`);
      }),
      fuzzOptions(1500),
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);

  it("store only what the API can read back", async () => {
    const api = async (url: string) => {
      const response = await call(app, {
        method: url.startsWith("/v1/packages") || url.includes("/versions?") || url.includes("/assets?") ? "POST" : "GET",
        url,
      });
      expect(response.statusCode, `${url} → ${response.body}`).toBe(200);
      return response;
    };
    const q = encodeURIComponent;
    const packages = JSON.parse((await api("/v1/packages?domain=fz&repository=repo&max-results=1000")).body).packages as Array<{
      format: string;
      namespace?: string;
      package: string;
    }>;
    for (const p of packages) {
      const base = `domain=fz&repository=repo&format=${p.format}&package=${q(p.package)}${p.namespace ? `&namespace=${q(p.namespace)}` : ""}`;
      const versions = JSON.parse((await api(`/v1/package/versions?${base}`)).body).versions as Array<{ version: string }>;
      for (const v of versions) {
        const assets = JSON.parse((await api(`/v1/package/version/assets?${base}&version=${q(v.version)}`)).body).assets as Array<{ name: string }>;
        for (const a of assets) await api(`/v1/package/version/asset?${base}&version=${q(v.version)}&asset=${q(a.name)}`);
      }
    }
  });

  it("refuse a PyPI file whose name is over the API's 255 characters, storing nothing", async () => {
    const filename = `longname-1.0-py3${"x".repeat(300)}-none-any.whl`;
    const { body, type } = await multipart(
      [
        [":action", "file_upload"],
        ["name", "longname"],
        ["version", "1.0"],
      ],
      Buffer.from("PK\x05\x06" + "\0".repeat(18)),
      filename,
    );
    const response = await app.inject({
      method: "POST",
      url: `/pypi/d/fz-${ACCOUNT}/repo/`,
      headers: { authorization: `Bearer ${token}`, "content-type": type },
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.body).toContain("must not be longer than 255 characters");
    const listed = await call(app, { method: "POST", url: "/v1/packages?domain=fz&repository=repo&package-prefix=longname" });
    expect(JSON.parse(listed.body).packages).toEqual([]);
  });
});

/** A legacy-upload form as bytes, with its Content-Type (boundary included). */
async function multipart(fields: Array<[string, string]>, content: Buffer, filename: string): Promise<{ body: Buffer; type: string }> {
  const form = new FormData();
  for (const [key, value] of fields) form.append(key, value);
  form.append("content", new Blob([content]), filename);
  const request = new Request("http://x/", { method: "POST", body: form });
  return { body: Buffer.from(await request.arrayBuffer()), type: request.headers.get("content-type")! };
}
