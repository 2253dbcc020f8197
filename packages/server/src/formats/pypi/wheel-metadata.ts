import { inflateRawSync } from "node:zlib";
import type { Readable } from "node:stream";
import type { BlobStore } from "@codeartifact-local/store";

// The `*.dist-info/METADATA` of a stored wheel (PEP 658 serves it as `<file>.metadata`), read
// with range reads of the zip's end record, central directory and one entry, never the whole
// wheel. Zip64 archives and entries over the limit are not read (no metadata is offered then).

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_METADATA = 16 * 1024 * 1024;

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readWheelMetadata(blobs: BlobStore, domainKey: string, sha256: string, size: number): Promise<Buffer | undefined> {
  const read = (start: number, length: number) => collect(blobs.get(domainKey, sha256, { start, end: start + length - 1 }));
  if (size < 22) return undefined;
  const tailStart = Math.max(0, size - 22 - 65535);
  const tail = await read(tailStart, size - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || cdOffset + cdSize > size) return undefined;
  const directory = await read(cdOffset, cdSize);

  for (let p = 0; p + 46 <= directory.length && directory.readUInt32LE(p) === CENTRAL; ) {
    const method = directory.readUInt16LE(p + 10);
    const compressed = directory.readUInt32LE(p + 20);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const localOffset = directory.readUInt32LE(p + 42);
    const name = directory.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (!/^[^/]+\.dist-info\/METADATA$/.test(name)) continue;
    if (compressed > MAX_METADATA || (method !== 0 && method !== 8)) return undefined;
    const header = await read(localOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL) return undefined;
    const dataStart = localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const data = compressed === 0 ? Buffer.alloc(0) : await read(dataStart, compressed);
    return method === 0 ? data : inflateRawSync(data, { maxOutputLength: MAX_METADATA });
  }
  return undefined;
}
