import { createHash } from "node:crypto";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { issueToken } from "@codeartifact-local/server";
import { beforeAll, describe, expect, it } from "vitest";
import { serverFixture } from "../support/fixture";
import { uploadForm } from "../support/pypi";
import { buildSdist, buildWheel, loadFixture, type Distribution, type ProjectSpec } from "../support/pypi-dist";

// The PyPI endpoint on the wire: authentication, the simple API's two forms and its redirects,
// PEP 658 metadata, statuses, and upload refusals. Real-client flows are in pypi-clients.test.ts.

const OWNER = "123456789012";
const domain = "pywire";
const fx = serverFixture({ tempPrefix: "ca-pypi-wire-", server: (dir) => ({ dataDir: join(dir, "data") }), domains: { [domain]: ["repo"], elsewhere: [] } });
let token: string;
const greet = loadFixture("greet");
const wheel = buildWheel(greet);

const endpoint = (repository = "repo") => `${fx.server.url}/pypi/d/${domain}-${OWNER}/${repository}/`;
const basic = (value = token) => ({ authorization: `Basic ${Buffer.from(`aws:${value}`).toString("base64")}` });

function upload(spec: ProjectSpec, dist: Distribution, overrides: Record<string, string> = {}, headers: Record<string, string> = basic()) {
  return fetch(endpoint(), { method: "POST", headers, body: uploadForm(spec, dist, overrides) });
}

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  expect((await upload(greet, wheel)).status).toBe(200);
  expect((await upload(greet, buildSdist(greet))).status).toBe(200);
});

describe("authentication", () => {
  const challenge = `Bearer realm="${domain}/repo", Basic realm="${domain}/repo"`;

  it("answers 401 with both challenges without a token, for reads and uploads", async () => {
    const read = await fetch(`${endpoint()}simple/pyfix-greet/`);
    expect(read.status).toBe(401);
    expect(read.headers.get("www-authenticate")).toBe(challenge);
    const write = await upload(greet, buildWheel({ ...greet, version: "9.0.0" }), {}, {});
    expect(write.status).toBe(401);
    expect(write.headers.get("www-authenticate")).toBe(challenge);
  });

  it("refuses expired and other-domain tokens and Basic users other than aws; accepts Bearer", async () => {
    const secret = await fx.server.secret();
    const claims = { account: OWNER, domain, domainOwner: OWNER, region: "us-west-2" };
    const expired = issueToken({ ...claims, issuedAt: new Date(Date.now() - 7200_000), expiresAt: new Date(Date.now() - 3600_000) }, secret);
    const otherDomain = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain: "elsewhere" }))).authorizationToken!;
    const cases: Array<[Record<string, string>, RegExp]> = [
      [basic(expired), /expired/],
      [basic(otherDomain), /issued for domain elsewhere/],
      [{ authorization: `Basic ${Buffer.from(`someone:${token}`).toString("base64")}` }, /user name 'aws'/],
    ];
    for (const [headers, message] of cases) {
      const answer = await fetch(`${endpoint()}simple/pyfix-greet/`, { headers });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toBe(challenge);
      expect(await answer.text()).toMatch(message);
    }
    expect((await fetch(`${endpoint()}simple/pyfix-greet/`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});

describe("simple API", () => {
  it("serves PEP 503 HTML with digests, requires-python and PEP 658 metadata attributes", async () => {
    const answer = await fetch(`${endpoint()}simple/pyfix-greet/`, { headers: basic() });
    expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await answer.text();
    const digest = createHash("sha256").update(wheel.metadata!).digest("hex");
    expect(html).toContain(
      `<a href="1.0.0/${wheel.filename}#sha256=${wheel.sha256}" data-requires-python="&gt;=3.8" data-dist-info-metadata="sha256=${digest}" data-core-metadata="sha256=${digest}">${wheel.filename}</a>`,
    );
    expect(html).toContain("pyfix_greet-1.0.0.tar.gz#sha256=");
  });

  it("serves PEP 691 JSON when asked, 406 for other types", async () => {
    const answer = await fetch(`${endpoint()}simple/pyfix-greet/`, { headers: { ...basic(), accept: "application/vnd.pypi.simple.v1+json" } });
    expect(answer.headers.get("content-type")).toMatch(/^application\/vnd\.pypi\.simple\.v1\+json/);
    const page = (await answer.json()) as { name: string; files: Array<Record<string, unknown>> };
    expect(page.name).toBe("pyfix-greet");
    const file = page.files.find((f) => f.filename === wheel.filename)!;
    expect(file).toMatchObject({ url: `1.0.0/${wheel.filename}`, hashes: { sha256: wheel.sha256 }, "requires-python": ">=3.8", size: wheel.bytes.length });
    expect(file["core-metadata"]).toEqual({ sha256: createHash("sha256").update(wheel.metadata!).digest("hex") });
    expect((await fetch(`${endpoint()}simple/pyfix-greet/`, { headers: { ...basic(), accept: "application/json" } })).status).toBe(406);
  });

  it("redirects non-normalized names and a missing slash to the normalized URL", async () => {
    for (const path of ["simple/PyFix_Greet/", "simple/pyfix.greet", "simple/pyfix-greet"]) {
      const answer = await fetch(`${endpoint()}${path}`, { headers: basic(), redirect: "manual" });
      expect(answer.status, path).toBe(301);
      expect(answer.headers.get("location")).toBe(`/pypi/d/${domain}-${OWNER}/repo/simple/pyfix-greet/`);
    }
    expect((await fetch(`${endpoint()}simple/`, { headers: basic() })).status).toBe(404);
  });

  it("serves the wheel's METADATA and the file bytes", async () => {
    const metadata = await fetch(`${endpoint()}simple/pyfix-greet/1.0.0/${wheel.filename}.metadata`, { headers: basic() });
    expect(Buffer.from(await metadata.arrayBuffer())).toEqual(wheel.metadata);
    const file = await fetch(`${endpoint()}simple/pyfix-greet/1.0.0/${wheel.filename}`, { headers: basic() });
    expect(Buffer.from(await file.arrayBuffer())).toEqual(wheel.bytes);
  });

  it("drops Unlisted versions from the page but serves their files by exact URL", async () => {
    const setStatus = (version: string, targetStatus: sdk.PackageVersionStatus) =>
      fx.client.send(
        new sdk.UpdatePackageVersionsStatusCommand({ domain, repository: "repo", format: "pypi", package: "pyfix-greet", versions: [version], targetStatus }),
      );
    const v2 = buildWheel({ ...greet, version: "2.0.0" });
    expect((await upload({ ...greet, version: "2.0.0" }, v2)).status).toBe(200);
    await setStatus("2.0.0", "Unlisted");
    const html = await (await fetch(`${endpoint()}simple/pyfix-greet/`, { headers: basic() })).text();
    expect(html).not.toContain("2.0.0");
    const file = await fetch(`${endpoint()}simple/pyfix-greet/2.0.0/${v2.filename}`, { headers: basic() });
    expect(file.status).toBe(200);
    await setStatus("2.0.0", "Archived");
    expect((await fetch(`${endpoint()}simple/pyfix-greet/2.0.0/${v2.filename}`, { headers: basic() })).status).toBe(404);
  });
});

describe("upload refusals", () => {
  it("refuses wrong digests with 400 and stores nothing", async () => {
    const spec = { ...greet, version: "3.0.0" };
    const dist = buildWheel(spec);
    const badMd5 = await upload(spec, dist, { md5_digest: "0".repeat(32) });
    expect(badMd5.status).toBe(400);
    const badSha = await upload(spec, dist, { sha256_digest: "0".repeat(64) });
    expect(badSha.status).toBe(400);
    const versions = await fx.client.send(new sdk.ListPackageVersionsCommand({ domain, repository: "repo", format: "pypi", package: "pyfix-greet" }));
    expect(versions.versions?.map((v) => v.version)).not.toContain("3.0.0");
  });

  it("refuses a file whose name does not match the project and version", async () => {
    const answer = await upload({ ...greet, version: "4.0.0" }, wheel);
    expect(answer.status).toBe(400);
    expect(answer.statusText).toMatch(/does not match/);
  });

  it("refuses the same file name with different bytes with 409, the reason in the status line", async () => {
    const changed = buildWheel({ ...greet, sources: { ...greet.sources, "pyfix_greet/more.py": "Y = 2\n" } });
    const answer = await upload(greet, changed);
    expect(answer.status).toBe(409);
    expect(answer.statusText).toMatch(/already exists/);
  });
});
