import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { expectOk } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { copyFixture, NpmClientEnv } from "../support/npm";
import { PythonClientEnv } from "../support/pypi";
import { buildSdist, buildWheel, loadFixture } from "../support/pypi-dist";

// The web console in headless Chromium against the started app: repositories made in the page,
// packages published by the real npm and twine, then browsed and changed through the page, with
// each change checked through the SDK. Screenshots go to $CONSOLE_SCREENSHOTS (the README's
// pictures come from `CONSOLE_SCREENSHOTS=../docs/console`), else to a temporary folder.

const account = "123456789012";
const region = "us-west-2";
const domain = "console-demo";
const readme = `# local-lib

Greets people.

## Usage

\`\`\`js
const greet = require("local-lib");
greet("world");
\`\`\`

| option | default |
| --- | --- |
| \`name\` | \`"world"\` |

<script>window.readmeRan = true</script>
<img src="data:," alt="" onerror="window.readmeRan = true">
`;

const fx = serverFixture({ account, region, tempPrefix: "ca-console-" });
let browser: BrowserContext;
let page: Page;
let shots: string;
const outsideRequests: string[] = [];
const pageErrors: string[] = [];

const consoleUrl = () => `${fx.server.url}/console/`;
const text = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? "").trim();
const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const alertText = () => page.getByRole("alert").first().textContent();
const confirm = (label: string) => page.getByRole("dialog").getByRole("button", { name: label }).click();

beforeAll(async () => {
  shots = resolve(process.env.CONSOLE_SCREENSHOTS ?? join(fx.dir.path, "screenshots"));
  mkdirSync(shots, { recursive: true });
  browser = await launchChromium(fx.dir.path);
  page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(20_000);
  page.on("request", (request) => {
    if (!request.url().startsWith(fx.server.url) && !/^(data|blob):/.test(request.url())) outsideRequests.push(request.url());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
});

describe("web console", () => {
  it("remembers the account and region, and creates a domain and repositories with an upstream", async () => {
    await page.goto(consoleUrl());
    await page.getByRole("textbox", { name: "Account" }).fill(account);
    await page.getByRole("textbox", { name: "Region" }).fill(region);
    await page.getByRole("button", { name: "Switch" }).click();
    await page.getByText(`Account ${account}, region ${region}.`).waitFor();
    await page.reload();
    expect(await page.getByRole("textbox", { name: "Account" }).inputValue()).toBe(account);

    await page.getByLabel("Domain name").fill(domain);
    await page.getByRole("button", { name: "Create domain" }).click();
    await page.getByRole("heading", { name: `Domain ${domain}` }).waitFor();
    for (const [repository, upstreams] of [
      ["store", ""],
      ["team", "store"],
    ]) {
      await page.getByLabel("Repository name").fill(repository);
      await page.getByLabel("Upstreams (comma-separated, in search order)").fill(upstreams);
      await page.getByRole("button", { name: "Create repository" }).click();
      await page.getByText(`Created repository ${repository}.`).waitFor();
    }
    // The picture: both repositories, one arrow.
    await page.locator("svg title", { hasText: "2 repositories, 1 upstream links" }).waitFor({ state: "attached" });
    expect(await page.locator("svg a.node text").allTextContents()).toEqual(expect.arrayContaining(["store", "team"]));
    const team = await fx.client.send(new sdk.DescribeRepositoryCommand({ domain, repository: "team" }));
    expect(team.repository?.upstreams).toEqual([{ repositoryName: "store" }]);
    await page.getByRole("cell", { name: "team" }).waitFor();

    // An external connection, associated in the page, joins the picture.
    await page.getByRole("link", { name: "store" }).first().click();
    await page.getByRole("heading", { name: "Repository store" }).waitFor();
    await page.locator("select[name=connection]").selectOption("public:npmjs");
    await page.getByRole("button", { name: "Associate" }).click();
    await page.getByText("Associated public:npmjs.").waitFor();
    const store = await fx.client.send(new sdk.DescribeRepositoryCommand({ domain, repository: "store" }));
    expect(store.repository?.externalConnections?.map((c) => c.externalConnectionName)).toEqual(["public:npmjs"]);

    // Package groups (made through the API) show as a tree with their restrictions.
    await fx.client.send(new sdk.CreatePackageGroupCommand({ domain, packageGroup: "/npm/*", description: "every npm package" }));
    await fx.client.send(
      new sdk.UpdatePackageGroupOriginConfigurationCommand({ domain, packageGroup: "/npm/*", restrictions: { EXTERNAL_UPSTREAM: "BLOCK" } }),
    );
    await fx.client.send(new sdk.CreatePackageGroupCommand({ domain, packageGroup: "/npm//local~" }));
    await fx.client.send(
      new sdk.UpdatePackageGroupOriginConfigurationCommand({ domain, packageGroup: "/npm//local~", restrictions: { INTERNAL_UPSTREAM: "BLOCK" } }),
    );

    await page.getByRole("link", { name: domain }).first().click();
    await page.locator("svg .node.external text", { hasText: "public:npmjs" }).waitFor();
    const child = page.getByRole("treeitem", { name: /\/npm\/\/local~/ });
    await child.waitFor();
    expect(await child.getAttribute("aria-level")).toBe("3");
    expect(await child.locator(".restrictions").first().textContent()).toContain("internal upstream: BLOCK");
    expect(await child.locator(".restrictions").first().textContent()).toContain("external upstream: BLOCK (from /npm/*)");

    // Tags and the domain policy, written in the page and read back through the SDK.
    await page.getByLabel("Key").fill("team");
    await page.getByLabel("Value").fill("platform");
    await page.getByRole("button", { name: "Add tag" }).click();
    await page.getByText("team=platform", { exact: true }).waitFor();
    const policy = {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: "codeartifact:*", Resource: "*" }],
    };
    await page.getByLabel("Policy document (JSON)").fill(JSON.stringify(policy));
    await page.getByRole("button", { name: "Save policy" }).click();
    await page.getByText("Policy saved.").waitFor();
    const arn = (await fx.client.send(new sdk.DescribeDomainCommand({ domain }))).domain!.arn!;
    expect((await fx.client.send(new sdk.ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual([{ key: "team", value: "platform" }]);
    const saved = await fx.client.send(new sdk.GetDomainPermissionsPolicyCommand({ domain }));
    expect(JSON.parse(saved.policy!.document!)).toEqual(policy);
    await shot("domain");
  });

  it("shows the API's message for a bad input", async () => {
    const expected = await fx.client.send(new sdk.CreateDomainCommand({ domain: "Bad_Domain!" })).then(
      () => undefined,
      (error: Error) => `${error.name}: ${error.message}`,
    );
    expect(expected).toMatch(/^ValidationException: /);
    await page.goto(consoleUrl());
    await page.getByLabel("Domain name").fill("Bad_Domain!");
    await page.getByRole("button", { name: "Create domain" }).click();
    await page.getByRole("alert").waitFor();
    expect(await alertText()).toBe(expected);
    await page.getByRole("link", { name: domain }).waitFor();
    await shot("domains");
  });

  it("finds packages published with npm and twine, filtered by format and name prefix", async () => {
    const endpoint = fx.server.url;
    const npm = new NpmClientEnv(join(fx.dir.path, "npm"));
    expect((await npm.login(endpoint, domain, "team")).code).toBe(0);
    const pkg = copyFixture("local-lib", join(fx.dir.path, "local-lib"), { dependencies: { "left-pad": "^1.3.0" } });
    writeFileSync(join(pkg, "README.md"), readme);
    expectOk(await npm.npm(["publish"], pkg));

    const python = new PythonClientEnv(join(fx.dir.path, "python"));
    expect((await python.login("twine", endpoint, domain, "team")).code).toBe(0);
    const greet = loadFixture("greet");
    expectOk(await python.twineUpload([buildSdist(greet), buildWheel(greet)]));

    await page.goto(`${consoleUrl()}#/d/${domain}/r/team`);
    await page.getByRole("link", { name: "local-lib" }).waitFor();
    await page.getByRole("link", { name: "pyfix-greet" }).waitFor();
    await shot("repository");

    await page.locator("select[name=format]").selectOption("pypi");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.getByRole("link", { name: "local-lib" }).waitFor({ state: "detached" });
    expect(await page.getByRole("link", { name: "pyfix-greet" }).count()).toBe(1);

    await page.locator("select[name=format]").selectOption("npm");
    await page.getByLabel("Name prefix").fill("local");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.getByRole("link", { name: "local-lib" }).click();
    await page.getByRole("heading", { name: "Package local-lib npm" }).waitFor();
    const row = page.getByRole("row", { name: /1\.0\.0/ });
    await row.getByText("Published").waitFor();
    expect(await row.textContent()).toMatch(/INTERNAL.*team.*\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
  });

  it("shows a version's readme (sanitized), assets with their hashes and download, and dependencies", async () => {
    await page.getByRole("link", { name: "1.0.0" }).click();
    await page.locator(".readme h2", { hasText: "Usage" }).waitFor();
    expect(await page.locator(".readme table").count()).toBe(1);
    expect(await page.locator(".readme script").count()).toBe(0);
    expect(await page.evaluate("window.readmeRan")).toBeUndefined();

    const ref = { domain, repository: "team", format: "npm" as const, package: "local-lib", packageVersion: "1.0.0" };
    const { assets } = await fx.client.send(new sdk.ListPackageVersionAssetsCommand(ref));
    const sha256 = assets![0].hashes!["SHA-256"]!;
    await page.getByText(sha256).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download package.tgz" }).click()]);
    const saved = join(fx.dir.path, "downloaded.tgz");
    await download.saveAs(saved);
    expect(createHash("sha256").update(readFileSync(saved)).digest("hex")).toBe(sha256);

    expect(await page.getByRole("row", { name: /left-pad/ }).textContent()).toContain("^1.3.0");
    await shot("version");
  });

  it("changes a version's status after confirmation (Escape cancels, from the keyboard)", async () => {
    await page.getByLabel("New status").selectOption("Unlisted");
    await page.getByRole("button", { name: "Update status" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    expect(await text("[data-testid=version-status]")).toBe("Published");

    await page.getByRole("button", { name: "Update status" }).click();
    await confirm("Update status");
    await page.getByText("Status of 1.0.0 is now Unlisted.").waitFor();
    await page.locator("[data-testid=version-status]", { hasText: "Unlisted" }).waitFor();
    const { packageVersion } = await fx.client.send(
      new sdk.DescribePackageVersionCommand({ domain, repository: "team", format: "npm", package: "local-lib", packageVersion: "1.0.0" }),
    );
    expect(packageVersion?.status).toBe("Unlisted");
  });

  it("fits a narrow screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator(".readme h2", { hasText: "Usage" }).waitFor();
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(shots, "version-narrow.png") });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it("copies a version to another repository", async () => {
    await page.goto(`${consoleUrl()}#/d/${domain}/r/team/p/pypi/pyfix-greet/v/1.0.0`);
    await page.locator(".readme h1", { hasText: "PyFix Greet" }).waitFor();
    await page.getByLabel("Copy to repository").selectOption("store");
    await page.getByRole("button", { name: "Copy version" }).click();
    await confirm("Copy version");
    await page.getByText("Copied 1.0.0 to store.").waitFor();
    const copied = await fx.client.send(new sdk.ListPackageVersionsCommand({ domain, repository: "store", format: "pypi", package: "pyfix-greet" }));
    expect(copied.versions?.map((v) => v.version)).toEqual(["1.0.0"]);
  });

  it("sets a package's origin controls, and disposes of and deletes a version", async () => {
    const ref = { domain, repository: "store", format: "pypi" as const, package: "pyfix-greet" };
    await page.goto(`${consoleUrl()}#/d/${domain}/r/store/p/pypi/pyfix-greet`);
    await page.locator("select[name=publish]").selectOption("BLOCK");
    await page.getByRole("button", { name: "Save origin controls" }).click();
    await page.getByText("Origin controls saved.").waitFor();
    const described = await fx.client.send(new sdk.DescribePackageCommand(ref));
    expect(described.package?.originConfiguration?.restrictions?.publish).toBe("BLOCK");

    await page.getByRole("link", { name: "1.0.0" }).click();
    await page.getByRole("button", { name: "Dispose" }).click();
    await confirm("Dispose");
    await page.locator("[data-testid=version-status]", { hasText: "Disposed" }).waitFor();
    await page.getByText("No assets (a disposed version keeps none).").waitFor();
    const listed = await fx.client.send(new sdk.ListPackageVersionsCommand(ref));
    expect(listed.versions?.map((v) => v.status)).toEqual(["Disposed"]);

    await page.getByRole("button", { name: "Delete version" }).click();
    await confirm("Delete version");
    await page.getByText("No versions.").waitFor();
    expect((await fx.client.send(new sdk.ListPackageVersionsCommand(ref))).versions).toEqual([]);
  });

  it("gives connection instructions with the real endpoint and a working token", async () => {
    await page.goto(`${consoleUrl()}#/d/${domain}/r/team`);
    await page.getByRole("link", { name: "Connection instructions" }).click();
    const endpoint = (await fx.client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "team", format: "npm" }))).repositoryEndpoint!;
    await page.locator("[data-testid=endpoint]", { hasText: endpoint }).waitFor();
    const snippets = await page.locator(".snippet pre").allTextContents();
    expect(snippets).toContain(
      `aws codeartifact login --tool npm --domain ${domain} --domain-owner ${account} --repository team --region ${region} --endpoint-url ${fx.server.url}`,
    );
    const npmrc = snippets.find((s) => s.startsWith("registry="))!;
    const token = /:_authToken=(\S+)/.exec(npmrc)![1];
    // The token the page shows opens the repository; a made-up one does not.
    const ping = (bearer: string) => fetch(`${endpoint}-/ping`, { headers: { authorization: `Bearer ${bearer}` } }).then((r) => r.status);
    expect(await ping(token)).toBe(200);
    expect(await ping(`${token.slice(0, -4)}AAAA`)).toBe(401);
    await shot("connect");

    await page.getByRole("link", { name: "pip, twine" }).click();
    const pypi = (await fx.client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "team", format: "pypi" }))).repositoryEndpoint!;
    await page.locator("[data-testid=endpoint]", { hasText: pypi }).waitFor();
    expect(await page.locator(".snippet pre").allTextContents()).toContainEqual(expect.stringContaining("aws codeartifact login --tool twine"));
  });

  it("pages through a long list with the API's tokens", async () => {
    const many = "paging";
    await fx.client.send(new sdk.CreateDomainCommand({ domain: many }));
    const names = Array.from({ length: 27 }, (_, i) => `repo-${String(i).padStart(2, "0")}`);
    for (const repository of names) await fx.client.send(new sdk.CreateRepositoryCommand({ domain: many, repository }));
    await page.goto(`${consoleUrl()}#/d/${many}`);
    const table = page.getByRole("region", { name: "Repositories" });
    const rows = table.locator("tbody tr");
    await table.getByRole("link", { name: "repo-24" }).waitFor();
    expect(await rows.count()).toBe(25);
    await table.getByRole("button", { name: "Next →" }).click();
    await table.getByText("Page 2").waitFor();
    await table.getByRole("link", { name: "repo-26" }).waitFor();
    expect(await rows.allTextContents()).toEqual([expect.stringContaining("repo-25"), expect.stringContaining("repo-26")]);
    expect(await table.getByRole("button", { name: "Next →" }).isDisabled()).toBe(true);
    await table.getByRole("button", { name: "← Previous" }).click();
    await table.getByRole("link", { name: "repo-00" }).waitFor();
  });

  it("loaded nothing from other hosts and raised no page error", () => {
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
