import {
  StoreConflictError,
  type DomainRecord,
  type PackageFormat,
  type PackageGroupOriginModes,
  type PackageGroupOriginRestrictionMode as Mode,
  type PackageGroupOriginRestrictionType as RestrictionType,
  type PackageGroupRecord,
  type StoreOps,
  type Tag,
} from "@codeartifact-local/store";
import { repositoryNotFound } from "./access/access";
import { packageGroupArn } from "./arns";
import { invalid, groupExists, groupNotFound } from "./errors";
import { paginate, listingSigning, pageOf, type PageInput, type PageOutput } from "./pagination";
import type { ServiceContext } from "./context";
import { normalizeCoordinate, type Coordinate } from "./names";
import { associatedGroup, parentOf, parsePattern, patternContains, ROOT_PATTERN, type GroupPattern } from "./pattern";
import { RESTRICTION_TYPES, resolveGroupMode, type GroupChainLink } from "./restrictions";

// Package groups of a domain. Every domain has the root group /* (ALLOW everywhere), created on
// first use here so that domains made by any code path have it. A group's parent is the most
// specific other group whose pattern contains its own; creating or deleting a group re-links the
// neighbours so the stored parent links always describe that hierarchy.

export interface GroupNode {
  record: PackageGroupRecord;
  pattern: GroupPattern;
}

export interface ResolvedRestriction {
  mode: Mode;
  effectiveMode: Exclude<Mode, "INHERIT">;
  inheritedFrom?: { arn: string; pattern: string };
  repositoriesCount: number;
}

/** A group with its origin configuration resolved through its ancestors. */
export interface GroupView {
  record: PackageGroupRecord;
  restrictions: Record<RestrictionType, ResolvedRestriction>;
}

export interface AssociatedPackageView {
  format: PackageFormat;
  namespace?: string;
  name: string;
  association: "STRONG" | "WEAK";
}

export interface AllowedRepositoryChange {
  repositoryName: string;
  originRestrictionType: RestrictionType;
}

const ROOT_MODES: PackageGroupOriginModes = { PUBLISH: "ALLOW", EXTERNAL_UPSTREAM: "ALLOW", INTERNAL_UPSTREAM: "ALLOW" };
const NEW_GROUP_MODES: PackageGroupOriginModes = { PUBLISH: "INHERIT", EXTERNAL_UPSTREAM: "INHERIT", INTERNAL_UPSTREAM: "INHERIT" };
const ALL = 1000;

const arnOf = (domain: DomainRecord, pattern: string) => packageGroupArn({ account: domain.account, region: domain.region }, domain.name, pattern);

export class PackageGroups {
  constructor(private readonly ctx: ServiceContext) {}

  /** The root group /*, created when the domain does not have it yet. */
  async ensureRoot(domain: DomainRecord): Promise<PackageGroupRecord> {
    const existing = await this.ctx.store.groups.get(domain.id, ROOT_PATTERN);
    if (existing) return existing;
    try {
      return await this.ctx.store.groups.create({
        domainId: domain.id,
        pattern: ROOT_PATTERN,
        arn: arnOf(domain, ROOT_PATTERN),
        originModes: ROOT_MODES,
        createdTime: domain.createdTime,
      });
    } catch (error) {
      // Another request created it first.
      if (!(error instanceof StoreConflictError)) throw error;
      return (await this.ctx.store.groups.get(domain.id, ROOT_PATTERN))!;
    }
  }

  /** Every group of the domain (root included), parsed. */
  async nodes(domain: DomainRecord): Promise<GroupNode[]> {
    await this.ensureRoot(domain);
    const records = await this.ctx.store.groups.listAll(domain.id);
    return records.map((record) => ({ record, pattern: parsePattern(record.pattern) }));
  }

  private async find(domain: DomainRecord, pattern: string): Promise<{ node: GroupNode; nodes: GroupNode[] }> {
    const text = parsePattern(pattern).text;
    const nodes = await this.nodes(domain);
    const node = nodes.find((n) => n.record.pattern === text);
    if (!node) throw groupNotFound(text);
    return { node, nodes };
  }

  /** The group and its ancestors, nearest first. */
  private chainOf(node: GroupNode, nodes: readonly GroupNode[]): GroupNode[] {
    const byId = new Map(nodes.map((n) => [n.record.id, n]));
    const chain: GroupNode[] = [];
    for (let at: GroupNode | undefined = node; at && !chain.includes(at); at = at.record.parent && byId.get(at.record.parent.id)) {
      chain.push(at);
    }
    return chain;
  }

  private async view(node: GroupNode, nodes: readonly GroupNode[]): Promise<GroupView> {
    const chain = this.chainOf(node, nodes).map((n) => ({
      id: n.record.id,
      pattern: n.record.pattern,
      arn: n.record.arn,
      modes: n.record.originModes,
      allowed: { PUBLISH: new Set<number>(), EXTERNAL_UPSTREAM: new Set<number>(), INTERNAL_UPSTREAM: new Set<number>() },
    }));
    const restrictions = {} as Record<RestrictionType, ResolvedRestriction>;
    for (const type of RESTRICTION_TYPES) {
      const resolved = resolveGroupMode(chain, type);
      const inherited = resolved.mode === "INHERIT" && resolved.source ? resolved.source : undefined;
      restrictions[type] = {
        mode: resolved.mode,
        effectiveMode: resolved.effectiveMode,
        ...(inherited ? { inheritedFrom: { arn: inherited.arn, pattern: inherited.pattern } } : {}),
        repositoriesCount: await this.ctx.store.groupAllowedRepositories.count(node.record.id, type),
      };
    }
    return { record: node.record, restrictions };
  }

  async create(domain: DomainRecord, input: { pattern: string; contactInfo?: string; description?: string; tags?: readonly Tag[] }): Promise<GroupView> {
    const pattern = parsePattern(input.pattern);
    const nodes = await this.nodes(domain);
    if (nodes.some((n) => n.record.pattern === pattern.text)) {
      throw groupExists(pattern.text, domain.name);
    }
    const parent = parentOf(pattern, nodes)!;
    const created = await this.ctx.store.transaction(async (tx) => {
      const record = await tx.groups.create({
        domainId: domain.id,
        pattern: pattern.text,
        arn: arnOf(domain, pattern.text),
        description: input.description,
        contactInfo: input.contactInfo,
        parentId: parent.record.id,
        originModes: NEW_GROUP_MODES,
        createdTime: this.ctx.services.now(),
      });
      // Former children of the parent that fall inside the new group move under it.
      for (const sibling of nodes) {
        if (sibling.record.parent?.id === parent.record.id && patternContains(pattern, sibling.pattern)) {
          await tx.groups.update(sibling.record.id, { parentId: record.id });
        }
      }
      if (input.tags && input.tags.length > 0) await tx.tags.put(record.arn, input.tags);
      return record;
    });
    return this.view({ record: created, pattern }, [...nodes, { record: created, pattern }]);
  }

  async describe(domain: DomainRecord, pattern: string): Promise<GroupView> {
    const { node, nodes } = await this.find(domain, pattern);
    return this.view(node, nodes);
  }

  async update(domain: DomainRecord, pattern: string, patch: { contactInfo?: string; description?: string }): Promise<GroupView> {
    const { node, nodes } = await this.find(domain, pattern);
    const record = await this.ctx.store.groups.update(node.record.id, {
      ...(patch.contactInfo !== undefined ? { contactInfo: patch.contactInfo } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
    });
    const updated = { record: record!, pattern: node.pattern };
    return this.view(
      updated,
      nodes.map((n) => (n === node ? updated : n)),
    );
  }

  /** Deletes a group; its direct children move to its parent. The root group cannot be deleted. */
  async delete(domain: DomainRecord, pattern: string): Promise<GroupView> {
    const { node, nodes } = await this.find(domain, pattern);
    if (node.record.pattern === ROOT_PATTERN) throw invalid("The root package group /* cannot be deleted.");
    const view = await this.view(node, nodes);
    await this.ctx.store.transaction(async (tx) => {
      await tx.groups.reparentChildren(node.record.id, node.record.parent?.id ?? null);
      await tx.groups.delete(node.record.id);
    });
    return view;
  }

  async list(domain: DomainRecord, filter: { prefix?: string }, page: PageInput): Promise<PageOutput<GroupView>> {
    const nodes = await this.nodes(domain);
    const result = await paginate(
      (request) => this.ctx.store.groups.list(domain.id, { patternPrefix: filter.prefix }, request),
      page,
      listingSigning(this.ctx, "ListPackageGroups", [domain.id, filter.prefix]),
    );
    return this.views(result, nodes);
  }

  /** Direct children only. */
  async listSubGroups(domain: DomainRecord, pattern: string, page: PageInput): Promise<PageOutput<GroupView>> {
    const { node, nodes } = await this.find(domain, pattern);
    const result = await paginate(
      (request) => this.ctx.store.groups.list(domain.id, { parentId: node.record.id }, request),
      page,
      listingSigning(this.ctx, "ListSubPackageGroups", [domain.id, node.record.id]),
    );
    return this.views(result, nodes);
  }

  private async views(result: { items: PackageGroupRecord[]; nextToken?: string }, nodes: readonly GroupNode[]) {
    const byId = new Map(nodes.map((n) => [n.record.id, n]));
    const items: GroupView[] = [];
    for (const record of result.items) {
      items.push(await this.view(byId.get(record.id) ?? { record, pattern: parsePattern(record.pattern) }, nodes));
    }
    return { items, nextToken: result.nextToken };
  }

  /**
   * The group whose origin configuration governs a package: the most specific match. The package
   * does not have to exist anywhere in the domain.
   */
  async associated(
    domain: DomainRecord,
    input: { format: PackageFormat; namespace?: string; name: string },
  ): Promise<{ group: GroupView; association: "STRONG" | "WEAK" }> {
    const coordinate = normalizeCoordinate(input);
    const nodes = await this.nodes(domain);
    // The root matches everything, so there is always an answer.
    const match = associatedGroup(coordinate, nodes)!;
    return { group: await this.view(match.group, nodes), association: match.association };
  }

  /**
   * Packages (of any repository in the domain) whose associated group is this one. With `preview`
   * the group need not exist: the answer is what would be associated once it is created.
   */
  async associatedPackages(domain: DomainRecord, pattern: string, options: { preview?: boolean }, page: PageInput): Promise<PageOutput<AssociatedPackageView>> {
    const target = parsePattern(pattern);
    const nodes = await this.nodes(domain);
    let candidates = nodes;
    if (!nodes.some((n) => n.pattern.text === target.text)) {
      if (!options.preview) throw groupNotFound(target.text);
      candidates = [...nodes, { record: { id: -1 } as PackageGroupRecord, pattern: target }];
    }
    const packages: AssociatedPackageView[] = [];
    let after: string | undefined;
    do {
      const batch = await this.ctx.store.packages.listInDomain(domain.id, target.format ? { format: target.format } : {}, { limit: ALL, after });
      for (const coordinate of batch.items) {
        const match = associatedGroup(coordinate, candidates);
        if (match?.group.pattern.text !== target.text) continue;
        packages.push({ ...coordinate, association: match.association });
      }
      after = batch.next;
    } while (after);
    const signing = listingSigning(this.ctx, "ListAssociatedPackages", [domain.id, target.text, options.preview]);
    return pageOf(packages, (p) => `${p.format}/${p.namespace ?? ""}/${p.name}`, page, signing);
  }

  async updateOriginConfiguration(
    domain: DomainRecord,
    pattern: string,
    input: {
      restrictions?: Partial<Record<string, Mode>>;
      add?: readonly Partial<AllowedRepositoryChange>[];
      remove?: readonly Partial<AllowedRepositoryChange>[];
    },
  ): Promise<{ group: GroupView; updates: Partial<Record<RestrictionType, { ADDED?: string[]; REMOVED?: string[] }>> }> {
    const { node, nodes } = await this.find(domain, pattern);
    const modes: Partial<PackageGroupOriginModes> = {};
    for (const [type, mode] of Object.entries(input.restrictions ?? {})) {
      if (!RESTRICTION_TYPES.includes(type as RestrictionType)) throw invalid(`Unknown origin restriction type ${type}.`);
      if (mode === undefined) continue;
      if (mode === "INHERIT" && node.record.pattern === ROOT_PATTERN) {
        throw invalid("The root package group /* has no parent to inherit origin restrictions from.");
      }
      modes[type as RestrictionType] = mode;
    }
    const add = await this.checkChanges(domain, input.add ?? []);
    const remove = await this.checkChanges(domain, input.remove ?? []);
    const updates: Partial<Record<RestrictionType, { ADDED?: string[]; REMOVED?: string[] }>> = {};
    const note = (change: AllowedRepositoryChange, kind: "ADDED" | "REMOVED") => {
      const entry = (updates[change.originRestrictionType] ??= {});
      const names = (entry[kind] ??= []);
      if (!names.includes(change.repositoryName)) names.push(change.repositoryName);
    };
    const record = await this.ctx.store.transaction(async (tx) => {
      for (const change of add) {
        await tx.groupAllowedRepositories.add(node.record.id, change.originRestrictionType, [change.repositoryName]);
        note(change, "ADDED");
      }
      for (const change of remove) {
        await tx.groupAllowedRepositories.remove(node.record.id, change.originRestrictionType, [change.repositoryName]);
        note(change, "REMOVED");
      }
      return Object.keys(modes).length > 0 ? tx.groups.update(node.record.id, { originModes: modes }) : node.record;
    });
    const updated = { record: record!, pattern: node.pattern };
    const group = await this.view(
      updated,
      nodes.map((n) => (n === node ? updated : n)),
    );
    return { group, updates };
  }

  private async checkChanges(domain: DomainRecord, changes: readonly Partial<AllowedRepositoryChange>[]) {
    const checked: AllowedRepositoryChange[] = [];
    for (const change of changes) {
      if (!change.repositoryName || !change.originRestrictionType) {
        throw invalid("Each allowed repository needs a repositoryName and an originRestrictionType.");
      }
      if (!(await this.ctx.store.repositories.get(domain.id, change.repositoryName))) {
        throw repositoryNotFound(change.repositoryName, domain.name, domain.account);
      }
      checked.push(change as AllowedRepositoryChange);
    }
    return checked;
  }

  async listAllowedRepositories(domain: DomainRecord, pattern: string, type: RestrictionType, page: PageInput): Promise<PageOutput<string>> {
    const { node } = await this.find(domain, pattern);
    const result = await paginate(
      (request) => this.ctx.store.groupAllowedRepositories.list(node.record.id, type, request),
      page,
      listingSigning(this.ctx, "ListAllowedRepositoriesForGroup", [node.record.id, type]),
    );
    return { items: result.items.map((r) => r.repositoryName), nextToken: result.nextToken };
  }

  /**
   * The associated group of a package and its ancestors, as restriction resolution needs them.
   * Allow lists are loaded only where a mode in the chain is ALLOW_SPECIFIC_REPOSITORIES.
   */
  async chainFor(store: StoreOps, domain: DomainRecord, coordinate: Coordinate): Promise<{ chain: GroupChainLink[]; association?: "STRONG" | "WEAK" }> {
    const nodes = await this.nodes(domain);
    const match = associatedGroup(coordinate, nodes);
    if (!match) return { chain: [] };
    const chain: GroupChainLink[] = [];
    for (const node of this.chainOf(match.group, nodes)) {
      const allowed = { PUBLISH: new Set<number>(), EXTERNAL_UPSTREAM: new Set<number>(), INTERNAL_UPSTREAM: new Set<number>() };
      for (const type of RESTRICTION_TYPES) {
        if (node.record.originModes[type] !== "ALLOW_SPECIFIC_REPOSITORIES") continue;
        let after: string | undefined;
        do {
          const batch = await store.groupAllowedRepositories.list(node.record.id, type, { limit: ALL, after });
          for (const r of batch.items) allowed[type].add(r.repositoryId);
          after = batch.next;
        } while (after);
      }
      chain.push({ id: node.record.id, pattern: node.record.pattern, arn: node.record.arn, modes: node.record.originModes, allowed });
    }
    return { chain, association: match.association };
  }
}
