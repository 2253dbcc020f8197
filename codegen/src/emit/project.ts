import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures, type WriterFunction } from "ts-morph";

/** A statement to print: raw text, a writer callback or a ts-morph structure. */
export type Statement = string | WriterFunction | StatementStructures;

/** An in-memory ts-morph project: emitters build files from structures and read back the text. */
export function createEmitProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Double,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  });
}

/** Prints one file: the header comment, then the statements. */
export function printFile(project: Project, fileName: string, header: string, statements: Statement[]): string {
  const file = project.createSourceFile(`/${fileName}`, { statements: [header, blankLine, ...statements] }, { overwrite: true });
  const text = file.getFullText();
  return text.endsWith("\n") ? text : `${text}\n`;
}

/** Separates declarations with exactly one empty line. */
export const blankLine: Statement = (writer) => {
  writer.blankLineIfLastNot();
};

export interface ImportName {
  name: string;
  typeOnly?: boolean;
}

/** An import declaration, one name per line once it no longer fits on one line. */
export function importStatement(moduleSpecifier: string, names: ReadonlyArray<string | ImportName>, typeOnly = false): Statement {
  const parts = names.map((n) => (typeof n === "string" ? n : n.typeOnly ? `type ${n.name}` : n.name));
  const keyword = typeOnly ? "import type" : "import";
  const single = `${keyword} { ${parts.join(", ")} } from ${JSON.stringify(moduleSpecifier)};`;
  if (single.length <= 120) return single;
  return `${keyword} {\n${parts.map((p) => `  ${p},`).join("\n")}\n} from ${JSON.stringify(moduleSpecifier)};`;
}
