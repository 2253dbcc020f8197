// Rewrites OPERATIONS.md from the generated schema and the handler object.
import { writeFileSync } from "node:fs";
import { defaultConfig } from "../src/config";
import { createHandlers } from "@codeartifact-local/api";
import { operationsTable } from "../src/operations-table";
import { openServices } from "../src/services";

const services = await openServices({ ...defaultConfig, inMemory: true });
writeFileSync(new URL("../OPERATIONS.md", import.meta.url), operationsTable(createHandlers(services)));
await services.close();
console.log("wrote packages/server/OPERATIONS.md");
