import {
  blobDomainKey,
  type BlobStore,
  type DomainRecord,
  type PackageFormat,
  type PackageRecord,
  type RepositoryRecord,
  type Store,
} from "@codeartifact-local/store";
import { repositoryNotFound } from "./access/access";
import { notFound } from "./errors";
import type { Services } from "./environment";
import type { FormatRegistry } from "./formats";
import { BlobJanitor } from "./janitor";
import { normalizeCoordinate, normalizeVersion, type Coordinate } from "./names";

/**
 * A package in a repository the caller was already authorized for (see access/): the records are
 * passed on, never names to look up again. Namespace and name are as clients spell them; the
 * service normalizes them per format.
 */
export interface PackageRef extends LocatedRepository {
  format: PackageFormat;
  namespace?: string;
  name: string;
}

export interface VersionRef extends PackageRef {
  version: string;
}

export interface LocatedRepository {
  domain: DomainRecord;
  repository: RepositoryRecord;
}

export interface LocatedPackage extends LocatedRepository {
  coordinate: Coordinate;
  package: PackageRecord;
}

/** What the package-service modules share. */
export interface ServiceContext {
  services: Services;
  store: Store;
  blobs: BlobStore;
  janitor: BlobJanitor;
  formats: FormatRegistry;
  /** A fresh package version revision: opaque, 44 base64 characters like AWS's. */
  revision(): string;
}

export function createContext(services: Services, formats: FormatRegistry): ServiceContext {
  return {
    formats,
    services,
    store: services.store,
    blobs: services.blobs,
    janitor: new BlobJanitor(services.blobs),
    revision: () => services.randomBytes(32).toString("base64"),
  };
}

export const domainKeyOf = (domain: DomainRecord) => ({ id: domain.id, key: blobDomainKey(domain) });

export async function locateRepositoryIn(ctx: ServiceContext, domain: DomainRecord, name: string): Promise<RepositoryRecord> {
  const repository = await ctx.store.repositories.get(domain.id, name);
  if (!repository) throw repositoryNotFound(name, domain.name, domain.account);
  return repository;
}

export function describeCoordinate(c: Coordinate): string {
  return c.namespace === undefined ? `${c.format} package ${c.name}` : `${c.format} package ${c.namespace}/${c.name}`;
}

export function packageNotFound(c: Coordinate, repository: string) {
  const id = c.namespace === undefined ? c.name : `${c.namespace}/${c.name}`;
  return notFound("package", id, `The ${describeCoordinate(c)} does not exist in repository ${repository}.`);
}

export function versionNotFound(c: Coordinate, version: string, repository: string) {
  return notFound("package-version", version, `Version ${version} of the ${describeCoordinate(c)} does not exist in repository ${repository}.`);
}

/** Locates an existing package; ResourceNotFoundException for a missing domain, repository or package. */
export async function locatePackage(ctx: ServiceContext, ref: PackageRef): Promise<LocatedPackage> {
  const coordinate = normalizeCoordinate(ref);
  const pkg = await ctx.store.packages.get(ref.repository.id, coordinate);
  if (!pkg) throw packageNotFound(coordinate, ref.repository.name);
  return { domain: ref.domain, repository: ref.repository, coordinate, package: pkg };
}

export async function locateVersion(ctx: ServiceContext, ref: VersionRef) {
  const located = await locatePackage(ctx, ref);
  const versionName = normalizeVersion(located.coordinate.format, ref.version);
  const version = await ctx.store.versions.get(located.package.id, versionName);
  if (!version) throw versionNotFound(located.coordinate, versionName, located.repository.name);
  return { ...located, version };
}
