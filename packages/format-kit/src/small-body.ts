import type { Readable } from "node:stream";

/**
 * Reads a small request body whole (a checksum, a dist-tag, a metadata document): undefined once it
 * passes `limit` bytes. The rest is left unread; the endpoint skeleton drains it after the refusal,
 * so the client sees the answer rather than a reset connection.
 */
export async function readSmallBody(body: Readable, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
