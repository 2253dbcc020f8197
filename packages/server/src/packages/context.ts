import {
  blobDomainKey,
  type BlobStore,
  type DomainRecord,
  type PackageFormat,
  type PackageRecord,
  type Partition,
  type RepositoryRecord,
  type Store,
} from "@codeartifact-local/store";
import { domainNotFound, repositoryNotFound } from "../control/access";
import { notFound } from "../control/errors";
import type { Services } from "../services";
import { BlobJanitor } from "./janitor";
import { normalizeCoordinate, normalizeVersion, type Coordinate } from "./names";

/** A domain as the caller names it: the caller's partition, plus the owner when it is not them. */
export interface DomainRef {
  partition: Partition;
  domain: string;
  /** Account owning the domain; the caller's account when absent. */
  domainOwner?: string;
}

export interface RepositoryRef extends DomainRef {
  repository: string;
}

/** A package as clients name it; namespace and name are normalized per format by the service. */
export interface PackageRef extends RepositoryRef {
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
  /** A fresh package version revision: opaque, 44 base64 characters like AWS's. */
  revision(): string;
}

export function createContext(services: Services): ServiceContext {
  return {
    services,
    store: services.store,
    blobs: services.blobs,
    janitor: new BlobJanitor(services.blobs),
    revision: () => services.randomBytes(32).toString("base64"),
  };
}

export const domainKeyOf = (domain: DomainRecord) => ({ id: domain.id, key: blobDomainKey(domain) });

export async function locateDomain(ctx: ServiceContext, ref: DomainRef): Promise<DomainRecord> {
  const owner = ref.domainOwner ?? ref.partition.account;
  const domain = await ctx.store.domains.get({ account: owner, region: ref.partition.region, name: ref.domain });
  if (!domain) throw domainNotFound(ref.domain, owner);
  return domain;
}

export async function locateRepositoryIn(ctx: ServiceContext, domain: DomainRecord, name: string): Promise<RepositoryRecord> {
  const repository = await ctx.store.repositories.get(domain.id, name);
  if (!repository) throw repositoryNotFound(name, domain.name, domain.account);
  return repository;
}

export async function locateRepository(ctx: ServiceContext, ref: RepositoryRef): Promise<LocatedRepository> {
  const domain = await locateDomain(ctx, ref);
  return { domain, repository: await locateRepositoryIn(ctx, domain, ref.repository) };
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
  const located = await locateRepository(ctx, ref);
  const pkg = await ctx.store.packages.get(located.repository.id, coordinate);
  if (!pkg) throw packageNotFound(coordinate, located.repository.name);
  return { ...located, coordinate, package: pkg };
}

export async function locateVersion(ctx: ServiceContext, ref: VersionRef) {
  const located = await locatePackage(ctx, ref);
  const versionName = normalizeVersion(located.coordinate.format, ref.version);
  const version = await ctx.store.versions.get(located.package.id, versionName);
  if (!version) throw versionNotFound(located.coordinate, versionName, located.repository.name);
  return { ...located, version };
}
