import type { Readable } from "node:stream";
import { readSmallBody } from "@codeartifact-local/format-kit";
import { MavenError } from "./replies";

/** Reads a small request body (a checksum, a maven-metadata.xml) as text; 413 past `limit` bytes. */
export async function readSmallText(body: Readable, limit: number, what: string): Promise<string> {
  const bytes = await readSmallBody(body, limit);
  if (!bytes) throw new MavenError(413, `${what} is larger than ${limit} bytes.`);
  return bytes.toString("utf8");
}
