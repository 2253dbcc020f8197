import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOk, heldVersions, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { startStaticServer, type StaticServer } from "../support/pypi";
import { RubyClientEnv, withToken, writeStaticGemIndex } from "../support/ruby";
import { buildGem, type BuiltGem } from "../support/ruby-gems";

// Upstreams and the external connection, offline: app → team → gems-store, with
// `public:ruby-gems-org` on gems-store pointed at a static compact index (versions, info files,
// gems and quick gemspecs) served by `python3 -m http.server`, the stand-in for rubygems.org.
// Bundler installs, from app, a gem pushed to team, a gem it depends on from team, and one only
// the stand-in has. The steps build on each other.

const domain = "rbchain";
let registry: StaticServer;
let ruby: RubyClientEnv;
let token: string;
const gems: Record<string, BuiltGem> = {};

const fx = serverFixture({
  tempPrefix: "ca-ruby-chain-",
  server: async (dir) => {
    gems.ext1 = await buildGem({ name: "rbfix-ext", version: "1.0.0", summary: "From the public registry" });
    gems.ext2 = await buildGem({ name: "rbfix-ext", version: "2.0.0", summary: "From the public registry", license: "BSD-2-Clause" });
    await writeStaticGemIndex(join(dir, "registry"), [gems.ext1, gems.ext2]);
    registry = await startStaticServer(join(dir, "registry"));
    return {
      inMemory: true,
      env: { EXTERNAL_CONNECTION_URLS: `public:ruby-gems-org=${registry.url}/` },
      args: ["--external-connection-timeout-ms", "5000", "--external-metadata-max-age-ms", "0"],
    };
  },
  domains: {
    [domain]: [
      { name: "gems-store", externalConnection: "public:ruby-gems-org" },
      { name: "team", upstreams: ["gems-store"] },
      { name: "app", upstreams: ["team"] },
    ],
  },
});

const endpoint = (repository: string) => `${fx.server.url}/ruby/d/${domain}-123456789012/${repository}/`;
const auth = () => ({ authorization: `Basic ${Buffer.from(`aws:${token}`).toString("base64")}` });
const held = (repository: string, name: string) => heldVersions(fx.client, { domain, repository, format: "ruby", package: name });
const text = async (url: string) => (await fetch(url, { headers: auth() })).text();
/** What `gem push` sends (the clients' file runs the real command): the gem, the token verbatim. */
const push = (gem: BuiltGem, repository: string) =>
  fetch(`${endpoint(repository)}api/v1/gems`, {
    method: "POST",
    headers: { authorization: token, "content-type": "application/octet-stream" },
    body: gem.bytes,
  });

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  ruby = new RubyClientEnv(join(fx.dir.path, "client"));
  gems.lib = await buildGem({ name: "rbfix-lib", version: "1.0.0" });
  gems.team = await buildGem({
    name: "rbfix-team",
    version: "1.0.0",
    dependencies: [
      ["rbfix-lib", "~> 1.0"],
      ["rbfix-ext", ">= 2.0"],
    ],
    files: { "lib/rbfix-team.rb": 'require "rbfix-lib"\nrequire "rbfix-ext"\nmodule RbfixTeam\n  def self.value = "team+lib+ext #{RbfixExt::VERSION}"\nend\n' },
  });
});

afterAll(async () => {
  await registry?.stop();
});

describe("upstream repositories and the external connection", () => {
  it("lists the registry's gem through the chain before anything is retained", async () => {
    const versions = await text(`${endpoint("app")}versions`);
    expect(versions).toMatch(/^rbfix-ext 1\.0\.0,2\.0\.0 [0-9a-f]{32}$/m);
    const info = await text(`${endpoint("app")}info/rbfix-ext`);
    expect(info).toContain(`2.0.0 |checksum:${gems.ext2.sha256}`);
    expect(await held("app", "rbfix-ext")).toBeUndefined();
    expect(await held("gems-store", "rbfix-ext")).toBeUndefined();
  });

  it("refuses to push a version the registry has", async () => {
    const pushed = await push(gems.ext1, "team");
    expect(pushed.status).toBe(409);
    expect(await pushed.text()).toMatch(/already exists in public:ruby-gems-org/);
  });

  it("bundle install from app resolves a team gem, its team dependency and one only the registry has, retaining as AWS does", async () => {
    expect((await push(gems.lib, "team")).status).toBe(200);
    expect((await push(gems.team, "team")).status).toBe(200);
    const folder = ruby.project("app", endpoint("app"), ["rbfix-team"]);
    // Bundler's per-host credentials from the environment (the clients' file uses `bundle config`).
    const installed = await ruby.bundle(folder, ["install"], { [`BUNDLE_${new URL(fx.server.url).hostname.replace(/\./g, "__")}`]: `aws:${token}` });
    expectOk(installed);
    expect(installed.output).toMatch(/Installing rbfix-ext 2\.0\.0/);
    expect(installed.output).toMatch(/Installing rbfix-lib 1\.0\.0/);
    expect(readFileSync(join(folder, "Gemfile.lock"), "utf8")).toContain("    rbfix-team (1.0.0)\n      rbfix-ext (>= 2.0)\n      rbfix-lib (~> 1.0)\n");

    const external = { originType: "EXTERNAL", domainEntryPoint: { externalConnectionName: "public:ruby-gems-org" } };
    const internal = { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } };
    expect(await held("app", "rbfix-ext")).toEqual({ "2.0.0": external });
    expect(await held("gems-store", "rbfix-ext")).toEqual({ "2.0.0": external });
    expect(await held("team", "rbfix-ext")).toBeUndefined();
    expect(await held("app", "rbfix-team")).toEqual({ "1.0.0": internal });
    expect(await held("app", "rbfix-lib")).toEqual({ "1.0.0": internal });
    const described = await fx.client.send(
      new sdk.DescribePackageVersionCommand({ domain, repository: "gems-store", format: "ruby", package: "rbfix-ext", packageVersion: "2.0.0" }),
    );
    expect(described.packageVersion).toMatchObject({ summary: "From the public registry", licenses: [{ name: "BSD-2-Clause" }] });
  });

  it("gem install from app resolves a team gem and its dependency only the registry has (quick gemspec passed through), retaining both", async () => {
    const tool = await buildGem({ name: "rbfix-tool", version: "0.1.0", dependencies: [["rbfix-ext", "< 2"]] });
    expect((await push(tool, "team")).status).toBe(200);
    const installed = await ruby.gem(["install", "rbfix-tool", "--verbose", "--clear-sources", "--source", withToken(endpoint("app"), token), "--no-document"]);
    expectOk(installed);
    expect(installed.output).toMatch(/GET .*\/app\/quick\/Marshal\.4\.8\/rbfix-ext-1\.0\.0\.gemspec\.rz/);
    expect(installed.output).toContain("Successfully installed rbfix-ext-1.0.0");
    expect(installed.output).toContain("Successfully installed rbfix-tool-0.1.0");
    expect(Object.keys((await held("app", "rbfix-ext")) ?? {}).sort()).toEqual(["1.0.0", "2.0.0"]);
    expect(await held("app", "rbfix-tool")).toEqual({ "0.1.0": { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } } });
  });

  it("serves retained gems once the registry is gone", async () => {
    await registry.stop();
    const info = await text(`${endpoint("app")}info/rbfix-ext`);
    expect(info).toContain(`2.0.0 |checksum:${gems.ext2.sha256}`);
    const fresh = new RubyClientEnv(join(fx.dir.path, "client-offline"));
    expectOk(await fresh.gem(["install", "rbfix-ext", "-v", "2.0.0", "--clear-sources", "--source", withToken(endpoint("app"), token), "--no-document"]));
  });

  it("does not list versions from upstreams when the gem's upstream setting is BLOCK", async () => {
    await setOrigin(fx.client, { domain, repository: "app", format: "ruby", package: "rbfix-lib" }, "ALLOW", "BLOCK");
    expect((await push(await buildGem({ name: "rbfix-lib", version: "1.1.0" }), "team")).status).toBe(200);
    expect(await text(`${endpoint("team")}info/rbfix-lib`)).toMatch(/^1\.1\.0 /m);
    const info = await text(`${endpoint("app")}info/rbfix-lib`);
    expect(info).toMatch(/^1\.0\.0 /m);
    expect(info).not.toMatch(/^1\.1\.0 /m);
  });
});
