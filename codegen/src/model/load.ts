import type { OperationSchema, ServiceSchema, Shape, ShapeId } from "@codeartifact-local/smithy-runtime";
import { handlersInterfaceName, pluginFunctionName, validatorName } from "../naming";
import { isPreludeId, localNameOf, namespaceOf } from "./ast";
import { convertShape } from "./convert";
import { mergeDocuments } from "./merge";
import { buildOperation, collectOperationIds, contextualName, findService } from "./service";
import { assignTypeNames } from "./type-names";
import { chooseValidationStyle } from "./validation";

export interface LoadOptions {
  /** Absolute id of the service to load; required when the model defines several. */
  service?: string;
}

export interface LoadedService {
  schema: ServiceSchema;
  /** A unique TypeScript name for every non-prelude shape of `schema.shapes`. */
  typeNames: Record<ShapeId, string>;
  /** The operation's API reference page, for services with `aws.api#service`. */
  docsUrl?: (opName: string) => string | undefined;
  arnNamespace?: string;
}

interface AwsServiceTrait {
  sdkId?: string;
  arnNamespace?: string;
}

/** Loads one service of a Smithy JSON AST model (several files merged) into its normalized schema. */
export function loadModel(docs: readonly object[], options: LoadOptions = {}): LoadedService {
  const shapes = mergeDocuments(docs);
  const [serviceId, service] = findService(shapes, options.service);
  const serviceName = localNameOf(serviceId);

  const operations: Record<string, OperationSchema> = {};
  for (const id of collectOperationIds(shapes, service)) {
    const name = contextualName(id, service);
    if (operations[name]) throw new Error(`Two operations of ${serviceId} are named ${name}`);
    operations[name] = buildOperation(id, name, shapes, service);
  }
  const sortedOps = Object.values(operations).sort((a, b) => (a.name < b.name ? -1 : 1));
  const validation = chooseValidationStyle(shapes, service, sortedOps);

  // Breadth-first over member targets; the `queued` set keeps recursive shapes from looping.
  const schemaShapes: Record<ShapeId, Shape> = {};
  const queued = new Set<string>();
  const queue: string[] = [];
  const visit = (id: string): void => {
    if (!queued.has(id)) {
      queued.add(id);
      queue.push(id);
    }
  };
  for (const op of sortedOps) {
    if (op.input) visit(op.input);
    if (op.output) visit(op.output);
    op.errors.forEach(visit);
  }
  validation.requiredShapes.forEach(visit);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    schemaShapes[next] = convertShape(next, shapes, visit);
  }
  for (const op of sortedOps) {
    for (const id of [op.input, op.output, ...op.errors]) {
      if (id && schemaShapes[id]?.type !== "structure") throw new Error(`${op.id}: ${id} is not a structure`);
    }
    for (const id of op.errors) {
      const error = schemaShapes[id];
      if (error.type === "structure" && !error.error) throw new Error(`${op.id}: error ${id} lacks the @error trait`);
    }
  }

  const awsService = service.traits?.["aws.api#service"] as AwsServiceTrait | undefined;
  const schema: ServiceSchema = {
    id: serviceId,
    name: serviceName,
    version: service.version ?? "",
    ...(awsService?.sdkId ? { sdkId: awsService.sdkId } : {}),
    operations,
    shapes: schemaShapes,
    validation: validation.style,
  };

  const typeNames = assignTypeNames({
    ids: Object.keys(schemaShapes).filter((id) => !isPreludeId(id)),
    errorIds: new Set(Object.keys(schemaShapes).filter((id) => isErrorShape(schemaShapes[id]))),
    serviceNamespace: namespaceOf(serviceId),
    rename: service.rename ?? {},
    reserved: [handlersInterfaceName(serviceName), pluginFunctionName(serviceName), ...sortedOps.map((op) => validatorName(op.name))],
  });

  const loaded: LoadedService = { schema, typeNames };
  if (awsService) {
    const arnNamespace = awsService.arnNamespace ?? serviceName.toLowerCase();
    loaded.arnNamespace = arnNamespace;
    loaded.docsUrl = (opName) =>
      Object.prototype.hasOwnProperty.call(operations, opName)
        ? `https://docs.aws.amazon.com/${arnNamespace}/latest/APIReference/API_${opName}.html`
        : undefined;
  }
  return loaded;
}

function isErrorShape(shape: Shape): boolean {
  return shape.type === "structure" && shape.error !== undefined;
}
