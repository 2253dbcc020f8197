import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type Store, type StoreOps } from '../src/index.js';

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A fresh temp directory, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ca-store-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** An in-memory store with a fixed clock, closed after the test. */
export async function memoryStore(): Promise<Store> {
  const store = await openStore({ inMemory: true, now: () => new Date('2024-01-02T03:04:05.000Z') });
  cleanups.push(() => store.close());
  return store;
}

export const ACCOUNT = '111122223333';
export const REGION = 'us-west-2';

export const domainArn = (name: string, account = ACCOUNT) =>
  `arn:aws:codeartifact:${REGION}:${account}:domain/${name}`;
export const repoArn = (domain: string, name: string, account = ACCOUNT) =>
  `arn:aws:codeartifact:${REGION}:${account}:repository/${domain}/${name}`;
export const groupArn = (domain: string, pattern: string, account = ACCOUNT) =>
  `arn:aws:codeartifact:${REGION}:${account}:package-group/${domain}${encodeURIComponent(pattern)}`;

export async function makeDomain(s: StoreOps, name = 'acme', account = ACCOUNT) {
  return s.domains.create({ account, region: REGION, name, arn: domainArn(name, account) });
}

export async function makeRepo(s: StoreOps, domainId: number, domainName: string, name: string) {
  return s.repositories.create({ domainId, name, arn: repoArn(domainName, name), administratorAccount: ACCOUNT });
}

const hex = (n: number, c: string) => c.repeat(n);
export const fakeHashes = (c = 'a') => ({ md5: hex(32, c), sha1: hex(40, c), sha256: hex(64, c), sha512: hex(128, c) });

/** Domain → repository → npm package → version 1.0.0 with one asset. */
export async function seedPackage(s: StoreOps) {
  const domain = await makeDomain(s);
  const repo = await makeRepo(s, domain.id, domain.name, 'repo');
  const pkg = await s.packages.create({
    repositoryId: repo.id,
    format: 'npm',
    namespace: 'scope',
    name: 'lib',
    originRestrictions: { publish: 'ALLOW', upstream: 'BLOCK' },
  });
  const version = await s.versions.create({
    packageId: pkg.id,
    version: '1.0.0',
    status: 'Published',
    revision: 'rev-1',
    origin: { type: 'INTERNAL', domainEntryPoint: { repositoryName: repo.name } },
  });
  await s.assets.add(version.id, { name: 'lib-1.0.0.tgz', size: 100, hashes: fakeHashes('a') });
  return { domain, repo, pkg, version };
}
