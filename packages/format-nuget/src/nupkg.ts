import { openStoredZip, readZipEntry } from "@codeartifact-local/format-kit";
import type { StoredAsset } from "@codeartifact-local/package-service";
import yauzl from "yauzl";
import { MAX_NUSPEC_BYTES, NuspecError } from "./nuspec";

// The .nuspec inside a .nupkg (a zip whose root holds exactly one `*.nuspec`), read through the
// zip's central directory with yauzl: from a pushed package spooled to disk, or from a stored
// asset with range reads (the kit's stored zip; never the whole package).

function openFile(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip))));
}

const isRootNuspec = (name: string) => !name.includes("/") && !name.includes("\\") && name.toLowerCase().endsWith(".nuspec");

/** The root `.nuspec` of an opened package; NuspecError when there is none, or more than one, or it is too large. */
function readNuspecEntry(zip: yauzl.ZipFile): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let found: yauzl.Entry | undefined;
    const fail = (error: Error) => {
      zip.close();
      reject(error);
    };
    zip.on("error", (error: Error) => fail(new NuspecError(`The package is not a readable zip archive: ${error.message}`)));
    zip.on("entry", (entry: yauzl.Entry) => {
      if (!isRootNuspec(entry.fileName)) return zip.readEntry();
      if (found) return fail(new NuspecError("The package has more than one .nuspec at its root."));
      found = entry;
      zip.readEntry();
    });
    zip.on("end", () => {
      if (!found) return fail(new NuspecError("The package has no .nuspec at its root."));
      if (found.uncompressedSize > MAX_NUSPEC_BYTES) return fail(new NuspecError(`The .nuspec is larger than ${MAX_NUSPEC_BYTES} bytes.`));
      // Opened without autoClose, so the entry can still be read after the directory's end.
      readZipEntry(zip, found).then(
        (bytes) => {
          zip.close();
          resolve(bytes);
        },
        (failure: Error) => fail(new NuspecError(`The .nuspec cannot be read: ${failure.message}`)),
      );
    });
    zip.readEntry();
  });
}

async function opened(open: () => Promise<yauzl.ZipFile>): Promise<yauzl.ZipFile> {
  try {
    return await open();
  } catch (error) {
    throw new NuspecError(`The package is not a readable zip archive: ${(error as Error).message}`);
  }
}

/** The nuspec bytes of a package file on disk. */
export async function nuspecOfFile(path: string): Promise<Buffer> {
  return readNuspecEntry(await opened(() => openFile(path)));
}

/** The nuspec bytes of a stored package. */
export async function nuspecOfAsset(asset: StoredAsset): Promise<Buffer> {
  return readNuspecEntry(await opened(() => openStoredZip(asset)));
}
