import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../src/config";
import { operationNames } from "@codeartifact-local/api/generated";
import { createHandlers } from "@codeartifact-local/api";
import { operationsTable } from "../src/operations-table";
import { openServices, type ServerServices as Services } from "../src/services";

let services: Services;
beforeAll(async () => {
  services = await openServices({ ...defaultConfig, inMemory: true });
});
afterAll(async () => services?.close());

describe("OPERATIONS.md", () => {
  it("says, for every operation, whether the handlers implement it", () => {
    const committed = readFileSync(new URL("../OPERATIONS.md", import.meta.url), "utf8");
    expect(committed, "OPERATIONS.md is out of date: run `pnpm --filter @codeartifact-local/server operations`").toBe(
      operationsTable(createHandlers(services)),
    );
  });

  it("marks an operation without a handler method as not implemented", () => {
    const handlers = createHandlers(services);
    const table = operationsTable({ ...handlers, listDomains: undefined });
    expect(table).toMatch(/^\| ListDomains \| no \(501\) \| POST \| `\/v1\/domains` \|/m);
    expect(table.match(/^\| \w+ \| (yes|no \(501\)) \| /gm)).toHaveLength(operationNames.length);
  });
});
