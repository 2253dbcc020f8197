import { openStoredZip, readZipEntry } from "@codeartifact-local/format-kit";
import type { StoredAsset } from "@codeartifact-local/package-service";
import type yauzl from "yauzl";

// The `*.dist-info/METADATA` of a stored wheel (PEP 658 serves it as `<file>.metadata`), read with
// range reads (the kit's stored zip), never the whole wheel. Entries over the limit are not read
// (no metadata is offered then).

const MAX_METADATA = 16 * 1024 * 1024;
const METADATA = /^[^/]+\.dist-info\/METADATA$/;

/** The wheel's METADATA, or undefined when the archive has none readable. */
export async function readWheelMetadata(asset: StoredAsset): Promise<Buffer | undefined> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openStoredZip(asset);
  } catch {
    return undefined;
  }
  return new Promise((resolve) => {
    const done = (result: Buffer | undefined) => {
      zip.close();
      resolve(result);
    };
    zip.on("error", () => done(undefined));
    zip.on("end", () => done(undefined));
    zip.on("entry", (entry: yauzl.Entry) => {
      if (!METADATA.test(entry.fileName)) return zip.readEntry();
      if (entry.uncompressedSize > MAX_METADATA) return done(undefined);
      readZipEntry(zip, entry).then(done, () => done(undefined));
    });
    zip.readEntry();
  });
}
