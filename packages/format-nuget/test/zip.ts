import yazl from "yazl";

/** A zip of the given entries, compressed or stored, built in memory for tests. */
export async function zipOf(entries: Array<[string, string | Buffer]>, compress = true): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) zip.addBuffer(Buffer.from(content), name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function nuspecXml(id: string, version: string, extra = ""): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>${id}</id>
    <version>${version}</version>
    <authors>Someone</authors>
    <description>A package.</description>${extra}
  </metadata>
</package>
`;
}
