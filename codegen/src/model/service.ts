import type { HttpTrait, OperationSchema, PaginatedTrait } from "@codeartifact-local/smithy-runtime";
import { localNameOf, type AstRef, type AstShape, type ShapeMap } from "./ast";

const UNIT = "smithy.api#Unit";
const RESOURCE_OPERATION_SLOTS = ["create", "put", "read", "update", "delete", "list"] as const;

/** The service to generate: `wanted` when given, else the model's only service. */
export function findService(shapes: ShapeMap, wanted?: string): [string, AstShape] {
  const services = [...shapes].filter(([, shape]) => shape.type === "service");
  if (wanted !== undefined) {
    const found = services.find(([id]) => id === wanted);
    if (!found) {
      throw new Error(`Service ${wanted} not found; the model defines: ${services.map(([id]) => id).join(", ") || "none"}`);
    }
    return found;
  }
  if (services.length !== 1) {
    throw new Error(
      services.length === 0
        ? "The model defines no service"
        : `The model defines several services; choose one with --service: ${services
            .map(([id]) => id)
            .sort()
            .join(", ")}`,
    );
  }
  return services[0];
}

/** Operation ids bound to the service directly or through (nested) resources, without duplicates. */
export function collectOperationIds(shapes: ShapeMap, service: AstShape): string[] {
  const ops = new Set<string>();
  const seenResources = new Set<string>();
  const refs = (list: AstRef[] | undefined): string[] => (list ?? []).map((ref) => ref.target);

  const walkResource = (id: string): void => {
    if (seenResources.has(id)) return;
    seenResources.add(id);
    const resource = shapes.get(id);
    if (!resource) throw new Error(`Unknown resource ${id}`);
    for (const slot of RESOURCE_OPERATION_SLOTS) {
      const ref = resource[slot];
      if (ref) ops.add(ref.target);
    }
    for (const op of [...refs(resource.operations), ...refs(resource.collectionOperations)]) ops.add(op);
    for (const child of refs(resource.resources)) walkResource(child);
  };

  for (const op of refs(service.operations)) ops.add(op);
  for (const resource of refs(service.resources)) walkResource(resource);
  return [...ops];
}

/** The schema form of one operation; `name` is its (possibly renamed) operation name. */
export function buildOperation(id: string, name: string, shapes: ShapeMap, service: AstShape): OperationSchema {
  const op = shapes.get(id);
  if (!op || op.type !== "operation") throw new Error(`${id} is not an operation`);
  const http = op.traits?.["smithy.api#http"] as Partial<HttpTrait> | undefined;
  if (!http?.method || !http.uri) throw new Error(`Operation ${id} has no @http trait (only HTTP-bound protocols are supported)`);

  const errors: string[] = [];
  for (const ref of [...(op.errors ?? []), ...(service.errors ?? [])]) {
    if (!errors.includes(ref.target)) errors.push(ref.target);
  }
  const schema: OperationSchema = {
    name,
    id,
    http: { method: http.method.toUpperCase(), uri: http.uri, code: http.code ?? 200 },
    errors,
  };
  if (op.input && op.input.target !== UNIT) schema.input = op.input.target;
  if (op.output && op.output.target !== UNIT) schema.output = op.output.target;
  const paginated = op.traits?.["smithy.api#paginated"] as PaginatedTrait | undefined;
  if (paginated) {
    const defaults = (service.traits?.["smithy.api#paginated"] ?? {}) as PaginatedTrait;
    schema.paginated = { ...defaults, ...paginated };
  }
  return schema;
}

/** The operation name clients see: the service's `rename` entry, else the shape name. */
export function contextualName(id: string, service: AstShape): string {
  return service.rename?.[id] ?? localNameOf(id);
}
