import { hasTrait, type AstMember, type AstRef, type AstShape, type ShapeMap, type Traits } from "./ast";

const MIXIN_TRAIT = "smithy.api#mixin";
const LIST_PROPERTIES = ["errors", "operations", "resources", "collectionOperations"] as const;
const SINGLE_PROPERTIES = ["input", "output", "version", "create", "put", "read", "update", "delete", "list"] as const;

/**
 * Copies members and traits of mixins into the shapes that use them (local definitions win), then
 * removes the mixin shapes: nothing may target a mixin, so the rest of the loader never sees one.
 */
export function flattenMixins(shapes: ShapeMap): void {
  const done = new Set<string>();
  const visiting = new Set<string>();

  const flatten = (id: string): AstShape => {
    const shape = shapes.get(id);
    if (!shape) throw new Error(`Unknown mixin ${id}`);
    if (done.has(id) || !shape.mixins?.length) {
      done.add(id);
      return shape;
    }
    if (visiting.has(id)) throw new Error(`Mixin cycle through ${id}`);
    visiting.add(id);
    const mixins = shape.mixins.map((ref) => flatten(ref.target));
    visiting.delete(id);

    const members: Record<string, AstMember> = {};
    for (const mixin of mixins) {
      for (const [name, member] of Object.entries(mixin.members ?? {})) members[name] = structuredClone(member);
    }
    for (const [name, member] of Object.entries(shape.members ?? {})) members[name] = mergeMember(members[name], member);
    if (shape.members || mixins.some((m) => m.members)) shape.members = members;

    for (const slot of ["member", "key", "value"] as const) {
      const inherited = mixins.reduce<AstMember | undefined>((acc, m) => (m[slot] ? mergeMember(acc, m[slot]) : acc), undefined);
      if (inherited) shape[slot] = shape[slot] ? mergeMember(inherited, shape[slot]) : inherited;
    }

    let traits: Traits = {};
    for (const mixin of mixins) traits = { ...traits, ...inheritableTraits(mixin.traits) };
    shape.traits = { ...traits, ...shape.traits };

    for (const prop of LIST_PROPERTIES) {
      const refs = [...mixins.flatMap((m) => m[prop] ?? []), ...(shape[prop] ?? [])];
      if (refs.length) shape[prop] = uniqueRefs(refs);
    }
    for (const prop of SINGLE_PROPERTIES) {
      if (shape[prop] === undefined) {
        const inherited = mixins.find((m) => m[prop] !== undefined)?.[prop];
        if (inherited !== undefined) (shape as Record<string, unknown>)[prop] = structuredClone(inherited);
      }
    }
    delete shape.mixins;
    done.add(id);
    return shape;
  };

  for (const id of shapes.keys()) flatten(id);
  for (const [id, shape] of [...shapes]) {
    if (hasTrait(shape.traits, MIXIN_TRAIT)) shapes.delete(id);
  }
}

function mergeMember(inherited: AstMember | undefined, local: AstMember): AstMember {
  if (!inherited) return structuredClone(local);
  return { target: local.target ?? inherited.target, traits: { ...inherited.traits, ...local.traits } };
}

/** A mixin passes on its traits except `@mixin` itself and the ones it lists as `localTraits`. */
function inheritableTraits(traits: Traits | undefined): Traits {
  if (!traits) return {};
  const mixinTrait = traits[MIXIN_TRAIT] as { localTraits?: string[] } | undefined;
  const local = new Set([MIXIN_TRAIT, ...(mixinTrait?.localTraits ?? [])]);
  return Object.fromEntries(Object.entries(traits).filter(([name]) => !local.has(name)));
}

function uniqueRefs(refs: AstRef[]): AstRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.target) && seen.add(ref.target) !== undefined);
}
