import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { npmFormat } from "@codeartifact-local/format-npm";
import { pypiFormat } from "@codeartifact-local/format-pypi";
import { createPackageService, type PackageFormat, type PackageService } from "@codeartifact-local/package-service";
import { defaultConfig, openServices, type ServerServices } from "../src";

// Each format's adapter orders the versions the API lists (ListPackageVersions), not only its
// endpoint: PEP 440 for PyPI (`1.0rc1` before `1.0`), SemVer for npm.

let services: ServerServices;
let packages: PackageService;

beforeAll(async () => {
  services = await openServices({ ...defaultConfig, inMemory: true });
  packages = createPackageService(services, [npmFormat(services.config), pypiFormat(services.config)]);
});
afterAll(() => services.close());

async function listed(format: PackageFormat, name: string, versions: string[]): Promise<string[]> {
  const domain = await services.store.domains.create({
    account: "111122223333",
    region: "us-east-1",
    name: `d-${format}`,
    arn: `arn:aws:codeartifact:us-east-1:111122223333:domain/d-${format}`,
  });
  const repository = await services.store.repositories.create({
    domainId: domain.id,
    name: "repo",
    arn: `${domain.arn}/repo`,
    administratorAccount: domain.account,
  });
  const ref = { domain, repository, format, name };
  for (const version of versions) {
    await packages.publishVersion({ ...ref, version, assets: [{ name: `${name}-${version}.tar.gz`, content: Readable.from([Buffer.from(version)]) }] });
  }
  return (await packages.listVersions(ref, {}, {})).items.map((v) => v.version);
}

describe("ListPackageVersions order", () => {
  it("is PEP 440 for PyPI", async () => {
    expect(await listed("pypi", "demo", ["1.0", "1.0rc1", "0.9", "1.0.post1", "1.0a1"])).toEqual(["1.0.post1", "1.0", "1.0rc1", "1.0a1", "0.9"]);
  });

  it("is SemVer for npm", async () => {
    expect(await listed("npm", "demo", ["1.0.0", "1.0.0-rc.10", "1.0.0-rc.9", "0.10.0", "0.9.0"])).toEqual([
      "1.0.0",
      "1.0.0-rc.10",
      "1.0.0-rc.9",
      "0.10.0",
      "0.9.0",
    ]);
  });
});
