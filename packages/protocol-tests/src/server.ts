import { join } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from "fastify";
import { unknownOperation, type ModeledError, type RequestContext } from "@codeartifact-local/smithy-runtime";
import { stripInjectedHeaders } from "./http";

/** What the next handler call does: return an output or throw an error. */
export type Behavior = { kind: "return"; output: unknown } | { kind: "throw"; error: unknown };

export interface HandlerCall {
  operation: string;
  /** The input as received, with streaming members read into bytes. */
  input: Record<string, unknown>;
}

/**
 * Handlers for every operation of a generated service: each call is recorded and answered
 * according to the behavior set for the case being run (cases run one at a time).
 */
export class RecordingHandlers {
  calls: HandlerCall[] = [];
  private behavior: Behavior = { kind: "return", output: {} };

  /** Forgets earlier calls and sets what the next calls do. */
  reset(behavior: Behavior): void {
    this.calls = [];
    this.behavior = behavior;
  }

  /** A handlers object answering to any operation method name the generated routes ask for. */
  asHandlers(): Record<string, unknown> {
    const handle = async (input: unknown, context: RequestContext): Promise<unknown> => {
      this.calls.push({ operation: context.operation, input: await readStreams(input) });
      if (this.behavior.kind === "throw") throw this.behavior.error;
      return this.behavior.output;
    };
    return new Proxy(
      {},
      {
        get: (_target, property) => (typeof property === "string" ? handle : undefined),
        has: (_target, property) => typeof property === "string",
      },
    );
  }
}

/** Streaming members arrive as Readables; they are read so the input can be compared. */
async function readStreams(input: unknown): Promise<Record<string, unknown>> {
  const record = { ...(input as Record<string, unknown>) };
  for (const [name, value] of Object.entries(record)) {
    if (value instanceof Readable) {
      const chunks: Buffer[] = [];
      for await (const chunk of value) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
      record[name] = new Uint8Array(Buffer.concat(chunks));
    }
  }
  return record;
}

export type ErrorClass = (new (fields: Record<string, unknown>) => ModeledError) & { shapeId: string };

export interface GeneratedModule {
  plugin: (handlers: never, options?: object) => FastifyPluginAsync;
  /** Generated ModeledError subclasses by shape id. */
  errors: Map<string, ErrorClass>;
}

/** Imports a generated folder (through its index.ts) and picks the plugin factory and error classes. */
export async function importGenerated(dir: string): Promise<GeneratedModule> {
  const module = (await import(pathToFileURL(join(dir, "index.ts")).href)) as Record<string, unknown>;
  const plugins = Object.entries(module).filter(([name, value]) => name.endsWith("Plugin") && typeof value === "function");
  if (plugins.length !== 1) throw new Error(`Expected one *Plugin export in ${dir}, found ${plugins.map(([n]) => n).join(", ") || "none"}`);
  const errors = new Map<string, ErrorClass>();
  for (const value of Object.values(module)) {
    if (typeof value === "function" && value.prototype instanceof Error && typeof (value as { shapeId?: unknown }).shapeId === "string") {
      errors.set((value as ErrorClass).shapeId, value as ErrorClass);
    }
  }
  return { plugin: plugins[0][1] as GeneratedModule["plugin"], errors };
}

/** A Fastify app serving the generated plugin with recording handlers. */
export async function buildApp(generated: GeneratedModule, handlers: RecordingHandlers): Promise<FastifyInstance> {
  const app = Fastify();
  app.addHook("onRequest", stripInjectedHeaders);
  await app.register(generated.plugin(handlers.asHandlers() as never));
  app.setNotFoundHandler(unknownOperation);
  await app.ready();
  return app;
}
