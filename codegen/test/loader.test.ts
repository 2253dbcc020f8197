import { describe, expect, it } from "vitest";
import type { MemberSchema, Shape, StructureShape } from "@codeartifact-local/smithy-runtime";
import { loadModel } from "../src/index";
import { fixture, loadFiles, protocolTestFiles, sharedModel } from "./support/paths";

const structure = (shape: Shape | undefined): StructureShape => {
  if (shape?.type !== "structure") throw new Error(`not a structure: ${JSON.stringify(shape)}`);
  return shape;
};
const member = (shapes: Record<string, Shape>, id: string, name: string): MemberSchema => structure(shapes[id]).members[name];

describe("bindings fixture (Smithy 2.0, every HTTP binding)", () => {
  const loaded = loadFiles([fixture("bindings.json")]);
  const { schema } = loaded;
  const ns = "example.bindings#";

  it("describes the service", () => {
    expect(schema).toMatchObject({ id: `${ns}StorageService`, name: "StorageService", version: "2024-01-01", sdkId: "Storage" });
    expect(Object.keys(schema.operations).sort()).toEqual(["GetBucketAcl", "GetObject", "ListObjects", "Ping", "PutNote", "PutObject"]);
  });

  it("keeps every binding trait on members", () => {
    const get = structure(schema.shapes[`${ns}GetObjectInput`]).members;
    expect(get.bucket).toMatchObject({ httpLabel: true, required: true, constraints: { length: { min: 3, max: 63 }, pattern: "^[a-z0-9.-]+$" } });
    expect(get.key).toEqual({ target: "smithy.api#String", httpLabel: true, required: true });
    expect(get.versionId).toEqual({ target: "smithy.api#String", httpQuery: "versionId" });
    expect(get.range).toEqual({ target: "smithy.api#String", httpHeader: "Range" });
    expect(get.ifModifiedSince).toEqual({ target: "smithy.api#Timestamp", httpHeader: "If-Modified-Since", timestampFormat: "http-date" });
    const out = structure(schema.shapes[`${ns}GetObjectOutput`]).members;
    expect(out.body).toEqual({ target: `${ns}Body`, httpPayload: true, default: "" });
    expect(out.metadata).toEqual({ target: `${ns}Metadata`, httpPrefixHeaders: "x-meta-" });
    expect(out.status).toEqual({ target: "smithy.api#Integer", httpResponseCode: true });
    const list = structure(schema.shapes[`${ns}ListObjectsInput`]).members;
    expect(list.prefixes).toEqual({ target: `${ns}KeyList`, httpQuery: "prefix" });
    expect(list.otherParams).toEqual({ target: `${ns}QueryParams`, httpQueryParams: true });
    expect(list.requestId).toMatchObject({ idempotencyToken: true, httpHeader: "x-request-id" });
    // The member's @range replaces the target's.
    expect(list.maxKeys.constraints).toEqual({ range: { min: 1, max: 50 } });
    const note = structure(schema.shapes[`${ns}PutNoteInput`]).members;
    expect(note.text).toEqual({ target: `${ns}MarkdownText`, httpPayload: true, mediaType: "text/markdown" });
    expect(note.secret).toMatchObject({ sensitive: true, httpHeader: "x-secret", constraints: { length: { min: 4 } } });
    expect(member(schema.shapes, `${ns}ListObjectsOutput`, "keys").jsonName).toBe("Keys");
  });

  it("describes shapes by kind", () => {
    expect(schema.shapes[`${ns}Body`]).toEqual({ type: "blob", streaming: true });
    expect(schema.shapes[`${ns}Checksum`]).toEqual({ type: "string", mediaType: "application/octet-stream" });
    expect(schema.shapes[`${ns}Permission`]).toEqual({ type: "string", enumValues: { READ: "read", WRITE: "write" } });
    expect(schema.shapes[`${ns}QueryParams`]).toMatchObject({ type: "map", value: { target: `${ns}KeyList` } });
    expect(schema.shapes["smithy.api#String"]).toEqual({ type: "string" });
  });

  it("builds operations with http, errors (operation then service), pagination and Unit", () => {
    expect(schema.operations.GetObject).toEqual({
      name: "GetObject",
      id: `${ns}GetObject`,
      http: { method: "GET", uri: "/buckets/{bucket}/objects/{key+}", code: 200 },
      input: `${ns}GetObjectInput`,
      output: `${ns}GetObjectOutput`,
      errors: [`${ns}NoSuchBucket`, `${ns}ServiceUnavailable`, `${ns}ValidationException`],
    });
    expect(schema.operations.PutObject.http.code).toBe(201);
    expect(schema.operations.ListObjects.paginated).toEqual({ inputToken: "nextToken", outputToken: "nextToken", pageSize: "maxKeys", items: "keys" });
    expect(schema.operations.PutNote.output).toBeUndefined();
    expect(schema.operations.Ping).toMatchObject({ name: "Ping", errors: [`${ns}ServiceUnavailable`, `${ns}ValidationException`] });
    expect(schema.operations.Ping.input).toBeUndefined();
  });

  it("resolves error status codes", () => {
    expect(structure(schema.shapes[`${ns}NoSuchBucket`])).toMatchObject({ error: "client", httpError: 404 });
    expect(structure(schema.shapes[`${ns}ServiceUnavailable`])).toMatchObject({ error: "server", httpError: 500 });
    expect(structure(schema.shapes[`${ns}ValidationException`])).toMatchObject({ error: "client", httpError: 400 });
  });

  it("uses the service's own ValidationException with its FIELD_VALIDATION_FAILED reason", () => {
    expect(schema.validation).toEqual({ style: "service", errorShape: `${ns}ValidationException`, reasonValue: "FIELD_VALIDATION_FAILED" });
    expect(schema.shapes["smithy.framework#ValidationException"]).toBeUndefined();
  });

  it("links AWS API reference pages", () => {
    expect(loaded.arnNamespace).toBe("storage");
    expect(loaded.docsUrl?.("GetObject")).toBe("https://docs.aws.amazon.com/storage/latest/APIReference/API_GetObject.html");
    expect(loaded.docsUrl?.("Nope")).toBeUndefined();
  });

  it("drops model documentation", () => {
    expect(JSON.stringify(schema)).not.toContain("Documentation must not");
  });
});

describe("shapes fixture (resources, mixins, apply, unions, enums, defaults, names)", () => {
  const loaded = loadFiles([fixture("shapes.json"), fixture("shapes-other.json")]);
  const { schema, typeNames } = loaded;
  const ns = "example.shapes#";
  const echo = structure(schema.shapes[`${ns}EchoInput`]).members;

  it("finds operations bound through nested resources", () => {
    expect(Object.keys(schema.operations).sort()).toEqual([
      "ArchiveShelf",
      "CreateShelf",
      "DeleteBook",
      "Echo",
      "GetShelf",
      "ListShelves",
      "PutBook",
      "SearchBooks",
    ]);
  });

  it("flattens structure mixins, nested mixins and operation mixins", () => {
    expect(Object.keys(structure(schema.shapes[`${ns}ShelfData`]).members)).toEqual(["createdAt", "createdBy", "name"]);
    expect(Object.keys(structure(schema.shapes[`${ns}BookIdInput`]).members)).toEqual(["shelfId", "bookId"]);
    expect(schema.operations.ArchiveShelf.errors).toEqual([`${ns}NotFound`, `${ns}Conflict`]);
    expect(schema.operations.ArchiveShelf.output).toBeUndefined();
    expect(Object.keys(schema.shapes).filter((id) => id.endsWith("Mixin"))).toEqual([]);
  });

  it("merges apply entries on mixin members, inherited members and across files", () => {
    // Applied to the mixin's member: every shape using the mixin sees it.
    expect(member(schema.shapes, `${ns}ArchiveShelfInput`, "shelfId").constraints).toEqual({ pattern: "^[a-z]+$" });
    // Applied (in the second file) to a member GetShelfInput inherits.
    expect(member(schema.shapes, `${ns}GetShelfInput`, "shelfId").constraints).toEqual({ length: { min: 2 }, pattern: "^[a-z]+$" });
    expect(echo.label).toEqual({ target: "smithy.api#String", default: "none", jsonName: "Label" });
    expect(echo.item.sensitive).toBe(true);
  });

  it("normalizes enums and intEnums", () => {
    expect(schema.shapes[`${ns}Color`]).toEqual({ type: "string", enumValues: { RED: "RED", GREEN: "green" } });
    expect(schema.shapes[`${ns}Level`]).toEqual({ type: "integer", intEnumValues: { LOW: 1, HIGH: 10 } });
  });

  it("resolves defaults from the member, else the target, and lets null remove one", () => {
    expect(echo.color.default).toBe("RED");
    expect(echo.count).toEqual({ target: `${ns}Count`, default: 5, constraints: { range: { min: 0 } } });
    expect(echo.noCount.default).toBeUndefined();
  });

  it("merges constraints: target's uniqueItems with the member's own length", () => {
    expect(echo.tags.constraints).toEqual({ length: { max: 10 }, uniqueItems: true });
    expect(echo.fewTags.constraints).toEqual({ length: { max: 3 }, uniqueItems: true });
    expect(schema.shapes[`${ns}TagList`]).toEqual({ type: "list", member: { target: "smithy.api#String", constraints: { length: { min: 1 } } } });
  });

  it("keeps big range bounds exact", () => {
    expect(echo.big.constraints).toEqual({ range: { max: "12345678901234567890" } });
  });

  it("resolves timestamp formats, member over target", () => {
    expect(schema.shapes[`${ns}EpochTime`]).toEqual({ type: "timestamp", timestampFormat: "epoch-seconds" });
    expect(echo.when.timestampFormat).toBe("epoch-seconds");
    expect(echo.whenIso.timestampFormat).toBe("date-time");
  });

  it("handles recursive structures and unions, sparse collections and Unit members", () => {
    expect(structure(schema.shapes[`${ns}Node`]).members.parent.target).toBe(`${ns}Node`);
    expect(schema.shapes[`${ns}Expr`]).toMatchObject({ type: "union", members: { negate: { target: `${ns}Expr` }, nothing: { target: "smithy.api#Unit" } } });
    expect(schema.shapes["smithy.api#Unit"]).toEqual({ type: "structure", members: {} });
    expect(schema.shapes[`${ns}SparseStrings`]).toMatchObject({ type: "list", sparse: true });
    expect(schema.shapes[`${ns}LevelsByColor`]).toMatchObject({ type: "map", sparse: true, key: { target: `${ns}Color` } });
  });

  it("adds the framework ValidationException when the service has none", () => {
    expect(schema.validation).toEqual({ style: "framework", errorShape: "smithy.framework#ValidationException" });
    expect(schema.shapes["smithy.framework#ValidationException"]).toEqual({
      type: "structure",
      error: "client",
      httpError: 400,
      members: {
        message: { target: "smithy.api#String", required: true },
        fieldList: { target: "smithy.framework#ValidationExceptionFieldList" },
      },
    });
    expect(schema.shapes["smithy.framework#ValidationExceptionField"]).toBeDefined();
  });

  it("names types uniquely: rename, namespace prefixes, reserved names, error Fields", () => {
    expect(typeNames[`${ns}Item`]).toBe("Item");
    expect(typeNames["example.other#Item"]).toBe("OtherItem");
    expect(typeNames["example.other#Entry"]).toBe("ForeignEntry");
    expect(typeNames[`${ns}Date`]).toBe("DateShape");
    expect(typeNames["example.other#String"]).toBe("StringShape");
    expect(typeNames[`${ns}Thing`]).toBe("Thing");
    expect(typeNames[`${ns}ThingFields`]).toBe("ShapesThingFields");
    expect(typeNames["smithy.api#String"]).toBeUndefined();
    const names = Object.values(typeNames);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has no docs links without aws.api#service", () => {
    expect(loaded.docsUrl).toBeUndefined();
    expect(loaded.arnNamespace).toBeUndefined();
  });
});

describe("legacy fixture (Smithy 1.0)", () => {
  const { schema } = loadFiles([fixture("legacy.json")]);
  const ns = "example.legacy#";
  const request = structure(schema.shapes[`${ns}ListJobsRequest`]).members;

  it("turns the enum trait into enum values, inventing unique names", () => {
    expect(schema.shapes[`${ns}JobStatus`]).toEqual({ type: "string", enumValues: { IN_PROGRESS: "in-progress", DONE: "done" } });
    expect(schema.shapes[`${ns}JobKind`]).toEqual({
      type: "string",
      enumValues: { IN_PROGRESS: "in-progress", CAMEL_CASE: "camelCase", _2FA: "2fa", A_B: "a.b", A_B_2: "a_b", VALUE: "" },
    });
  });

  it("gives unboxed primitives zero defaults and boxed ones none", () => {
    expect(request.page.default).toBe(0);
    expect(request.flag.default).toBe(false);
    expect(request.primitive.default).toBe(0);
    expect(request.limit.default).toBeUndefined();
    expect(request.pageBoxed.default).toBeUndefined();
    expect(request.primitiveBoxed.default).toBeUndefined();
    expect(request.boxedPrelude.default).toBeUndefined();
  });

  it("turns sets into lists whose members carry uniqueItems", () => {
    expect(schema.shapes[`${ns}Names`]).toEqual({ type: "list", member: { target: "smithy.api#String" } });
    const response = structure(schema.shapes[`${ns}ListJobsResponse`]).members;
    expect(response.names).toEqual({ target: `${ns}Names`, required: true, constraints: { uniqueItems: true } });
    expect(response.statuses.constraints).toEqual({ length: { max: 2 }, uniqueItems: true });
  });

  it("reads operations without input/output traits, upper-cases methods, defaults errors to 400", () => {
    expect(schema.operations.ListJobs.http).toEqual({ method: "GET", uri: "/jobs", code: 200 });
    expect(schema.operations.Reset).toEqual({ name: "Reset", id: `${ns}Reset`, http: { method: "POST", uri: "/reset", code: 202 }, errors: [] });
    expect(schema.shapes[`${ns}JobError`]).toMatchObject({ error: "client", httpError: 400 });
  });
});

describe("service selection and framework validation", () => {
  const files = [fixture("framework.json"), fixture("framework-validation.json")];

  it("requires --service when the model has several", () => {
    expect(() => loadFiles(files)).toThrow(/several services.*example\.fw#Empty, example\.fw#Strict/);
    expect(() => loadFiles(files, "example.fw#Nope")).toThrow(/not found/);
  });

  it("prefers smithy.framework#ValidationException when operations list it", () => {
    const { schema, typeNames } = loadFiles(files, "example.fw#Strict");
    expect(schema.validation).toEqual({ style: "framework", errorShape: "smithy.framework#ValidationException" });
    expect(typeNames["example.fw#ValidationException"]).toBe("ValidationException");
    expect(typeNames["smithy.framework#ValidationException"]).toBe("FrameworkValidationException");
  });

  it("loads a service without operations", () => {
    const { schema } = loadFiles([fixture("framework.json")], "example.fw#Empty");
    expect(schema.operations).toEqual({});
    expect(Object.keys(schema.shapes).sort()).toEqual([
      "smithy.api#String",
      "smithy.framework#ValidationException",
      "smithy.framework#ValidationExceptionField",
      "smithy.framework#ValidationExceptionFieldList",
    ]);
  });
});

describe("model errors", () => {
  const service = (extra: Record<string, unknown>) => ({
    smithy: "2.0",
    shapes: {
      "x#S": { type: "service", version: "1", operations: [{ target: "x#Op" }] },
      "x#Op": { type: "operation", traits: { "smithy.api#http": { method: "GET", uri: "/" } } },
      ...extra,
    },
  });

  it("rejects conflicting definitions of one shape", () => {
    const a = { smithy: "2.0", shapes: { "x#A": { type: "string" } } };
    const b = { smithy: "2.0", shapes: { "x#A": { type: "integer" } } };
    expect(() => loadModel([service({}), a, b])).toThrow(/defined differently/);
  });

  it("rejects operations without @http and apply on unknown shapes", () => {
    expect(() => loadModel([service({ "x#Op": { type: "operation" } })])).toThrow(/no @http trait/);
    expect(() => loadModel([service({ "x#Nope": { type: "apply", traits: {} } })])).toThrow(/unknown shape x#Nope/);
  });

  it("refuses a @pattern that cannot be compiled, naming the member", () => {
    const model = service({
      "x#Op": { type: "operation", input: { target: "x#In" }, traits: { "smithy.api#http": { method: "GET", uri: "/" } } },
      "x#In": { type: "structure", members: { a: { target: "x#Bad" } } },
      "x#Bad": { type: "string", traits: { "smithy.api#pattern": "^(a" } },
    });
    expect(() => loadModel([model])).toThrow(/x#In\$a: @pattern "\^\(a" cannot be compiled/);
  });

  it("marks @internal enum members and legacy entries tagged internal", () => {
    const loaded = loadModel([
      service({
        "x#Op": { type: "operation", input: { target: "x#In" }, traits: { "smithy.api#http": { method: "GET", uri: "/" } } },
        "x#In": { type: "structure", members: { e: { target: "x#E" }, l: { target: "x#L" }, i: { target: "x#I" } } },
        "x#E": { type: "enum", members: { A: { target: "smithy.api#Unit" }, B: { target: "smithy.api#Unit", traits: { "smithy.api#internal": {} } } } },
        "x#L": { type: "string", traits: { "smithy.api#enum": [{ value: "a" }, { value: "b", tags: ["internal"] }] } },
        "x#I": { type: "intEnum", members: { ONE: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 1, "smithy.api#internal": {} } } } },
      }),
    ]);
    expect(loaded.schema.shapes["x#E"]).toMatchObject({ enumValues: { A: "A", B: "B" }, internalEnumValues: ["B"] });
    expect(loaded.schema.shapes["x#L"]).toMatchObject({ enumValues: { A: "a", B: "b" }, internalEnumValues: ["B"] });
    expect(loaded.schema.shapes["x#I"]).toMatchObject({ intEnumValues: { ONE: 1 }, internalEnumValues: ["ONE"] });
  });

  it("lets a model file redefine a prelude shape", () => {
    const loaded = loadModel([
      service({
        "x#Op": { type: "operation", input: { target: "x#In" }, traits: { "smithy.api#http": { method: "GET", uri: "/" } } },
        "x#In": { type: "structure", members: { a: { target: "smithy.api#String" } } },
        "smithy.api#String": { type: "string", traits: { "smithy.api#pattern": "^a" } },
      }),
    ]);
    expect(member(loaded.schema.shapes, "x#In", "a").constraints).toEqual({ pattern: "^a" });
  });
});

describe("real models", () => {
  it("loads the current CodeArtifact model", () => {
    const { schema, docsUrl } = loadFiles([sharedModel("codeartifact-2018-09-22.json")]);
    expect(Object.keys(schema.operations)).toHaveLength(48);
    expect(schema.validation).toMatchObject({ style: "service", reasonValue: "FIELD_VALIDATION_FAILED" });
    expect(docsUrl?.("ListDomains")).toBe("https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListDomains.html");
  });

  it("loads the 2023-10 (38 operations) and the Smithy 1.0 2022-04 (34 operations) models", () => {
    expect(Object.keys(loadFiles([sharedModel("codeartifact-2018-09-22.2023-10.json")]).schema.operations)).toHaveLength(38);
    const legacy = loadFiles([sharedModel("codeartifact-2018-09-22.2022-04.json")]).schema;
    expect(Object.keys(legacy.operations)).toHaveLength(34);
    const format = Object.entries(legacy.shapes).find(([id]) => id.endsWith("#PackageFormat"))?.[1];
    expect(format).toMatchObject({ type: "string", enumValues: { NPM: "npm" } });
  });

  it("loads both restJson protocol-test services with mixins flattened", () => {
    const restJson = loadFiles(protocolTestFiles, "aws.protocoltests.restjson#RestJson");
    expect(Object.keys(restJson.schema.operations)).toHaveLength(105);
    expect(restJson.typeNames["aws.protocoltests.restjson.nested#GreetingStruct"]).toBe("RenamedGreeting");
    const defaults = structure(restJson.schema.shapes["aws.protocoltests.restjson#Defaults"]);
    expect(Object.keys(defaults.members).length).toBeGreaterThan(10);
    const validation = loadFiles(protocolTestFiles, "aws.protocoltests.restjson.validation#RestJsonValidation");
    expect(Object.keys(validation.schema.operations)).toHaveLength(12);
    expect(validation.schema.validation.style).toBe("framework");
    expect(validation.schema.shapes["aws.protocoltests.restjson.validation#EnumTraitString"]).toEqual({
      type: "string",
      enumValues: { ABC: "abc", DEF: "def", GHI: "ghi" },
      internalEnumValues: ["GHI"],
    });
  });
});
