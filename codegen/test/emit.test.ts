import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadModel, parseModelJson, renderService, type ModelSource } from "../src/index";
import { fixture, loadFiles } from "./support/paths";

const sourcesOf = (files: string[]): ModelSource[] =>
  files.map((file) => ({ name: file.split("/").pop()!, sha256: createHash("sha256").update(readFileSync(file)).digest("hex") }));

function render(files: string[], service?: string): Map<string, string> {
  return renderService(loadFiles(files, service), sourcesOf(files));
}

/** Evaluates the data literal of schema.ts back into a value. */
function schemaData(schemaTs: string): unknown {
  const literal = schemaTs.slice(schemaTs.indexOf("= {") + 2, schemaTs.lastIndexOf(";"));
  return new Function(`return (${literal});`)();
}

describe("rendered files of the bindings fixture", () => {
  const files = [fixture("bindings.json")];
  const out = render(files);
  const [source] = sourcesOf(files);

  it("writes the expected files, each with the generated-file header naming the model and its hash", () => {
    expect([...out.keys()].sort()).toEqual(["OPERATIONS.md", "errors.ts", "handlers.ts", "index.ts", "routes.ts", "schema.ts", "types.ts", "validators.ts"]);
    for (const [name, text] of out) {
      const head = text.slice(0, 600);
      expect(head, name).toContain("GENERATED FILE - DO NOT EDIT");
      expect(head, name).toContain(`${source.name} (sha256 ${source.sha256})`);
      if (name.endsWith(".ts")) expect(text.startsWith("// GENERATED FILE"), name).toBe(true);
      expect(text, name).not.toContain("Documentation must not");
      expect(text.endsWith("\n"), name).toBe(true);
    }
  });

  it("schema.ts holds exactly the loaded schema, keys sorted", () => {
    const text = out.get("schema.ts")!;
    expect(text).toContain('import type { ServiceSchema } from "@codeartifact-local/smithy-runtime";');
    expect(text).toContain("export const serviceSchema: ServiceSchema = {");
    expect(schemaData(text)).toEqual(loadFiles(files).schema);
    const topKeys = [...text.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
    expect(topKeys).toEqual([...topKeys].sort());
  });

  it("types.ts maps shapes to runtime types", () => {
    const types = out.get("types.ts")!;
    expect(types).toContain('import type { Readable } from "node:stream";');
    expect(types).toMatch(/export interface PutObjectInput \{[^}]*\n {2}body: Readable;/);
    expect(types).toMatch(/export interface GetObjectOutput \{\n {2}body: Readable \| Uint8Array \| string;/);
    expect(types).toMatch(/export interface GetObjectInput \{[^}]*ifModifiedSince\?: Date;/);
    expect(types).toContain('export type Permission = "read" | "write";');
    expect(types).toContain('export const Permission = {\n  READ: "read",\n  WRITE: "write",\n} as const;');
    expect(types).toContain("export type Grants = Record<string, Permission>;");
    expect(types).toContain("export type QueryParams = Record<string, KeyList>;");
    expect(types).toMatch(/export interface NoSuchBucketFields \{\n {2}message\?: string;\n {2}bucket\?: string;\n\}/);
    expect(types).toMatch(/export interface PutNoteInput \{\n {2}id: number;/);
  });

  it("errors.ts declares one ModeledError class per error shape", () => {
    const errors = out.get("errors.ts")!;
    expect(errors).toContain(
      [
        "export class NoSuchBucket extends ModeledError<NoSuchBucketFields> {",
        '  static override readonly shapeId = "example.bindings#NoSuchBucket";',
        "",
        "  constructor(fields: NoSuchBucketFields) {",
        '    super("example.bindings#NoSuchBucket", fields, "client");',
        "  }",
        "}",
      ].join("\n"),
    );
    expect(errors.match(/^export class /gm)).toHaveLength(3);
  });

  it("validators.ts validates each input against the schema", () => {
    const validators = out.get("validators.ts")!;
    expect(validators).toContain(
      'export const validateListObjectsInput: InputValidator = (input) =>\n  validateShape(serviceSchema, "example.bindings#ListObjectsInput", input);',
    );
    expect(validators).toContain("export const acceptEmptyInput: InputValidator = () => [];");
    expect(validators).not.toContain("validatePingInput");
  });

  it("handlers.ts declares optional methods with docs links, and the operation names", () => {
    const handlers = out.get("handlers.ts")!;
    expect(handlers).toContain("export interface StorageServiceHandlers<Ctx extends RequestContext = RequestContext> {");
    expect(handlers).toContain(
      "  /** API reference: https://docs.aws.amazon.com/storage/latest/APIReference/API_ListObjects.html */\n  listObjects?(input: ListObjectsInput, context: Ctx): Promise<ListObjectsOutput>;",
    );
    expect(handlers).toContain("  ping?(input: Record<string, never>, context: Ctx): Promise<void>;");
    expect(handlers).toContain("  putNote?(input: PutNoteInput, context: Ctx): Promise<void>;");
    expect(handlers).toContain('export const operationNames = [\n  "GetBucketAcl",\n  "GetObject",');
  });

  it("routes.ts registers one route per method and literal path prefix, shared by the operations below it", () => {
    const routes = out.get("routes.ts")!;
    expect(routes).toContain(
      "export function storageServicePlugin(handlers: StorageServiceHandlers<any>, options?: ServiceRuntimeOptions): FastifyPluginAsync {",
    );
    expect(routes).toContain("    const rt = createServiceRuntime(serviceSchema, options);\n    rt.install(app);\n");
    expect(routes.match(/app\.route\(/g)).toHaveLength(4);
    expect(routes).toContain(
      [
        "    app.route({",
        '      method: "GET",',
        '      url: rt.routePath("/buckets/{bucket}?acl"),',
        "      handler: rt.handler([",
        '        { name: "GetBucketAcl", impl: handlers.getBucketAcl?.bind(handlers), validate: validateGetBucketAclInput },',
        '        { name: "ListObjects", impl: handlers.listObjects?.bind(handlers), validate: validateListObjectsInput },',
        '        { name: "GetObject", impl: handlers.getObject?.bind(handlers), validate: validateGetObjectInput },',
        "      ]),",
        "    });",
      ].join("\n"),
    );
    expect(routes).toContain('{ name: "Ping", impl: handlers.ping?.bind(handlers), validate: acceptEmptyInput }');
  });

  it("index.ts re-exports every module and OPERATIONS.md tabulates the operations", () => {
    expect(out.get("index.ts")).toContain('export * from "./routes";');
    const md = out.get("OPERATIONS.md")!;
    expect(md).toContain("| Operation | Method | URI | Reference |");
    expect(md).toContain(
      "| GetObject | GET | `/buckets/{bucket}/objects/{key+}` | [API reference](https://docs.aws.amazon.com/storage/latest/APIReference/API_GetObject.html) |",
    );
  });
});

describe("other fixtures", () => {
  it("declares unions, recursive shapes, intEnums and renamed types", () => {
    const types = render([fixture("shapes.json"), fixture("shapes-other.json")]).get("types.ts")!;
    expect(types).toContain(
      "export type Expr =\n  | { literal: number }\n  | { negate: Expr }\n  | { sum: ExprList }\n  | { nothing: Record<string, never> };",
    );
    expect(types).toMatch(/export interface Node \{\n {2}value\?: string;\n {2}children\?: NodeList;\n {2}parent\?: Node;\n\}/);
    expect(types).toContain("export type Level = 1 | 10;\nexport const Level = {\n  LOW: 1,\n  HIGH: 10,\n} as const;");
    expect(types).toContain("export type LevelsByColor = Record<string, Level | null>;");
    expect(types).toContain("export type SparseStrings = (string | null)[];");
    expect(types).toContain("  entry?: ForeignEntry;");
    expect(types).toContain("  big?: bigint;\n  precise?: string;");
    expect(types).toContain("  doc?: JsonValue;\n  data?: Uint8Array;");
    expect(types).toContain("  color: Color;\n  level?: Level;\n  count: number;\n  noCount?: number;\n  label: string;");
    expect(types).toContain("  thingFields?: ShapesThingFields;\n  thing?: ThingFields;");
  });

  it("declares Smithy 1.0 enums with invented names, and no docs links without aws.api#service", () => {
    const out = render([fixture("legacy.json")]);
    expect(out.get("types.ts")).toContain('  _2FA: "2fa",\n  A_B: "a.b",\n  A_B_2: "a_b",\n  VALUE: "",');
    expect(out.get("handlers.ts")).not.toContain("API reference");
    expect(out.get("OPERATIONS.md")).toContain("| ListJobs | GET | `/jobs` | - |");
  });

  it("renders a service without operations", () => {
    const out = render([fixture("framework.json")], "example.fw#Empty");
    expect(out.get("validators.ts")).toMatch(/export \{\};\n$/);
    expect(out.get("handlers.ts")).toContain("export const operationNames = [] as const;");
  });
});

describe("determinism", () => {
  it("renders the same text whatever the order of files and shapes", () => {
    const files = [fixture("shapes.json"), fixture("shapes-other.json")];
    const docs = files.map((f) => parseModelJson(readFileSync(f, "utf8")) as { shapes: Record<string, unknown> });
    const reversed = [...docs].reverse().map((doc) => ({ ...doc, shapes: Object.fromEntries(Object.entries(doc.shapes).reverse()) }));
    const sources = sourcesOf(files);
    const a = renderService(loadModel(docs), sources);
    const b = renderService(loadModel(reversed), sources);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
  });
});
