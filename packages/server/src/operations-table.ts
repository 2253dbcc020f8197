import { serviceSchema, type CodeArtifactControlPlaneServiceHandlers } from "@codeartifact-local/api/generated";

/** The handler method that implements an operation: its name with a lower-case first letter. */
const handlerKey = (operation: string) => `${operation[0].toLowerCase()}${operation.slice(1)}`;

/**
 * OPERATIONS.md: every operation of the model with its route and whether it has business logic
 * here (a method in the handler object) or answers 501 NotImplemented. The generator knows the
 * model but not the handlers, so the column is derived here; a test keeps the file current.
 */
export function operationsTable(handlers: CodeArtifactControlPlaneServiceHandlers): string {
  const operations = Object.values(serviceSchema.operations).sort((a, b) => a.name.localeCompare(b.name));
  const implemented = (name: string) => typeof (handlers as Record<string, unknown>)[handlerKey(name)] === "function";
  const count = operations.filter((op) => implemented(op.name)).length;
  return [
    "<!-- Written by `pnpm --filter @codeartifact-local/server operations` from the generated schema and the",
    "     handler object; test/operations-table.test.ts fails when it is out of date. -->",
    "",
    `# ${serviceSchema.name} operations`,
    "",
    `API version ${serviceSchema.version}: ${operations.length} operations, ${count} implemented. An operation without an`,
    "implementation answers `501 NotImplemented` once its input is valid.",
    "",
    "| Operation | Implemented | Method | URI | Reference |",
    "| --- | --- | --- | --- | --- |",
    ...operations.map(
      (op) =>
        `| ${op.name} | ${implemented(op.name) ? "yes" : "no (501)"} | ${op.http.method} | \`${op.http.uri}\` | ` +
        `[API reference](https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_${op.name}.html) |`,
    ),
    "",
  ].join("\n");
}
