import type {
  PackageGroupOriginRestrictionMode as Mode,
  PackageGroupOriginRestrictionType as RestrictionType,
  PackageOriginRestrictions,
} from "@codeartifact-local/store";

// The one place that decides whether a package version may enter a repository. Two layers apply
// and BLOCK wins over ALLOW (the most restrictive setting decides):
//   1. the package's own origin configuration in that repository (publish, upstream), when the
//      package exists there;
//   2. the package group the package is associated with (its most specific matching group), one
//      mode per restriction type, INHERIT resolved through the group's ancestors, and
//      ALLOW_SPECIFIC_REPOSITORIES checked against the target repository.
// The package-level `upstream` covers both internal upstreams and external connections.

export const RESTRICTION_TYPES: readonly RestrictionType[] = ["PUBLISH", "EXTERNAL_UPSTREAM", "INTERNAL_UPSTREAM"];

/** A group as the resolution needs it: its own modes and its allow lists. */
export interface GroupChainLink {
  id: number;
  pattern: string;
  arn: string;
  modes: Record<RestrictionType, Mode>;
  /** Repository ids in the allow list of each restriction type. */
  allowed: Record<RestrictionType, ReadonlySet<number>>;
}

export interface ResolvedGroupMode {
  /** The group's own setting. */
  mode: Mode;
  /** After INHERIT; ALLOW when the whole chain inherits (the root group allows everything). */
  effectiveMode: Exclude<Mode, "INHERIT">;
  /** The group the effective mode comes from (the group itself unless its mode is INHERIT). */
  source?: GroupChainLink;
}

/** Resolves one restriction type of `chain[0]`, where `chain` runs from a group up to the root. */
export function resolveGroupMode(chain: readonly GroupChainLink[], type: RestrictionType): ResolvedGroupMode {
  const own = chain[0]?.modes[type] ?? "ALLOW";
  for (const link of chain) {
    const mode = link.modes[type];
    if (mode !== "INHERIT") return { mode: own, effectiveMode: mode, source: link };
  }
  return { mode: own, effectiveMode: "ALLOW" };
}

export type OriginKind = "publish" | "internalUpstream" | "externalUpstream";

const TYPE_OF: Record<OriginKind, RestrictionType> = {
  publish: "PUBLISH",
  internalUpstream: "INTERNAL_UPSTREAM",
  externalUpstream: "EXTERNAL_UPSTREAM",
};

export interface OriginDecision {
  allowed: boolean;
  /** Which layer refused, for error messages. */
  blockedBy?: "package" | "package-group";
  /** The group whose setting decided, when a group setting applied. */
  group?: { pattern: string; arn: string; mode: Exclude<Mode, "INHERIT"> };
}

export interface EffectiveRestrictions {
  /** The package's own configuration, or undefined when the package is not in the repository yet. */
  packageRestrictions?: PackageOriginRestrictions;
  /** The associated group (most specific match), or undefined when the domain has no groups at all. */
  associatedGroup?: { pattern: string; arn: string; association: "STRONG" | "WEAK" };
  publish: OriginDecision;
  internalUpstream: OriginDecision;
  externalUpstream: OriginDecision;
}

export interface RestrictionInputs {
  repositoryId: number;
  packageRestrictions?: PackageOriginRestrictions;
  /** From the associated group up to the root group; empty when no group applies. */
  chain: readonly GroupChainLink[];
  association?: "STRONG" | "WEAK";
}

function decide(kind: OriginKind, inputs: RestrictionInputs): OriginDecision {
  const packageSetting = kind === "publish" ? inputs.packageRestrictions?.publish : inputs.packageRestrictions?.upstream;
  const resolved = inputs.chain.length > 0 ? resolveGroupMode(inputs.chain, TYPE_OF[kind]) : undefined;
  const group = resolved?.source !== undefined ? { pattern: resolved.source.pattern, arn: resolved.source.arn, mode: resolved.effectiveMode } : undefined;
  let groupAllows = true;
  if (resolved?.effectiveMode === "BLOCK") groupAllows = false;
  if (resolved?.effectiveMode === "ALLOW_SPECIFIC_REPOSITORIES") {
    groupAllows = resolved.source?.allowed[TYPE_OF[kind]].has(inputs.repositoryId) ?? false;
  }
  if (packageSetting === "BLOCK") return { allowed: false, blockedBy: "package", group };
  if (!groupAllows) return { allowed: false, blockedBy: "package-group", group };
  return { allowed: true, group };
}

/** The pure decision: package setting and group chain in, one verdict per way of entering out. */
export function computeEffectiveRestrictions(inputs: RestrictionInputs): EffectiveRestrictions {
  const head = inputs.chain[0];
  return {
    packageRestrictions: inputs.packageRestrictions,
    associatedGroup: head ? { pattern: head.pattern, arn: head.arn, association: inputs.association ?? "STRONG" } : undefined,
    publish: decide("publish", inputs),
    internalUpstream: decide("internalUpstream", inputs),
    externalUpstream: decide("externalUpstream", inputs),
  };
}
