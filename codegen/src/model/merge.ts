import { hasTrait, type AstDocument, type AstMember, type AstShape, type ShapeMap, type Traits } from "./ast";
import { flattenMixins } from "./mixins";
import { preludeShapes } from "./prelude";

/** Number and boolean shape types that Smithy 1.0 treats as non-nullable unless `@box`ed. */
const PRIMITIVE_CAPABLE = new Set(["boolean", "byte", "short", "integer", "long", "float", "double"]);

/**
 * Merges JSON AST documents into one shape map with 1.0 and 2.0 semantics unified:
 * prelude added, `apply` entries merged, mixins flattened, `set` turned into a `@uniqueItems` list,
 * and 1.0 nullability (`@box`, implicit zero defaults) expressed as 2.0 `@default` traits.
 */
export function mergeDocuments(docs: readonly object[]): ShapeMap {
  const shapes: ShapeMap = new Map(preludeShapes());
  const preludeIds = new Set(shapes.keys());
  const applies: Array<[string, Traits]> = [];
  const legacyIds = new Set<string>();

  for (const raw of docs) {
    const doc = raw as AstDocument;
    const legacy = isSmithy1(doc.smithy);
    for (const [id, shape] of Object.entries(doc.shapes ?? {})) {
      if (shape.type === "apply") {
        applies.push([id, (shape.traits ?? {}) as Traits]);
        continue;
      }
      const existing = shapes.get(id);
      if (existing && !preludeIds.has(id) && JSON.stringify(existing) !== JSON.stringify(shape)) {
        throw new Error(`Shape ${id} is defined differently in two model files`);
      }
      shapes.set(id, structuredClone(shape));
      preludeIds.delete(id);
      if (legacy) legacyIds.add(id);
    }
  }

  // Traits applied to shapes and to members declared in place propagate through mixins;
  // those applied to members inherited from a mixin can only land after flattening.
  const deferred = applies.filter(([target, traits]) => !applyTraits(shapes, target, traits));
  flattenMixins(shapes);
  for (const [target, traits] of deferred) {
    if (!applyTraits(shapes, target, traits)) throw new Error(`apply targets unknown shape ${target}`);
  }

  for (const [id, shape] of shapes) {
    if (shape.type === "set") {
      shape.type = "list";
      shape.traits = { "smithy.api#uniqueItems": {}, ...shape.traits };
    }
    if (legacyIds.has(id)) upgradeNullability(shape);
  }
  return shapes;
}

function isSmithy1(version: string | undefined): boolean {
  return version !== undefined && (version === "1" || version.startsWith("1."));
}

/** Merges `traits` into the shape or member `target`; false when it does not exist (yet). */
function applyTraits(shapes: ShapeMap, target: string, traits: Traits): boolean {
  const [shapeId, memberName] = target.split("$") as [string, string | undefined];
  const shape = shapes.get(shapeId);
  if (!shape) return false;
  let holder: { traits?: Traits } | undefined = shape;
  if (memberName !== undefined) holder = memberOf(shape, memberName);
  if (!holder) return false;
  const merged: Traits = { ...holder.traits };
  for (const [name, value] of Object.entries(traits)) {
    const previous = merged[name];
    // Smithy concatenates list-valued traits applied twice; anything else is replaced.
    merged[name] = Array.isArray(previous) && Array.isArray(value) ? [...previous, ...value] : value;
  }
  holder.traits = merged;
  return true;
}

function memberOf(shape: AstShape, name: string): AstMember | undefined {
  if (shape.members && Object.prototype.hasOwnProperty.call(shape.members, name)) return shape.members[name];
  if (name === "member") return shape.member;
  if (name === "key") return shape.key;
  if (name === "value") return shape.value;
  return undefined;
}

/**
 * Smithy 1.0: number/boolean shapes without `@box` are non-nullable with a zero value, and a
 * `@box` member is nullable whatever it targets. Written as the 2.0 traits the upgrader produces
 * (`@default(0)` on the shape, `@default(null)` on boxed members).
 */
function upgradeNullability(shape: AstShape): void {
  if (PRIMITIVE_CAPABLE.has(shape.type) && !hasTrait(shape.traits, "smithy.api#box") && !hasTrait(shape.traits, "smithy.api#default")) {
    shape.traits = { ...shape.traits, "smithy.api#default": shape.type === "boolean" ? false : 0 };
  }
  const members = [...Object.values(shape.members ?? {}), shape.member, shape.key, shape.value];
  for (const member of members) {
    if (member && hasTrait(member.traits, "smithy.api#box") && !hasTrait(member.traits, "smithy.api#default")) {
      member.traits = { ...member.traits, "smithy.api#default": null };
    }
  }
}
