import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { beforeAll, describe, expect, it } from "vitest";
import { expectOk, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { RubyClientEnv, withToken } from "../support/ruby";
import { buildGem, type BuiltGem } from "../support/ruby-gems";

// Real RubyGems and Bundler (Debian's ruby and ruby-bundler) against the RubyGems endpoint of one
// repository: `gem push` with the token in GEM_HOST_API_KEY, `gem install` with the token in the
// source URL, `bundle install` with Bundler's per-host credentials. The steps build on each other.

const domain = "rb";
const repository = "gems";
const fx = serverFixture({ tempPrefix: "ca-ruby-clients-", domains: { [domain]: [repository] } });
let ruby: RubyClientEnv;
let endpoint: string;
let token: string;
const gems: Record<string, BuiltGem> = {};
/** What `gem push` sends, for the pushes whose client output is not the point: the gem, the token verbatim. */
const pushOverHttp = (gem: BuiltGem, key = token) =>
  fetch(`${endpoint}api/v1/gems`, { method: "POST", headers: { authorization: key, "content-type": "application/octet-stream" }, body: gem.bytes });
const version = (name: string, packageVersion: string) => ({ domain, repository, format: "ruby" as const, package: name, packageVersion });

beforeAll(async () => {
  endpoint = (await fx.client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository, format: "ruby" }))).repositoryEndpoint!;
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  ruby = new RubyClientEnv(join(fx.dir.path, "client"));
  gems.dep1 = await buildGem({ name: "rbfix-dep", version: "1.0.0", summary: "The dependency" });
  gems.dep11 = await buildGem({ name: "rbfix-dep", version: "1.1.0", summary: "The dependency, newer" });
  gems.app = await buildGem({
    name: "rbfix-app",
    version: "0.3.0",
    summary: "An app gem",
    license: "Apache-2.0",
    dependencies: [["rbfix-dep", ">= 1.0, < 2"]],
    developmentDependencies: [["rake", "~> 13.0"]],
    requiredRuby: ">= 2.7",
    files: { "lib/rbfix-app.rb": 'require "rbfix-dep"\nmodule RbfixApp\n  def self.hello = "app on dep #{RbfixDep::VERSION}"\nend\n' },
  });
});

describe("gem push", () => {
  it("pushes gems and records their metadata for the API", async () => {
    for (const gem of [gems.dep1, gems.dep11])
      expect(await (await pushOverHttp(gem)).text()).toBe(`Successfully registered gem: rbfix-dep (${gem.spec.version})`);
    const pushed = await ruby.push(gems.app, endpoint, token);
    expectOk(pushed);
    expect(pushed.output).toContain("Successfully registered gem: rbfix-app (0.3.0)");
    const described = (await fx.client.send(new sdk.DescribePackageVersionCommand(version("rbfix-app", "0.3.0")))).packageVersion!;
    expect(described).toMatchObject({
      format: "ruby",
      packageName: "rbfix-app",
      displayName: "rbfix-app",
      summary: "An app gem",
      homePage: "https://example.com/rbfix-app",
      sourceCodeRepository: "https://example.com/rbfix-app/src",
      licenses: [{ name: "Apache-2.0" }],
      status: "Published",
    });
    const deps = await fx.client.send(new sdk.ListPackageVersionDependenciesCommand(version("rbfix-app", "0.3.0")));
    expect(deps.dependencies).toEqual([
      { package: "rbfix-dep", dependencyType: "runtime", versionRequirement: ">= 1.0, < 2" },
      { package: "rake", dependencyType: "development", versionRequirement: "~> 13.0" },
    ]);
    const assets = await fx.client.send(new sdk.ListPackageVersionAssetsCommand(version("rbfix-app", "0.3.0")));
    expect(assets.assets?.map((a) => [a.name, a.hashes?.["SHA-256"]])).toEqual([["rbfix-app-0.3.0.gem", gems.app.sha256]]);
  });

  it("refuses to push an existing version again with 409", async () => {
    const again = await ruby.push(gems.dep1, endpoint, token);
    expect(again.code).not.toBe(0);
    expect(again.output).toContain("Repushing of gem versions is not allowed");
  });

  it("refuses a wrong token with 401 and a push the origin configuration blocks with 403", async () => {
    const wrong = await pushOverHttp(await buildGem({ name: "rbfix-other", version: "1.0.0" }), "not-a-token");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toContain("Bearer realm=");
    await setOrigin(fx.client, { domain, repository, format: "ruby", package: "rbfix-blocked" }, "BLOCK", "ALLOW");
    const blocked = await pushOverHttp(await buildGem({ name: "rbfix-blocked", version: "1.0.0" }));
    expect(blocked.status).toBe(403);
    expect(await blocked.text()).toMatch(/rbfix-blocked/);
    const versions = await fx.client.send(new sdk.ListPackageVersionsCommand({ domain, repository, format: "ruby", package: "rbfix-blocked" }));
    expect(versions.versions).toEqual([]);
  });
});

describe("gem install and bundle install", () => {
  it("gem install (credentials in the source URL) installs a gem and its dependency", async () => {
    const installed = await ruby.gem(["install", "rbfix-app", "--clear-sources", "--source", withToken(endpoint, token), "--no-document"]);
    expectOk(installed);
    expect(installed.output).toContain("Successfully installed rbfix-dep-1.1.0");
    expect(installed.output).toContain("Successfully installed rbfix-app-0.3.0");
    const loaded = await ruby.ruby('require "rbfix-app"; puts RbfixApp.hello');
    expect(loaded.stdout.trim()).toBe("app on dep 1.1.0");
  });

  it("bundle install (Bundler's per-host credentials) resolves through the compact index", async () => {
    const folder = ruby.project("bundled", endpoint, ["rbfix-app"]);
    writeFileSync(join(folder, "Gemfile"), `source ${JSON.stringify(endpoint)}\ngem "rbfix-app"\ngem "rbfix-dep", "~> 1.0.0"\n`);
    expectOk(await ruby.bundle(folder, ["config", "set", "--local", endpoint, `aws:${token}`]));
    const installed = await ruby.bundle(folder, ["install"]);
    expectOk(installed);
    expect(installed.output).toMatch(/Installing rbfix-dep 1\.0\.0/);
    expect(installed.output).toMatch(/Installing rbfix-app 0\.3\.0/);
    const lock = readFileSync(join(folder, "Gemfile.lock"), "utf8");
    expect(lock).toContain("    rbfix-app (0.3.0)\n      rbfix-dep (>= 1.0, < 2)\n    rbfix-dep (1.0.0)\n");
  });

  it("refuses anonymous requests with 401 and the challenge, which Bundler reports", async () => {
    const anonymous = await fetch(`${endpoint}info/rbfix-app`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain(`Basic realm="${domain}/${repository}"`);
    const folder = ruby.project("anonymous", endpoint, ["rbfix-app"]);
    const refused = await ruby.bundle(folder, ["install"]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain("Authentication is required");
  });

  it("an Archived version is no longer listed or installable", async () => {
    await fx.client.send(
      new sdk.UpdatePackageVersionsStatusCommand({ domain, repository, format: "ruby", package: "rbfix-dep", versions: ["1.0.0"], targetStatus: "Archived" }),
    );
    const info = await (
      await fetch(`${endpoint}info/rbfix-dep`, { headers: { authorization: `Basic ${Buffer.from(`aws:${token}`).toString("base64")}` } })
    ).text();
    expect(info).not.toMatch(/^1\.0\.0 /m);
    expect(info).toMatch(/^1\.1\.0 /m);
    const fresh = new RubyClientEnv(join(fx.dir.path, "client-archived"));
    const installed = await fresh.gem(["install", "rbfix-dep", "-v", "1.0.0", "--clear-sources", "--source", withToken(endpoint, token), "--no-document"]);
    expect(installed.code).not.toBe(0);
    expect(installed.output).toMatch(/Could not find a valid gem 'rbfix-dep' \(= 1\.0\.0\)/);
    const download = await fetch(`${endpoint}gems/rbfix-dep-1.0.0.gem`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(404);
  });
});

describe("Ruby Marshal documents, read by Ruby", () => {
  it("the dependency API and the quick gemspec load with Marshal and describe the gem", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const probe = await fetch(`${endpoint}api/v1/dependencies`, { headers: auth });
    expect(probe.status).toBe(200);
    const deps = Buffer.from(await (await fetch(`${endpoint}api/v1/dependencies?gems=rbfix-app,rbfix-dep,rbfix-none`, { headers: auth })).arrayBuffer());
    const spec = Buffer.from(await (await fetch(`${endpoint}quick/Marshal.4.8/rbfix-app-0.3.0.gemspec.rz`, { headers: auth })).arrayBuffer());
    writeFileSync(join(fx.dir.path, "deps.marshal"), deps);
    writeFileSync(join(fx.dir.path, "spec.rz"), spec);
    const loaded = await ruby.ruby(
      [
        'deps = Marshal.load(File.binread("deps.marshal"))',
        "puts deps.map { |d| [d[:name], d[:number], d[:platform], d[:dependencies].inspect].join(' ') }",
        'spec = Marshal.load(Gem::Util.inflate(File.binread("spec.rz")))',
        "puts spec.full_name, spec.summary, spec.date.strftime('%F'), spec.required_ruby_version, spec.homepage",
        'puts spec.dependencies.map { |d| "#{d.name} #{d.type} #{d.requirement}" }',
      ].join("\n"),
      fx.dir.path,
    );
    expectOk(loaded);
    expect(loaded.stdout.trim().split("\n")).toEqual([
      'rbfix-app 0.3.0 ruby [["rbfix-dep", ">= 1.0, < 2"]]',
      "rbfix-dep 1.1.0 ruby []",
      "rbfix-app-0.3.0",
      "An app gem",
      "2026-01-15",
      ">= 2.7",
      "https://example.com/rbfix-app",
      "rbfix-dep runtime >= 1.0, < 2",
      "rake development ~> 13.0",
    ]);
  });
});

describe("push edge cases, over the wire", () => {
  it("adds a platform gem to an existing version, refuses a body that is not a gem, and answers yank as unsupported", async () => {
    const java = await buildGem({ name: "rbfix-dep", version: "1.1.0", platform: "java", summary: "The dependency, on JRuby" });
    expect(await (await pushOverHttp(java)).text()).toBe("Successfully registered gem: rbfix-dep (1.1.0-java)");
    const info = await (await fetch(`${endpoint}info/rbfix-dep`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(info).toContain(`1.1.0 |checksum:${gems.dep11.sha256}\n1.1.0-java |checksum:${java.sha256}\n`);
    const assets = await fx.client.send(new sdk.ListPackageVersionAssetsCommand(version("rbfix-dep", "1.1.0")));
    expect(assets.assets?.map((a) => a.name).sort()).toEqual(["rbfix-dep-1.1.0-java.gem", "rbfix-dep-1.1.0.gem"]);
    const names = await (await fetch(`${endpoint}names`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(names).toBe("---\nrbfix-app\nrbfix-dep\n");

    const garbage = await fetch(`${endpoint}api/v1/gems`, { method: "POST", headers: { authorization: token }, body: Buffer.alloc(4096, 1) });
    expect(garbage.status).toBe(422);
    expect(await garbage.text()).toMatch(/not a gem/);
    const yank = await fetch(`${endpoint}api/v1/gems/yank?gem_name=rbfix-dep&version=1.1.0`, { method: "DELETE", headers: { authorization: token } });
    expect(yank.status).toBe(404);
    expect(await yank.text()).toMatch(/not supported/);
  });
});

describe("hostile requests", () => {
  it("answer 4xx without internals, and store nothing", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const paths = [
      "gems/..%2f..%2fetc-1.0.gem",
      "gems/%00-1.0.gem",
      "info/%00",
      "info/%2e%2e%2fversions",
      `info/${"a".repeat(2000)}`,
      "quick/Marshal.4.8/%2e%2e-1.0.gemspec.rz",
      `quick/Marshal.4.8/${"a".repeat(300)}-1.0.gemspec.rz`,
      "gems/rbfix-dep-9.9.9.gem",
      "gems/%zz-1.0.gem",
      `api/v1/dependencies?gems=${Array.from({ length: 250 }, (_, i) => `g${i}`).join(",")}`,
    ];
    for (const path of paths) {
      const answer = await fetch(`${endpoint}${path}`, { headers: auth });
      const body = await answer.text();
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.status, path).toBeLessThan(500);
      expect(body, path).not.toMatch(/at .*\.ts:|node_modules|\/work\//);
    }
    // Unknown (or impossible) names are simply absent from the dependency API's answer.
    const none = await fetch(`${endpoint}api/v1/dependencies?gems=%00,..,${"b".repeat(300)}`, { headers: auth });
    expect(Buffer.from(await none.arrayBuffer())).toEqual(Buffer.from([4, 8, 0x5b, 0]));
    const { gzipSync } = await import("node:zlib");
    const { pack } = await import("tar-stream");
    const tarOf = async (entries: Array<[string, Buffer]>) => {
      const archive = pack();
      const chunks: Buffer[] = [];
      archive.on("data", (chunk: unknown) => void chunks.push(chunk as Buffer));
      const done = new Promise<void>((resolve) => archive.on("end", () => resolve()));
      for (const [name, content] of entries) archive.entry({ name, size: content.length }, content);
      archive.finalize();
      await done;
      return Buffer.concat(chunks);
    };
    const bodies = [
      Buffer.alloc(0),
      (await buildGem({ name: "rbfix-cut", version: "1.0.0" })).bytes.subarray(0, 700),
      await tarOf([["metadata.gz", gzipSync(Buffer.alloc(40 * 1024 * 1024, 32))]]),
      await tarOf([
        [
          "metadata.gz",
          gzipSync("a: &a [x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"),
        ],
      ]),
      await tarOf([["metadata.gz", gzipSync("--- !ruby/object:Gem::Specification\nname: ../../x\nversion: !ruby/object:Gem::Version\n  version: 1.0\n")]]),
      await tarOf([
        ["metadata.gz", gzipSync("--- !ruby/object:Gem::Specification\nname: rbfix-evil\nversion: !ruby/object:Gem::Version\n  version: 1.0; rm -rf\n")],
      ]),
    ];
    for (const body of bodies) {
      const answer = await fetch(`${endpoint}api/v1/gems`, { method: "POST", headers: { authorization: token }, body });
      expect(answer.status).toBe(422);
      expect(await answer.text()).not.toMatch(/at .*\.ts:|node_modules/);
    }
    const packages = await fx.client.send(new sdk.ListPackagesCommand({ domain, repository, format: "ruby" }));
    expect(packages.packages?.map((p) => p.package).sort()).toEqual(["rbfix-app", "rbfix-blocked", "rbfix-dep"]);
  });
});
