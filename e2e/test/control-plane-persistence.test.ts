import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  AssociateExternalConnectionCommand,
  CreateDomainCommand,
  CreateRepositoryCommand,
  DescribeDomainCommand,
  DescribeRepositoryCommand,
  GetAuthorizationTokenCommand,
  GetDomainPermissionsPolicyCommand,
  GetRepositoryPermissionsPolicyCommand,
  ListDomainsCommand,
  ListRepositoriesInDomainCommand,
  ListTagsForResourceCommand,
  PutDomainPermissionsPolicyCommand,
  PutRepositoryPermissionsPolicyCommand,
  type CodeartifactClient,
} from "@aws-sdk/client-codeartifact";
import { verifyToken } from "@codeartifact-local/server";
import { afterAll, describe, expect, it } from "vitest";
import { sdkClient, startServer, tempDir, type RunningServer } from "../support/server";

const dataDir = tempDir("ca-persist-");
const scratch = tempDir("ca-memory-");
const running: RunningServer[] = [];
const clients: CodeartifactClient[] = [];

async function start(options: Parameters<typeof startServer>[0]) {
  const server = await startServer(options);
  running.push(server);
  const client = sdkClient(server.url);
  clients.push(client);
  return { server, client };
}

afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(running.map((s) => s.stop()));
  dataDir.remove();
  scratch.remove();
});

const policy = (action: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: "210987654321" }, Action: `codeartifact:${action}`, Resource: "*" }],
  });

describe("a server on a data dir", () => {
  const before: Record<string, unknown> = {};

  it("keeps everything across a restart", async () => {
    const first = await start({ dataDir: dataDir.path });
    const c = first.client;
    const { domain } = await c.send(new CreateDomainCommand({ domain: "keep", tags: [{ key: "tier", value: "gold" }] }));
    await c.send(new CreateDomainCommand({ domain: "keep-too" }));
    await c.send(new CreateRepositoryCommand({ domain: "keep", repository: "store" }));
    await c.send(new CreateRepositoryCommand({ domain: "keep", repository: "middle", upstreams: [{ repositoryName: "store" }] }));
    await c.send(
      new CreateRepositoryCommand({
        domain: "keep",
        repository: "app",
        upstreams: [{ repositoryName: "middle" }],
        description: "entry",
        tags: [{ key: "t", value: "1" }],
      }),
    );
    await c.send(new AssociateExternalConnectionCommand({ domain: "keep", repository: "store", externalConnection: "public:npmjs" }));
    const domainPolicy = (await c.send(new PutDomainPermissionsPolicyCommand({ domain: "keep", policyDocument: policy("DescribeDomain") }))).policy;
    const repositoryPolicy = (
      await c.send(new PutRepositoryPermissionsPolicyCommand({ domain: "keep", repository: "app", policyDocument: policy("ReadFromRepository") }))
    ).policy;
    const token = await c.send(new GetAuthorizationTokenCommand({ domain: "keep" }));
    const page = await c.send(new ListRepositoriesInDomainCommand({ domain: "keep", maxResults: 1 }));
    Object.assign(before, {
      domain: (await c.send(new DescribeDomainCommand({ domain: "keep" }))).domain,
      app: (await c.send(new DescribeRepositoryCommand({ domain: "keep", repository: "app" }))).repository,
      store: (await c.send(new DescribeRepositoryCommand({ domain: "keep", repository: "store" }))).repository,
      domainPolicy,
      repositoryPolicy,
      token,
      nextToken: page.nextToken,
      domainArn: domain!.arn,
    });
    expect(await first.server.stop()).toBe(0);

    const second = await start({ dataDir: dataDir.path });
    const d = second.client;
    expect((await d.send(new DescribeDomainCommand({ domain: "keep" }))).domain).toEqual(before.domain);
    expect((await d.send(new ListDomainsCommand({}))).domains!.map((x) => x.name)).toEqual(["keep", "keep-too"]);
    expect((await d.send(new DescribeRepositoryCommand({ domain: "keep", repository: "app" }))).repository).toEqual(before.app);
    expect((await d.send(new DescribeRepositoryCommand({ domain: "keep", repository: "store" }))).repository).toEqual(before.store);
    expect((await d.send(new ListTagsForResourceCommand({ resourceArn: before.domainArn as string }))).tags).toEqual([{ key: "tier", value: "gold" }]);
    expect((await d.send(new GetDomainPermissionsPolicyCommand({ domain: "keep" }))).policy).toEqual(before.domainPolicy);
    expect((await d.send(new GetRepositoryPermissionsPolicyCommand({ domain: "keep", repository: "app" }))).policy).toEqual(before.repositoryPolicy);
    // The secret persists: a pagination token and an authorization token from before still hold.
    const rest = await d.send(new ListRepositoriesInDomainCommand({ domain: "keep", nextToken: before.nextToken as string }));
    expect(rest.repositories!.map((r) => r.name)).toEqual(["middle", "store"]);
    const secret = await second.server.secret();
    const issued = before.token as { authorizationToken: string; expiration: Date };
    const verified = verifyToken(issued.authorizationToken, secret, new Date());
    expect(verified).toMatchObject({ ok: true, claims: { domain: "keep", domainOwner: "123456789012", expiresAt: issued.expiration } });
  });
});

describe("an --in-memory server", () => {
  it("leaves nothing on disk", async () => {
    const wouldBeDataDir = join(scratch.path, "data");
    const { server, client } = await start({ inMemory: true, env: { DATA_DIR: wouldBeDataDir } });
    await client.send(new CreateDomainCommand({ domain: "volatile" }));
    await client.send(new CreateRepositoryCommand({ domain: "volatile", repository: "repo", tags: [{ key: "a", value: "b" }] }));
    await client.send(new PutDomainPermissionsPolicyCommand({ domain: "volatile", policyDocument: policy("DescribeDomain") }));
    await client.send(new GetAuthorizationTokenCommand({ domain: "volatile" }));
    expect(await server.stop()).toBe(0);
    expect(existsSync(wouldBeDataDir)).toBe(false);
    expect(readdirSync(scratch.path)).toEqual([]);
    // And a new in-memory server starts empty.
    const fresh = await start({ inMemory: true, env: { DATA_DIR: wouldBeDataDir } });
    expect((await fresh.client.send(new ListDomainsCommand({}))).domains).toEqual([]);
  });
});
