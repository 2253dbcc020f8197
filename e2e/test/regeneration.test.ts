import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from "fastify";
import ts from "typescript";
import { generate } from "@codeartifact-local/codegen";
import { unknownOperation } from "@codeartifact-local/smithy-runtime";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/server";

// Regenerating from each of the three official model versions into a scratch folder: the
// generated server compiles and serves, and the same hand-written handlers carry over unchanged
// except where the type checker points at shapes that changed.
const scratch = join(repoRoot, "e2e/.scratch/regeneration");
const models = [
  { version: "2022-04", file: "codeartifact-2018-09-22.2022-04.json", operations: 34 },
  { version: "2023-10", file: "codeartifact-2018-09-22.2023-10.json", operations: 38 },
  { version: "current", file: "codeartifact-2018-09-22.json", operations: 48 },
];

rmSync(scratch, { recursive: true, force: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function typecheck(folder: string): ts.Diagnostic[] {
  const program = ts.createProgram([join(folder, "handlers.ts")], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [join(repoRoot, "node_modules/@types")],
  });
  return [...ts.getPreEmitDiagnostics(program)];
}

async function serve(folder: string): Promise<{ app: FastifyInstance; operationNames: readonly string[] }> {
  const generated = await import(pathToFileURL(join(folder, "generated/index.ts")).href);
  const { handlers } = await import(pathToFileURL(join(folder, "handlers.ts")).href);
  const plugin = generated.codeArtifactControlPlaneServicePlugin as (h: unknown) => FastifyPluginAsync;
  const app = Fastify();
  await app.register(plugin(handlers));
  app.setNotFoundHandler(unknownOperation);
  return { app, operationNames: generated.operationNames };
}

const currentOnly: { method: "POST"; url: string; payload?: object } = {
  method: "POST" as const,
  url: "/v1/package-group?domain=d1",
  payload: { packageGroup: "/npm/*" },
}; // CreatePackageGroup
const since2023: { method: "GET"; url: string; payload?: object } = { method: "GET" as const, url: "/v1/package?domain=d1&repository=r1&format=npm&package=p" }; // DescribePackage

describe.each(models)("model $version", ({ version, file, operations }) => {
  const folder = join(scratch, version);

  it("generates a server that compiles with the unchanged hand-written handlers", async () => {
    mkdirSync(folder, { recursive: true });
    await generate({ modelFiles: [join(repoRoot, "models/.cache", file)], outDir: join(folder, "generated") });
    cpSync(join(repoRoot, "e2e/fixtures/regeneration/handlers.ts"), join(folder, "handlers.ts"));
    const diagnostics = typecheck(folder);
    if (version === "2022-04") {
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    } else {
      // Only the exhaustive switch over the enlarged PackageFormat enum is reported.
      expect(diagnostics.length).toBe(1);
      const [diagnostic] = diagnostics;
      expect(diagnostic.file?.fileName).toBe(join(folder, "handlers.ts"));
      expect(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")).toMatch(/"generic".* is not assignable to type 'never'/);
    }
  });

  it("serves its operations: implemented ones answer, the others NotImplemented, absent ones 404", async () => {
    const { app, operationNames } = await serve(folder);
    expect(operationNames.length).toBe(operations);

    const listed = await app.inject({ method: "POST", url: "/v1/domains", payload: {} });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().domains[0].name).toBe("fixture");

    const notImplemented = await app.inject({ method: "POST", url: "/v1/domain?domain=d1" }); // CreateDomain
    expect(notImplemented.statusCode).toBe(501);
    expect(notImplemented.headers["x-amzn-errortype"]).toBe("NotImplemented");

    for (const [request, since] of [
      [currentOnly, "current"],
      [since2023, "2023-10"],
    ] as const) {
      const present = models.findIndex((m) => m.version === version) >= models.findIndex((m) => m.version === since);
      const response = await app.inject(request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(present ? 501 : 404);
      expect(response.headers["x-amzn-errortype"]).toBe(present ? "NotImplemented" : "UnknownOperationException");
    }
    await app.close();
  });
});
