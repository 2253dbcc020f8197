import { PassThrough, type Readable } from "node:stream";
import { extract } from "tar-stream";
import { GemFormatError, parseMetadataGz, type GemSpec } from "./gem-spec";

// A `.gem` is a plain tar whose first entry is `metadata.gz` (then `data.tar.gz` and
// `checksums.yaml.gz`; signed gems add `.sig` entries). Both readers stop at `metadata.gz`: a push
// keeps what it read of the body (the head) and replays it ahead of the rest, so the whole gem is
// never held in memory, and the specification is known before anything is stored.

/** How much of a pushed gem may come before its metadata.gz ends. */
export const MAX_HEAD_BYTES = 32 * 1024 * 1024;

/** Reads tar chunks written by `feed` until `metadata.gz` has been read; resolves with its specification. */
function metadataReader(limit: number) {
  const tar = extract();
  let size = 0;
  const spec = new Promise<GemSpec>((resolve, reject) => {
    tar.on("entry", (header, entry, next) => {
      // A truncated archive fails the entry being read: that is the answer, not a crash.
      entry.on("error", (error: Error) => reject(new GemFormatError(`The gem is truncated or damaged: ${error.message}`)));
      if (header.name !== "metadata.gz") {
        entry.on("end", () => next());
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on("data", (chunk: unknown) => void chunks.push(chunk as Buffer));
      entry.on("end", () => {
        try {
          resolve(parseMetadataGz(Buffer.concat(chunks)));
        } catch (error) {
          reject(error);
        }
      });
    });
    tar.on("finish", () => reject(new GemFormatError("The file is not a gem: it has no metadata.gz.")));
    tar.on("close", () => reject(new GemFormatError("The file is not a gem: it ends before its metadata.gz.")));
    tar.on("error", (error: Error) => reject(new GemFormatError(`The file is not a gem (a tar archive): ${error.message}`)));
  });
  spec.catch(() => undefined);
  return {
    spec,
    fail: (error: Error) => tar.destroy(error),
    feed(chunk: Buffer): void {
      size += chunk.length;
      if (size > limit) tar.destroy(new Error(`metadata.gz was not found in the first ${limit} bytes`));
      else tar.write(chunk);
    },
    end: () => void tar.end(undefined),
    stop: () => tar.destroy(),
  };
}

/** The specification of a stored gem, reading only up to its metadata.gz. */
export async function readGemSpec(content: Readable, limit = MAX_HEAD_BYTES): Promise<GemSpec> {
  const reader = metadataReader(limit);
  content.on("data", (chunk: Buffer) => reader.feed(chunk));
  content.once("end", reader.end);
  content.once("error", reader.fail);
  try {
    return await reader.spec;
  } finally {
    reader.stop();
    content.destroy();
  }
}

/**
 * The specification of a gem being uploaded, and the upload as a stream from its first byte:
 * what was read to find the specification, then the rest of the body.
 */
export function readGemHead(body: Readable, limit = MAX_HEAD_BYTES): Promise<{ spec: GemSpec; content: Readable }> {
  const reader = metadataReader(limit);
  const head: Buffer[] = [];
  const onData = (chunk: Buffer) => {
    head.push(chunk);
    reader.feed(chunk);
  };
  const onError = reader.fail;
  body.on("data", onData);
  body.once("end", reader.end);
  body.once("error", onError);
  return reader.spec.then(
    (spec) => {
      body.pause();
      body.off("data", onData);
      body.off("end", reader.end);
      body.off("error", onError);
      reader.stop();
      const content = new PassThrough();
      for (const chunk of head) content.write(chunk);
      if (body.readableEnded) {
        content.end();
      } else {
        body.once("error", (error) => content.destroy(error));
        body.pipe(content);
      }
      return { spec, content };
    },
    (error: unknown) => {
      body.off("data", onData);
      body.pause();
      reader.stop();
      throw error;
    },
  );
}
