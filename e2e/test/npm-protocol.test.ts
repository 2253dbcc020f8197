import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { issueToken } from "@codeartifact-local/server";
import { beforeAll, describe, expect, it } from "vitest";
import { heldVersions, npmCoordinates, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { escapeName, http, publishBody } from "../support/npm-http";
import { packDirectory, packFixture, type PackedVersion } from "../support/npm-registry";
import { sdkClient, startServer } from "../support/server";

// The npm endpoint on the wire: authentication, URL shapes, the registry API npm clients call,
// statuses and refusals. Real-client flows are in npm-clients.test.ts.

const OWNER = "123456789012";
const domain = "wire";
const fx = serverFixture({
  tempPrefix: "ca-npm-wire-",
  server: (dir) => ({ dataDir: join(dir, "data") }),
  domains: { [domain]: ["up", { name: "down", upstreams: ["up"] }], elsewhere: [] },
});
let token: string;
let base: string;
let localLib: PackedVersion;
let localLib2: PackedVersion;
let greeter: PackedVersion;

const endpoint = (repository: string) => `${fx.server.url}/npm/d/${domain}-${OWNER}/${repository}/`;
const bearer = (value = token) => ({ authorization: `Bearer ${value}` });

async function publish(repository: string, packed: PackedVersion, options: Parameters<typeof publishBody>[1] = {}, auth = bearer()) {
  return http(`${endpoint(repository)}${escapeName(packed.name)}`, {
    method: "PUT",
    headers: { ...auth, "content-type": "application/json" },
    body: publishBody(packed, options),
  });
}

const versionsOf = async (repository: string, name: string): Promise<string[] | undefined> => {
  const held = await heldVersions(fx.client, { domain, repository, format: "npm", ...npmCoordinates(name) });
  return held && Object.keys(held);
};

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  base = endpoint("up");
  [localLib, localLib2, greeter] = await Promise.all([packFixture("local-lib", "1.0.0"), packFixture("local-lib", "2.0.0"), packFixture("greeter", "1.0.0")]);
});

describe("authentication", () => {
  const challenge = `Bearer realm="${domain}/up", Basic realm="${domain}/up"`;

  it("answers 401 with both challenges when the token is missing, and stores nothing", async () => {
    const answer = await publish("up", localLib, {}, {} as { authorization: string });
    expect(answer.status).toBe(401);
    expect(answer.headers["www-authenticate"]).toBe(challenge);
    expect(answer.json().error).toMatch(/authorization token is required/);
    expect(await versionsOf("up", "local-lib")).toBeUndefined();
    const read = await http(`${base}local-lib`);
    expect(read.status).toBe(401);
    expect(read.headers["www-authenticate"]).toBe(challenge);
  });

  it("refuses expired, forged and other-domain tokens", async () => {
    const secret = await fx.server.secret();
    const claims = { account: OWNER, domain, domainOwner: OWNER, region: "us-west-2" };
    const expired = issueToken({ ...claims, issuedAt: new Date(Date.now() - 7200_000), expiresAt: new Date(Date.now() - 3600_000) }, secret);
    const otherOwner = issueToken({ ...claims, domainOwner: "999999999999", expiresAt: new Date(Date.now() + 3600_000) }, secret);
    const forged = issueToken({ ...claims, expiresAt: new Date(Date.now() + 3600_000) }, Buffer.alloc(32, 1));
    const otherDomain = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain: "elsewhere" }))).authorizationToken!;
    const cases: Array<[string, RegExp]> = [
      [expired, /expired/],
      [forged, /not valid/],
      [otherDomain, /issued for domain elsewhere/],
      [otherOwner, /owned by 999999999999/],
      [`${token}x`, /not valid/],
    ];
    for (const [value, message] of cases) {
      const answer = await http(`${base}-/ping`, { headers: bearer(value) });
      expect(answer.status, value).toBe(401);
      expect(answer.headers["www-authenticate"]).toBe(challenge);
      expect(answer.json().error).toMatch(message);
    }
  });

  it("accepts Bearer, Basic aws:<token> and the bare token; Basic needs the user aws", async () => {
    const basic = (user: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${token}`).toString("base64")}` });
    expect((await http(`${base}-/ping`, { headers: bearer() })).status).toBe(200);
    expect((await http(`${base}-/ping`, { headers: basic("aws") })).status).toBe(200);
    expect((await http(`${base}-/ping`, { headers: { authorization: token } })).status).toBe(200);
    expect((await http(`${base}-/ping`, { headers: basic("someone") })).status).toBe(401);
  });

  it("lets another account in only as far as the repository policy allows", async () => {
    const guestAccount = "210987654321";
    const guest = sdkClient(fx.server.url, guestAccount);
    const allow = (actions: string[], resource: string) =>
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${guestAccount}:root` }, Action: actions, Resource: resource }],
      });
    await fx.client.send(new sdk.PutDomainPermissionsPolicyCommand({ domain, policyDocument: allow(["codeartifact:GetAuthorizationToken"], "*") }));
    const guestToken = (await guest.send(new sdk.GetAuthorizationTokenCommand({ domain, domainOwner: OWNER }))).authorizationToken!;
    const denied = await http(`${base}-/ping`, { headers: bearer(guestToken) });
    expect(denied.status).toBe(403);
    expect(denied.json().error).toMatch(/is not authorized to perform: codeartifact:ReadFromRepository/);

    await fx.client.send(
      new sdk.PutRepositoryPermissionsPolicyCommand({ domain, repository: "up", policyDocument: allow(["codeartifact:ReadFromRepository"], "*") }),
    );
    expect((await http(`${base}-/ping`, { headers: bearer(guestToken) })).status).toBe(200);
    const publishing = await publish("up", localLib, {}, bearer(guestToken));
    expect(publishing.status).toBe(403);
    expect(publishing.json().error).toMatch(/codeartifact:PublishPackageVersion/);
  });

  it("answers 404 for a repository the domain does not have", async () => {
    const answer = await http(`${endpoint("nope")}-/ping`, { headers: bearer() });
    expect(answer.status).toBe(404);
    expect(answer.json().error).toMatch(/Repository 'nope' in domain '.*' owned by account '\d{12}' does not exist/);
  });
});

describe("registry API", () => {
  it("answers npm ping with {}", async () => {
    const answer = await http(`${base}-/ping?write=true`, { headers: bearer() });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({});
  });

  it("publishes, then serves full and abbreviated packuments and the tarball", async () => {
    const answer = await publish("up", localLib);
    expect(answer.status, answer.body.toString()).toBe(200);

    const full = await http(`${base}local-lib`, { headers: { ...bearer(), accept: "application/json" } });
    expect(full.status).toBe(200);
    const packument = full.json();
    expect(packument).toMatchObject({ _id: "local-lib", name: "local-lib", "dist-tags": { latest: "1.0.0" }, description: localLib.manifest.description });
    expect(packument.readme).toBe("# local-lib\n");
    const manifest = packument.versions["1.0.0"];
    expect(manifest.dist).toMatchObject({ integrity: localLib.integrity, shasum: localLib.shasum, tarball: `${base}local-lib/-/local-lib-1.0.0.tgz` });
    expect(manifest.readme).toBeUndefined();
    expect(packument.time["1.0.0"]).toMatch(/^\d{4}-/);

    const abbreviated = await http(`${base}local-lib`, {
      headers: { ...bearer(), accept: "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*" },
    });
    expect(abbreviated.headers["content-type"]).toMatch(/^application\/vnd.npm.install-v1\+json/);
    const corgi = abbreviated.json();
    expect(Object.keys(corgi).sort()).toEqual(["dist-tags", "modified", "name", "versions"]);
    expect(corgi.versions["1.0.0"].description).toBeUndefined();
    expect(corgi.versions["1.0.0"].dist.integrity).toBe(localLib.integrity);

    const tarball = await http(manifest.dist.tarball, { headers: bearer() });
    expect(tarball.status).toBe(200);
    expect(tarball.body.equals(localLib.tarball)).toBe(true);

    const one = await http(`${base}local-lib/latest`, { headers: bearer() });
    expect(one.json()).toMatchObject({ name: "local-lib", version: "1.0.0" });
  });

  it("takes scoped names with %2f or /, and links tarballs under the scope", async () => {
    expect((await publish("up", greeter, { tag: "next" })).status).toBe(200);
    const escaped = (await http(`${base}@acme%2fgreeter`, { headers: bearer() })).json();
    const plain = (await http(`${base}@acme/greeter`, { headers: bearer() })).json();
    expect(plain).toEqual(escaped);
    // The first publish also sets latest, as npm registries do.
    expect(escaped["dist-tags"]).toEqual({ latest: "1.0.0", next: "1.0.0" });
    const url: string = escaped.versions["1.0.0"].dist.tarball;
    expect(url).toBe(`${base}@acme/greeter/-/greeter-1.0.0.tgz`);
    expect((await http(url, { headers: bearer() })).body.equals(greeter.tarball)).toBe(true);
    expect((await http(`${base}@acme%2fgreeter/-/greeter-1.0.0.tgz`, { headers: bearer() })).status).toBe(200);
  });

  it("serves the host-style URL when the Host header carries the domain", async () => {
    const port = new URL(fx.server.url).port;
    const answer = await http(`http://127.0.0.1:${port}/npm/up/local-lib`, {
      headers: { ...bearer(), host: `${domain}-${OWNER}.d.codeartifact.us-west-2.localhost:${port}` },
    });
    expect(answer.status).toBe(200);
    expect(answer.json().versions["1.0.0"].dist.tarball).toBe(
      `http://${domain}-${OWNER}.d.codeartifact.us-west-2.localhost:${port}/npm/up/local-lib/-/local-lib-1.0.0.tgz`,
    );
    const wrongRegion = await http(`http://127.0.0.1:${port}/npm/up/-/ping`, {
      headers: { ...bearer(), host: `${domain}-${OWNER}.d.codeartifact.eu-west-1.localhost:${port}` },
    });
    expect(wrongRegion.status).toBe(401);
  });

  it("refuses a tarball that does not match its declared integrity or length, keeping nothing", async () => {
    const wrong = await publish("up", localLib2, { integrity: localLib.integrity });
    expect(wrong.status).toBe(400);
    expect(wrong.json().error).toMatch(/Integrity check failed/);
    const short = await publish("up", localLib2, { length: localLib2.tarball.length + 1 });
    expect(short.status).toBe(400);
    expect(await versionsOf("up", "local-lib")).toEqual(["1.0.0"]);
  });

  it("streams a tarball larger than the JSON body limit, and refuses one early without storing it", async () => {
    const src = join(fx.dir.path, "big");
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, "package.json"), JSON.stringify({ name: "big-blob", version: "1.0.0", description: "incompressible" }));
    writeFileSync(join(src, "data.bin"), randomBytes(12 * 1024 * 1024));
    const big = await packDirectory(src, fx.dir.path);
    expect(big.tarball.length).toBeGreaterThan(12 * 1024 * 1024);
    expect((await publish("up", big)).status).toBe(200);
    const tarball = await http(`${base}big-blob/-/big-blob-1.0.0.tgz`, { headers: bearer() });
    expect(tarball.body.equals(big.tarball)).toBe(true);
    // Already in the upstream: refused from the metadata, before the 16 MB of base64 are read.
    const refused = await publish("down", big);
    expect(refused.status).toBe(409);
    expect(await versionsOf("down", "big-blob")).toBeUndefined();
  });

  it("accepts a body whose tarball comes before the version metadata", async () => {
    const packed = await packFixture("local-lib", "1.0.0", { name: "tarball-first" });
    const { _attachments, ...rest } = JSON.parse(publishBody(packed)) as Record<string, unknown>;
    const answer = await http(`${base}tarball-first`, {
      method: "PUT",
      headers: { ...bearer(), "content-type": "application/json" },
      body: JSON.stringify({ _attachments, ...rest }),
    });
    expect(answer.status, answer.body.toString()).toBe(200);
    expect((await http(`${base}tarball-first/-/tarball-first-1.0.0.tgz`, { headers: bearer() })).body.equals(packed.tarball)).toBe(true);
  });

  it("accepts an identical re-publish and refuses different bytes for an existing version", async () => {
    expect((await publish("up", localLib)).status).toBe(200);
    const other = await packFixture("local-lib", "1.0.0", { description: "changed" });
    const answer = await publish("up", other);
    expect(answer.status).toBe(409);
    expect(answer.json().error).toMatch(/cannot publish over the previously published version 1.0.0/);
  });

  it("refuses publishing a version that a reachable upstream has (409)", async () => {
    const answer = await publish("down", localLib);
    expect(answer.status).toBe(409);
    expect(answer.json().error).toMatch(/already exists in upstream repository up/);
    expect(await versionsOf("down", "local-lib")).toBeUndefined();
  });

  it("manages dist-tags", async () => {
    const tags = `${base}-/package/local-lib/dist-tags`;
    expect((await http(`${tags}/stable`, { method: "PUT", headers: { ...bearer(), "content-type": "application/json" }, body: '"1.0.0"' })).status).toBe(200);
    expect((await http(tags, { headers: bearer() })).json()).toEqual({ latest: "1.0.0", stable: "1.0.0" });
    const missing = await http(`${tags}/broken`, { method: "PUT", headers: { ...bearer(), "content-type": "application/json" }, body: '"9.9.9"' });
    expect(missing.status).toBe(404);
    expect((await http(`${tags}/stable`, { method: "DELETE", headers: bearer() })).status).toBe(200);
    expect((await http(`${tags}/latest`, { method: "DELETE", headers: bearer() })).status).toBe(400);
    expect((await http(tags, { headers: bearer() })).json()).toEqual({ latest: "1.0.0" });
  });

  it("records deprecation from a packument PUT without a tarball", async () => {
    const url = `${base}local-lib`;
    const packument = (await http(`${url}?write=true`, { headers: bearer() })).json();
    packument.versions["1.0.0"].deprecated = "use something else";
    const put = await http(url, { method: "PUT", headers: { ...bearer(), "content-type": "application/json" }, body: JSON.stringify(packument) });
    expect(put.status).toBe(200);
    expect((await http(url, { headers: bearer() })).json().versions["1.0.0"].deprecated).toBe("use something else");
    packument.versions["1.0.0"].deprecated = "";
    await http(url, { method: "PUT", headers: { ...bearer(), "content-type": "application/json" }, body: JSON.stringify(packument) });
    expect((await http(url, { headers: bearer() })).json().versions["1.0.0"].deprecated).toBeUndefined();
  });

  it("answers the npm commands CodeArtifact does not support with 405 and a reason", async () => {
    const cases: Array<[string, string, RegExp]> = [
      ["GET", "-/whoami", /npm whoami is not supported/],
      ["GET", "-/v1/search?text=x", /npm search is not supported.*list-packages/],
      ["POST", "-/npm/v1/security/advisories/bulk", /npm audit is not supported/],
      ["PUT", "-/user/org.couchdb.user:me", /npm login/],
      ["DELETE", "local-lib/-rev/undefined", /npm unpublish is not supported.*delete-package-versions/],
      ["PUT", "local-lib/-rev/1-abc", /npm unpublish/],
    ];
    for (const [method, path, message] of cases) {
      const answer = await http(`${base}${path}`, {
        method,
        headers: { ...bearer(), "content-type": "application/json" },
        body: method === "GET" ? undefined : "{}",
      });
      expect(answer.status, path).toBe(405);
      expect(answer.json().error).toMatch(message);
    }
    expect((await http(`${base}no-such-package`, { headers: bearer() })).status).toBe(404);
  });
});

describe("statuses and origin controls", () => {
  const setStatus = (versions: string[], targetStatus: sdk.PackageVersionStatus) =>
    fx.client.send(new sdk.UpdatePackageVersionsStatusCommand({ domain, repository: "up", format: "npm", package: "local-lib", versions, targetStatus }));

  it("lists only Published versions; Unlisted tarballs stay downloadable, Archived ones are not served", async () => {
    expect((await publish("up", localLib2)).status).toBe(200);
    const tarball = `${base}local-lib/-/local-lib-2.0.0.tgz`;
    await setStatus(["2.0.0"], "Unlisted");
    let packument = (await http(`${base}local-lib`, { headers: bearer() })).json();
    expect(Object.keys(packument.versions)).toEqual(["1.0.0"]);
    expect((await http(tarball, { headers: bearer() })).status).toBe(200);

    await setStatus(["2.0.0"], "Archived");
    expect((await http(tarball, { headers: bearer() })).status).toBe(404);
    await setStatus(["2.0.0"], "Published");
    packument = (await http(`${base}local-lib`, { headers: bearer() })).json();
    expect(Object.keys(packument.versions)).toEqual(["1.0.0", "2.0.0"]);

    await fx.client.send(new sdk.DisposePackageVersionsCommand({ domain, repository: "up", format: "npm", package: "local-lib", versions: ["2.0.0"] }));
    expect((await http(tarball, { headers: bearer() })).status).toBe(404);
    expect(Object.keys((await http(`${base}local-lib`, { headers: bearer() })).json().versions)).toEqual(["1.0.0"]);
  });

  it("shows changes made by another server process sharing the data directory at once", async () => {
    // Packuments are kept between requests until the store changes; a second process writing to
    // the same database must count as a change too.
    const other = await startServer({ dataDir: join(fx.dir.path, "data") });
    try {
      const [first, second] = await Promise.all([
        packFixture("local-lib", "1.0.0", { name: "shared-lib" }),
        packFixture("local-lib", "1.1.0", { name: "shared-lib" }),
      ]);
      expect((await publish("up", first)).status).toBe(200);
      const otherBase = `${other.url}/npm/d/${domain}-${OWNER}/up/`;
      const versions = async () => Object.keys((await http(`${otherBase}shared-lib`, { headers: bearer() })).json().versions);
      expect(await versions()).toEqual(["1.0.0"]);
      expect(await versions()).toEqual(["1.0.0"]);
      expect((await publish("up", second)).status).toBe(200);
      expect(await versions()).toEqual(["1.0.0", "1.1.0"]);
      await fx.client.send(
        new sdk.UpdatePackageVersionsStatusCommand({
          domain,
          repository: "up",
          format: "npm",
          package: "shared-lib",
          versions: ["1.0.0"],
          targetStatus: "Unlisted",
        }),
      );
      expect(await versions()).toEqual(["1.1.0"]);
    } finally {
      await other.stop();
    }
  });

  it("refuses publishing when the package's origin configuration blocks it (403)", async () => {
    await setOrigin(fx.client, { domain, repository: "up", format: "npm", package: "local-lib" }, "BLOCK", "BLOCK");
    const next = await packFixture("local-lib", "3.0.0");
    const answer = await publish("up", next);
    expect(answer.status).toBe(403);
    expect(answer.json().error).toMatch(/sets publish to BLOCK/);
    expect(await versionsOf("up", "local-lib")).not.toContain("3.0.0");
  });

  it("refuses publishing when a package group blocks it (403)", async () => {
    await fx.client.send(new sdk.CreatePackageGroupCommand({ domain, packageGroup: "/npm/locked/*" }));
    await fx.client.send(new sdk.UpdatePackageGroupOriginConfigurationCommand({ domain, packageGroup: "/npm/locked/*", restrictions: { PUBLISH: "BLOCK" } }));
    const locked = await packFixture("local-lib", "1.0.0", { name: "@locked/thing" });
    const answer = await publish("up", locked);
    expect(answer.status).toBe(403);
    expect(answer.json().error).toMatch(/package group \/npm\/locked\/\* blocks it/);
  });
});
