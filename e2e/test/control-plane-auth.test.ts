import { GetAuthorizationTokenCommand, GetRepositoryEndpointCommand, type EndpointType, type PackageFormat } from "@aws-sdk/client-codeartifact";
import { describe, expect, it } from "vitest";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";
import { sdkClient } from "../support/server";

const account = "123456789012";
const domain = "auth-dom";
const fx = serverFixture({ account, domains: { [domain]: ["My.Repo_1"] } });

function payloadOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("GetAuthorizationToken", () => {
  it("issues a 12-hour token by default that names domain, owner and expiry", async () => {
    const before = Date.now();
    const { authorizationToken, expiration } = await fx.client.send(new GetAuthorizationTokenCommand({ domain }));
    expect(authorizationToken).toMatch(/^eyJ2ZXIiOjEsImlzdSI6[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(expiration).toBeInstanceOf(Date);
    const lifetime = expiration!.getTime() - before;
    expect(lifetime).toBeGreaterThan(12 * 3600_000 - 5_000);
    expect(lifetime).toBeLessThanOrEqual(12 * 3600_000 + 1_000);
    expect(payloadOf(authorizationToken!)).toMatchObject({
      ver: 1,
      dom: domain,
      own: account,
      acc: account,
      reg: "us-west-2",
      exp: expiration!.getTime() / 1000,
    });
  });

  it("honours durationSeconds from 900 to 43200", async () => {
    for (const durationSeconds of [900, 3600, 43200]) {
      const { authorizationToken, expiration } = await fx.client.send(new GetAuthorizationTokenCommand({ domain, domainOwner: account, durationSeconds }));
      const payload = payloadOf(authorizationToken!);
      expect(payload.exp as number).toBe(expiration!.getTime() / 1000);
      expect((payload.exp as number) - (payload.isu as number)).toBe(durationSeconds);
    }
  });

  it("gives durationSeconds 0 the length of a default session (one hour)", async () => {
    const { authorizationToken } = await fx.client.send(new GetAuthorizationTokenCommand({ domain, durationSeconds: 0 }));
    const payload = payloadOf(authorizationToken!);
    expect((payload.exp as number) - (payload.isu as number)).toBe(3600);
  });

  it("refuses durations between 1 and 899 seconds and above 12 hours", async () => {
    for (const durationSeconds of [1, 899]) {
      await expectFailure(fx.client.send(new GetAuthorizationTokenCommand({ domain, durationSeconds })), "ValidationException", { status: 400 });
    }
    await expectFailure(fx.client.send(new GetAuthorizationTokenCommand({ domain, durationSeconds: 43201 })), "ValidationException", { status: 400 });
  });

  it("issues a different token on every call", async () => {
    const a = await fx.client.send(new GetAuthorizationTokenCommand({ domain }));
    const b = await fx.client.send(new GetAuthorizationTokenCommand({ domain }));
    expect(a.authorizationToken).not.toBe(b.authorizationToken);
  });

  it("answers ResourceNotFoundException for an unknown domain", async () => {
    await expectFailure(fx.client.send(new GetAuthorizationTokenCommand({ domain: "auth-missing" })), "ResourceNotFoundException", {
      resourceId: "auth-missing",
      resourceType: "domain",
    });
  });
});

describe("GetRepositoryEndpoint", () => {
  const formats: PackageFormat[] = ["npm", "pypi", "maven", "nuget", "generic", "ruby", "swift", "cargo"];
  const types: (EndpointType | undefined)[] = [undefined, "ipv4", "dualstack"];

  for (const format of formats) {
    it(`returns the path-style ${format} endpoint on the host the client used, for every endpoint type`, async () => {
      const base = new URL(fx.server.url);
      for (const endpointType of types) {
        const { repositoryEndpoint } = await fx.client.send(new GetRepositoryEndpointCommand({ domain, repository: "My.Repo_1", format, endpointType }));
        expect(repositoryEndpoint).toBe(`http://${base.host}/${format}/d/${domain}-${account}/My.Repo_1/`);
      }
    });
  }

  it("follows the Host the client reached the server by", async () => {
    const viaLocalhost = sdkClient(fx.server.url.replace("127.0.0.1", "localhost"), account);
    try {
      const { repositoryEndpoint } = await viaLocalhost.send(new GetRepositoryEndpointCommand({ domain, repository: "My.Repo_1", format: "npm" }));
      expect(repositoryEndpoint).toBe(`http://localhost:${new URL(fx.server.url).port}/npm/d/${domain}-${account}/My.Repo_1/`);
    } finally {
      viaLocalhost.destroy();
    }
  });

  it("answers ResourceNotFoundException for an unknown repository or domain", async () => {
    await expectFailure(fx.client.send(new GetRepositoryEndpointCommand({ domain, repository: "ghost", format: "npm" })), "ResourceNotFoundException", {
      resourceId: "ghost",
      resourceType: "repository",
      status: 404,
    });
    await expectFailure(
      fx.client.send(new GetRepositoryEndpointCommand({ domain: "nowhere", repository: "ghost", format: "npm" })),
      "ResourceNotFoundException",
      {
        resourceId: "nowhere",
        resourceType: "domain",
      },
    );
  });

  it("refuses an unknown format or endpoint type", async () => {
    await expectFailure(
      fx.client.send(new GetRepositoryEndpointCommand({ domain, repository: "My.Repo_1", format: "rpm" as PackageFormat })),
      "ValidationException",
    );
    await expectFailure(
      fx.client.send(new GetRepositoryEndpointCommand({ domain, repository: "My.Repo_1", format: "npm", endpointType: "ipv6" as EndpointType })),
      "ValidationException",
    );
  });
});
