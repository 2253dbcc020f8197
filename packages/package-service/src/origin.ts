import type { DomainRecord, PackageOriginRestrictions, PackageRecord, RepositoryRecord, StoreOps } from "@codeartifact-local/store";
import { accessDenied } from "./errors";
import { describeCoordinate, type ServiceContext } from "./context";
import type { PackageGroups } from "./groups";
import type { Coordinate } from "./names";
import { computeEffectiveRestrictions, type EffectiveRestrictions, type OriginKind } from "./restrictions";

/** Defaults for a new package come from how its first version arrived (User Guide). */
export const PUBLISHED_FIRST: PackageOriginRestrictions = { publish: "ALLOW", upstream: "BLOCK" };
export const RETAINED_FIRST: PackageOriginRestrictions = { publish: "BLOCK", upstream: "ALLOW" };

/**
 * Loads the package setting (unless `target.package` carries it, possibly as undefined for a
 * package not in the repository) and the group chain, then decides (restrictions.ts).
 */
export async function loadEffectiveRestrictions(
  ctx: ServiceContext,
  groups: PackageGroups,
  target: { domain: DomainRecord; repository: RepositoryRecord; coordinate: Coordinate; package?: PackageRecord | undefined },
  store: StoreOps = ctx.store,
): Promise<EffectiveRestrictions> {
  const pkg = "package" in target ? target.package : await store.packages.get(target.repository.id, target.coordinate);
  const { chain, association } = await groups.chainFor(store, target.domain, target.coordinate);
  return computeEffectiveRestrictions({
    repositoryId: target.repository.id,
    packageRestrictions: pkg?.originRestrictions,
    chain,
    association,
  });
}

const VERB: Record<OriginKind, string> = {
  publish: "Publishing",
  internalUpstream: "Retaining versions from upstream repositories",
  externalUpstream: "Ingesting versions from external connections",
};

/** AccessDeniedException when `kind` is not allowed; the message names the layer that refused. */
export function requireAllowed(restrictions: EffectiveRestrictions, kind: OriginKind, coordinate: Coordinate, repository: string): void {
  const decision = restrictions[kind];
  if (decision.allowed) return;
  const what = `${VERB[kind]} is not allowed for the ${describeCoordinate(coordinate)} in repository ${repository}`;
  if (decision.blockedBy === "package") {
    const setting = kind === "publish" ? "publish" : "upstream";
    throw accessDenied(`${what}: its package origin configuration sets ${setting} to BLOCK.`);
  }
  const group = decision.group;
  throw accessDenied(
    group?.mode === "ALLOW_SPECIFIC_REPOSITORIES"
      ? `${what}: package group ${group.pattern} allows it only in the repositories on its allowed list.`
      : `${what}: package group ${group?.pattern ?? "/*"} blocks it.`,
  );
}
