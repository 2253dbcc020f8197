import { AssociateExternalConnectionCommand, CreateDomainCommand, CreateRepositoryCommand, type CodeartifactClient } from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll } from "vitest";
import { sdkClient, startServer, tempDir, type RunningServer } from "./server";

type StartOptions = NonNullable<Parameters<typeof startServer>[0]>;

/** A repository to create: its name, or its name with upstreams (in search order) and an external connection. */
export type RepositorySpec = string | { name: string; upstreams?: string[]; externalConnection?: string };

export interface FixtureOptions {
  /** The SDK client's account and region (sdkClient's defaults when not given). */
  account?: string;
  region?: string;
  /** Prefix of the file's temporary folder. */
  tempPrefix?: string;
  /**
   * How to start the server, given the temporary folder; a function may first start what the server
   * depends on (a stand-in registry). Default: in memory.
   */
  server?: StartOptions | ((dir: string) => StartOptions | Promise<StartOptions>);
  /** Domains to create, each with its repositories in the order given (an upstream before its downstreams). */
  domains?: Record<string, RepositorySpec[]>;
}

export interface Fixture {
  server: RunningServer;
  /** The official SDK client, for the fixture's account. */
  client: CodeartifactClient;
  /** A temporary folder, removed after the file's tests. */
  dir: { path: string; remove(): void };
}

/**
 * What most test files start with: a temporary folder, one started server for the whole file and
 * an SDK client on it, the domains and repositories the tests build on. Filled in by a `beforeAll`
 * registered here (so before the file's own hooks run) and taken down after the file's tests.
 */
export function serverFixture(options: FixtureOptions = {}): Fixture {
  const fixture = {} as Fixture;
  beforeAll(async () => {
    fixture.dir = tempDir(options.tempPrefix);
    const start = typeof options.server === "function" ? await options.server(fixture.dir.path) : (options.server ?? { inMemory: true });
    fixture.server = await startServer(start);
    fixture.client = sdkClient(fixture.server.url, options.account, options.region);
    for (const [domain, repositories] of Object.entries(options.domains ?? {})) {
      await fixture.client.send(new CreateDomainCommand({ domain }));
      for (const spec of repositories) await createRepository(fixture.client, domain, spec);
    }
  });
  afterAll(async () => {
    fixture.client?.destroy();
    await fixture.server?.stop();
    fixture.dir?.remove();
  });
  return fixture;
}

async function createRepository(client: CodeartifactClient, domain: string, spec: RepositorySpec): Promise<void> {
  const { name: repository, upstreams = [], externalConnection } = typeof spec === "string" ? { name: spec } : spec;
  await client.send(
    new CreateRepositoryCommand({ domain, repository, upstreams: upstreams.length ? upstreams.map((repositoryName) => ({ repositoryName })) : undefined }),
  );
  if (externalConnection) await client.send(new AssociateExternalConnectionCommand({ domain, repository, externalConnection }));
}
