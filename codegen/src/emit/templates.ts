import Handlebars from "handlebars";
import type { ModelSource } from "./context";

/** Every generated file carries this text; `generate` only ever deletes files that contain it. */
export const GENERATED_MARKER = "GENERATED FILE - DO NOT EDIT";

const hb = Handlebars.create();
hb.registerHelper("cell", (value: unknown) => String(value ?? "").replace(/\|/g, "\\|"));

const compile = (source: string) => hb.compile(source, { noEscape: true, strict: true });

const headerLines = `${GENERATED_MARKER}.
Written by @codeartifact-local/codegen from the Smithy model{{#if plural}}s{{/if}}:
{{#each sources}}
  {{name}} (sha256 {{sha256}})
{{/each}}
Service {{serviceId}}{{#if version}}, version {{version}}{{/if}}.
Change the generator or the model instead and regenerate (\`pnpm codegen\`); \`pnpm codegen:check\` detects drift.`;

const renderHeaderLines = compile(headerLines);

export interface HeaderData {
  sources: readonly ModelSource[];
  serviceId: string;
  version: string;
}

function lines(data: HeaderData): string[] {
  return renderHeaderLines({ ...data, plural: data.sources.length > 1 })
    .trimEnd()
    .split("\n");
}

export function tsHeader(data: HeaderData): string {
  return lines(data)
    .map((line) => `// ${line}`.trimEnd())
    .join("\n");
}

const renderOperationsMarkdown = compile(`<!--
{{header}}
-->

# {{serviceName}} operations

Service \`{{serviceId}}\`{{#if version}}, API version {{version}}{{/if}}: {{count}} operations.

| Operation | Method | URI | Reference |
| --- | --- | --- | --- |
{{#each operations}}
| {{cell name}} | {{method}} | \`{{cell uri}}\` | {{#if docsUrl}}[API reference]({{docsUrl}}){{else}}-{{/if}} |
{{/each}}
`);

export interface OperationRow {
  name: string;
  method: string;
  uri: string;
  docsUrl?: string;
}

export function operationsMarkdown(data: HeaderData & { serviceName: string; operations: OperationRow[] }): string {
  return renderOperationsMarkdown({
    ...data,
    header: lines(data).join("\n"),
    count: data.operations.length,
    operations: data.operations.map((op) => ({ docsUrl: undefined, ...op })),
  });
}
