import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { createMemoryBlobStore, openStore, type DomainRecord, type RepositoryRecord } from "@codeartifact-local/store";
import { defaultServiceConfig, type ServiceConfig, type Services } from "../src/environment";
import type { FormatAdapter } from "../src/formats";
import { PackageService } from "../src/service";

export const ACCOUNT = "111122223333";
export const REGION = "us-west-2";
export const partition = { account: ACCOUNT, region: REGION };

export interface Fixture {
  services: Services;
  service: PackageService;
  domain: DomainRecord;
  repos: Record<string, RepositoryRecord>;
  /** Moves the fixed clock forward. */
  tick(ms?: number): void;
  close(): Promise<void>;
}

/**
 * A package service over a real in-memory store and blob store, with a domain made directly in the
 * store (the control-plane handlers are not needed) and a stepping clock.
 */
export async function fixture(
  repositoryNames: string[] = ["repo"],
  quotas: Partial<ServiceConfig["quotas"]> = {},
  formats: FormatAdapter[] = [],
): Promise<Fixture> {
  let time = Date.parse("2024-05-01T10:00:00.000Z");
  const now = () => new Date(time);
  const store = await openStore({ inMemory: true, now });
  const blobs = createMemoryBlobStore();
  let counter = 0;
  const services: Services = {
    store,
    blobs,
    config: { ...defaultServiceConfig, quotas: { ...defaultServiceConfig.quotas, ...quotas } },
    now,
    // Deterministic and distinct: revisions differ on every change.
    randomBytes: (size) => createHash("sha256").update(String(counter++)).digest().subarray(0, size),
    secret: Buffer.alloc(32, 7),
    close: () => store.close(),
  };
  const domain = await store.domains.create({
    account: ACCOUNT,
    region: REGION,
    name: "acme",
    arn: `arn:aws:codeartifact:${REGION}:${ACCOUNT}:domain/acme`,
  });
  const repos: Record<string, RepositoryRecord> = {};
  for (const name of repositoryNames) {
    repos[name] = await store.repositories.create({
      domainId: domain.id,
      name,
      arn: `arn:aws:codeartifact:${REGION}:${ACCOUNT}:repository/acme/${name}`,
      administratorAccount: ACCOUNT,
    });
  }
  current = {
    services,
    service: new PackageService(services, formats),
    domain,
    repos,
    tick: (ms = 1000) => {
      time += ms;
    },
    close: () => store.close(),
  };
  return current;
}

export const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/** An asset upload from bytes, with its digest declared. */
export function upload(name: string, data: Buffer | string) {
  const bytes = Buffer.from(data);
  return { name, content: Readable.from([bytes]), expectedSha256: sha256(bytes) };
}

let current: Fixture | undefined;

/** A repository of the newest fixture, located as the service takes it. */
export const repoRef = (repository = "repo") => {
  if (!current?.repos[repository]) throw new Error(`No repository ${repository} in the fixture`);
  return { domain: current.domain, repository: current.repos[repository] };
};

export const generic = (name = "tool", namespace = "ns", repository = "repo") => ({
  ...repoRef(repository),
  format: "generic" as const,
  namespace,
  name,
});

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
