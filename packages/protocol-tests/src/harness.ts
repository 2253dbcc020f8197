import type { ShapeId } from "@codeartifact-local/smithy-runtime";
import { collectCases, type ProtocolCase } from "./cases";
import { generateService, readRawShapes, type GeneratedService } from "./model";
import type { ServiceHarness } from "./run";
import { buildApp, importGenerated, RecordingHandlers } from "./server";
import type { ServiceUnderTest } from "./services";
import type { RawShape } from "./traits";

export interface PreparedService {
  service: ServiceUnderTest;
  generated: GeneratedService;
  cases: ProtocolCase[];
}

/** Generates every service's server (once) and collects its cases from the same model files. */
export async function prepareServices(modelFiles: readonly string[], services: readonly ServiceUnderTest[], outRoot: string): Promise<PreparedService[]> {
  const rawShapes: Map<ShapeId, RawShape> = await readRawShapes(modelFiles);
  const prepared: PreparedService[] = [];
  for (const service of services) {
    const generated = await generateService(modelFiles, service.id, outRoot);
    prepared.push({ service, generated, cases: collectCases(generated.schema, rawShapes) });
  }
  return prepared;
}

/** Imports the generated server and starts a Fastify app (no socket) with recording handlers. */
export async function startHarness(prepared: PreparedService): Promise<ServiceHarness> {
  const generated = await importGenerated(prepared.generated.dir);
  const handlers = new RecordingHandlers();
  const app = await buildApp(generated, handlers);
  return { schema: prepared.generated.schema, app, handlers, generated };
}
