import { beforeAll, describe, expect, it } from "vitest";
import { awsCli } from "../support/aws-cli";
import { serverFixture } from "../support/fixture";
import { escapeName, http, publishBody } from "../support/npm-http";
import { packFixture } from "../support/npm-registry";

// `--hostname`: GetRepositoryEndpoint answers AWS's host-style URL on that name, and requests
// addressed to it (Host header) reach the repository. The name needs no DNS here: requests go to
// 127.0.0.1 and carry the host-style name in their Host header, as a resolver would have it.
const account = "123456789012";
const hostname = "localhost.localstack.cloud";
const fx = serverFixture({ server: { inMemory: true, args: ["--hostname", hostname] } });
let port: string;

beforeAll(async () => {
  port = new URL(fx.server.url).port;
  for (const args of [
    ["create-domain", "--domain", "hosted"],
    ["create-repository", "--domain", "hosted", "--repository", "main"],
  ]) {
    const created = await awsCli(fx.server.url, ["codeartifact", ...args]);
    expect(created.code, created.stderr).toBe(0);
  }
});

async function endpoint(format: string): Promise<string> {
  const answer = await awsCli(fx.server.url, ["codeartifact", "get-repository-endpoint", "--domain", "hosted", "--repository", "main", "--format", format]);
  expect(answer.code, answer.stderr).toBe(0);
  return (answer.json as { repositoryEndpoint: string }).repositoryEndpoint;
}

/** A request to a host-style URL, sent to this server with the URL's host as Host header. */
function viaHost(url: string, options: Parameters<typeof http>[1] = {}) {
  const target = new URL(url);
  return http(`http://127.0.0.1:${target.port}${target.pathname}${target.search}`, { ...options, headers: { ...options.headers, host: target.host } });
}

describe("host-style repository endpoints", () => {
  it("GetRepositoryEndpoint answers {domain}-{owner}.d.codeartifact.{region}.{hostname}", async () => {
    expect(await endpoint("npm")).toBe(`http://hosted-${account}.d.codeartifact.us-west-2.${hostname}:${port}/npm/main/`);
    expect(await endpoint("pypi")).toBe(`http://hosted-${account}.d.codeartifact.us-west-2.${hostname}:${port}/pypi/main/`);
  });

  it("routes npm publish and install requests by their Host header", async () => {
    const token = (await awsCli(fx.server.url, ["codeartifact", "get-authorization-token", "--domain", "hosted"])).json as { authorizationToken: string };
    const auth = { authorization: `Bearer ${token.authorizationToken}` };
    const registry = await endpoint("npm");
    const packed = await packFixture("local-lib", "1.0.0");
    const published = await viaHost(`${registry}${escapeName(packed.name)}`, {
      method: "PUT",
      headers: { ...auth, "content-type": "application/json" },
      body: publishBody(packed),
    });
    expect(published.status, published.body.toString()).toBe(200);
    const packument = await viaHost(`${registry}${packed.name}`, { headers: auth });
    const tarball: string = packument.json().versions["1.0.0"].dist.tarball;
    expect(tarball).toBe(`${registry}local-lib/-/local-lib-1.0.0.tgz`);
    expect((await viaHost(tarball, { headers: auth })).body.equals(packed.tarball)).toBe(true);
    // The path-style URL of the same repository still answers.
    expect((await http(`${fx.server.url}/npm/d/hosted-${account}/main/${packed.name}`, { headers: auth })).status).toBe(200);
  });
});
