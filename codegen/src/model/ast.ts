/**
 * The subset of the Smithy JSON AST (https://smithy.io/2.0/spec/json-ast.html) the loader reads.
 * Fields are optional because 1.0 and 2.0 files, mixins and `apply` entries each use only some.
 */

export type Traits = Record<string, unknown>;

export interface AstRef {
  target: string;
}

export interface AstMember {
  target: string;
  traits?: Traits;
}

export interface AstShape {
  type: string;
  traits?: Traits;
  mixins?: AstRef[];
  /** structure, union, enum, intEnum */
  members?: Record<string, AstMember>;
  /** list, set */
  member?: AstMember;
  /** map */
  key?: AstMember;
  value?: AstMember;
  // operation
  input?: AstRef;
  output?: AstRef;
  errors?: AstRef[];
  // service and resource
  version?: string;
  operations?: AstRef[];
  resources?: AstRef[];
  rename?: Record<string, string>;
  create?: AstRef;
  put?: AstRef;
  read?: AstRef;
  update?: AstRef;
  delete?: AstRef;
  list?: AstRef;
  collectionOperations?: AstRef[];
  [extra: string]: unknown;
}

export interface AstDocument {
  smithy?: string;
  metadata?: Record<string, unknown>;
  shapes?: Record<string, AstShape>;
}

/** Shapes by absolute id after merging every document. */
export type ShapeMap = Map<string, AstShape>;

export const PRELUDE_NAMESPACE = "smithy.api";

export function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf("#"));
}

export function localNameOf(id: string): string {
  const name = id.slice(id.indexOf("#") + 1);
  const dollar = name.indexOf("$");
  return dollar < 0 ? name : name.slice(0, dollar);
}

export function isPreludeId(id: string): boolean {
  return namespaceOf(id) === PRELUDE_NAMESPACE;
}

export function hasTrait(traits: Traits | undefined, name: string): boolean {
  return traits !== undefined && Object.prototype.hasOwnProperty.call(traits, name);
}
