import type { Readable } from "node:stream";
import { MavenError } from "./replies";

/** Reads a small request body (a checksum, a maven-metadata.xml) whole; 413 past `limit` bytes. */
export async function readSmallBody(body: Readable, limit: number, what: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      throw new MavenError(413, `${what} is larger than ${limit} bytes.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
