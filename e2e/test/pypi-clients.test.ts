import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { beforeAll, describe, expect, it } from "vitest";
import { expectOk, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { PythonClientEnv } from "../support/pypi";
import { buildSdist, buildWheel, loadFixture } from "../support/pypi-dist";

// Real clients against the PyPI endpoint: `aws codeartifact login --tool twine|pip`, twine uploads
// of sdists and wheels built from the fixtures, pip installs into a fresh virtual environment.
// The steps build on each other.

const domain = "py";
const fx = serverFixture({ tempPrefix: "ca-pypi-clients-", domains: { [domain]: ["py-repo"] } });
let python: PythonClientEnv;
let endpoint: string;

const greet = loadFixture("greet");
const app = loadFixture("app");

beforeAll(async () => {
  endpoint = (await fx.client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "py-repo", format: "pypi" }))).repositoryEndpoint!;
  python = new PythonClientEnv(join(fx.dir.path, "client"));
  await python.venv();
});

describe("aws codeartifact login", () => {
  it("configures twine (~/.pypirc) and pip (index-url with the token) in the private HOME", async () => {
    const twine = await python.login("twine", fx.server.url, domain, "py-repo");
    expect(twine.code, twine.stderr).toBe(0);
    expect(twine.stdout).toContain(`Successfully configured twine to use AWS CodeArtifact repository ${endpoint}`);
    const pypirc = readFileSync(python.pypirc, "utf8");
    expect(pypirc).toContain(`repository = ${endpoint}`);
    expect(pypirc).toMatch(/username = aws/);

    const pip = await python.login("pip", fx.server.url, domain, "py-repo");
    expect(pip.code, pip.stderr).toBe(0);
    const config = readFileSync(python.pipConf, "utf8");
    expect(config).toMatch(/index-url = http:\/\/aws:[^@]+@.*\/pypi\/d\/py-123456789012\/py-repo\/simple\//);
  });
});

describe("twine upload", () => {
  it("uploads an sdist and a wheel and records the metadata under the normalized name", async () => {
    expectOk(await python.twineUpload([buildSdist(greet), buildWheel(greet)]));
    const packages = await fx.client.send(new sdk.ListPackagesCommand({ domain, repository: "py-repo", format: "pypi" }));
    expect(packages.packages?.map((p) => p.package)).toEqual(["pyfix-greet"]);

    const described = await fx.client.send(
      new sdk.DescribePackageVersionCommand({ domain, repository: "py-repo", format: "pypi", package: "PyFix.Greet", packageVersion: "1.0.0" }),
    );
    const version = described.packageVersion!;
    expect(version.packageName).toBe("pyfix-greet");
    // twine sends the name the way pkginfo spells it (runs of `_` and `.` become `-`, case kept).
    expect(version.displayName).toBe("PyFix-Greet");
    expect(version.summary).toBe(greet.summary);
    expect(version.licenses).toEqual([{ name: "MIT" }]);
    expect(version.homePage).toBe(greet.home_page);
    expect(version.status).toBe("Published");

    const assets = await fx.client.send(
      new sdk.ListPackageVersionAssetsCommand({ domain, repository: "py-repo", format: "pypi", package: "pyfix-greet", packageVersion: "1.0.0" }),
    );
    expect(assets.assets?.map((a) => a.name).sort()).toEqual(["pyfix_greet-1.0.0-py3-none-any.whl", "pyfix_greet-1.0.0.tar.gz"]);
    const readme = await fx.client.send(
      new sdk.GetPackageVersionReadmeCommand({ domain, repository: "py-repo", format: "pypi", package: "pyfix-greet", packageVersion: "1.0.0" }),
    );
    expect(readme.readme).toContain("# PyFix Greet");
  });

  it("records requires_dist as dependencies", async () => {
    expectOk(await python.twineUpload([buildWheel(app)]));
    const deps = await fx.client.send(
      new sdk.ListPackageVersionDependenciesCommand({ domain, repository: "py-repo", format: "pypi", package: "pyfix-app", packageVersion: "1.0.0" }),
    );
    expect(deps.dependencies).toEqual([
      { package: "pyfix-greet", versionRequirement: ">=1.0" },
      { package: "pyfix-missing", dependencyType: "extra:never" },
    ]);
  });

  it("lets a version gain a new file, and accepts the same file again", async () => {
    const app2 = { ...app, version: "1.1.0" };
    expectOk(await python.twineUpload([buildWheel(app2)]));
    expectOk(await python.twineUpload([buildSdist(app2)]));
    expectOk(await python.twineUpload([buildSdist(app2)]));
    const assets = await fx.client.send(
      new sdk.ListPackageVersionAssetsCommand({ domain, repository: "py-repo", format: "pypi", package: "pyfix-app", packageVersion: "1.1.0" }),
    );
    expect(assets.assets).toHaveLength(2);
  });

  it("refuses the same file name with different bytes with 409, which twine shows", async () => {
    const changed = buildWheel({ ...greet, sources: { ...greet.sources, "pyfix_greet/extra.py": "X = 1\n" } });
    const result = await python.twineUpload([changed]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/409/);
    expect(result.output).toMatch(/already exists/);
  });

  it("refuses an upload the package's origin configuration blocks with 403", async () => {
    await setOrigin(fx.client, { domain, repository: "py-repo", format: "pypi", package: "pyfix-blocked" }, "BLOCK", "ALLOW");
    const result = await python.twineUpload([buildWheel({ ...greet, name: "pyfix-blocked" })]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/403/);
    const versions = await fx.client.send(new sdk.ListPackageVersionsCommand({ domain, repository: "py-repo", format: "pypi", package: "pyfix-blocked" }));
    expect(versions.versions).toEqual([]);
  });
});

describe("pip", () => {
  it("installs a package and its dependency from the endpoint into a fresh virtual environment", async () => {
    const installed = await python.pip(["install", "--no-cache-dir", "pyfix-app==1.0.0"]);
    expectOk(installed);
    expect(installed.output).toMatch(/Successfully installed .*pyfix-app-1\.0\.0/);
    expect(installed.output).toMatch(/Successfully installed .*PyFix\.Greet-1\.0\.0/);
    // PEP 658: pip resolved from the .metadata files, without downloading wheels to read them.
    expect(installed.output).toContain("pyfix_greet-1.0.0-py3-none-any.whl.metadata");
    const check = await python.python("import pyfix_app; print(pyfix_app.main())");
    expect(check.stdout.trim()).toBe("hello app");
  });

  it("downloads by a non-normalized name (the index redirects) and picks the newest version", async () => {
    const target = join(fx.dir.path, "downloads");
    const downloaded = await python.pip(["download", "--no-cache-dir", "--no-deps", "--only-binary", ":all:", "-d", target, "PyFix.App"]);
    expectOk(downloaded);
    expect(downloaded.output).toContain("pyfix_app-1.1.0-py3-none-any.whl");
  });

  it("fails with 401 when the token in the index URL is wrong", async () => {
    const url = `${endpoint.replace("://", "://aws:not-a-token@")}simple/`;
    const result = await python.pip(["download", "-vv", "--no-cache-dir", "--no-deps", "-d", join(fx.dir.path, "x"), "--index-url", url, "pyfix-greet"]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/401/);
  });
});
