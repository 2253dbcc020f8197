import type { LoadedService } from "../model/load";
import { byName, type EmitContext, type ModelSource } from "./context";
import { errorsFile } from "./errors-file";
import { handlersFile } from "./handlers-file";
import { indexFile } from "./index-file";
import { createEmitProject, printFile } from "./project";
import { routesFile } from "./routes-file";
import { schemaFile } from "./schema-file";
import { operationsMarkdown, tsHeader } from "./templates";
import { typesFile } from "./types-file";
import { validatorsFile } from "./validators-file";

/** Renders every generated file of a loaded service: file name → content. */
export function renderService(loaded: LoadedService, sources: readonly ModelSource[]): Map<string, string> {
  const { schema } = loaded;
  const headerData = { sources, serviceId: schema.id, version: schema.version };
  const ctx: EmitContext = {
    loaded,
    schema,
    typeNames: loaded.typeNames,
    sources,
    operations: Object.values(schema.operations).sort(byName),
    header: tsHeader(headerData),
  };
  const project = createEmitProject();
  const files = new Map<string, string>();
  const emitters = {
    "schema.ts": schemaFile,
    "types.ts": typesFile,
    "errors.ts": errorsFile,
    "validators.ts": validatorsFile,
    "handlers.ts": handlersFile,
    "routes.ts": routesFile,
    "index.ts": indexFile,
  };
  for (const [name, emit] of Object.entries(emitters)) files.set(name, printFile(project, name, ctx.header, emit(ctx)));
  files.set(
    "OPERATIONS.md",
    operationsMarkdown({
      ...headerData,
      serviceName: schema.name,
      operations: ctx.operations.map((op) => ({
        name: op.name,
        method: op.http.method,
        uri: op.http.uri,
        ...(loaded.docsUrl?.(op.name) ? { docsUrl: loaded.docsUrl(op.name) } : {}),
      })),
    }),
  );
  return files;
}
