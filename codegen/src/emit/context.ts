import type { OperationSchema, ServiceSchema } from "@codeartifact-local/smithy-runtime";
import type { LoadedService } from "../model/load";

/** A model file the output was generated from, named without its directory so output is path-independent. */
export interface ModelSource {
  name: string;
  sha256: string;
}

/** What every emitter reads. */
export interface EmitContext {
  loaded: LoadedService;
  schema: ServiceSchema;
  typeNames: Record<string, string>;
  sources: readonly ModelSource[];
  /** Operations sorted by name. */
  operations: OperationSchema[];
  /** The generated-file comment every TypeScript file starts with. */
  header: string;
}

export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
