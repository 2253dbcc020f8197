import { Readable } from "node:stream";

// The body of `cargo publish`: a little-endian u32 length and that many bytes of JSON metadata,
// then a u32 length and that many bytes of `.crate`, and nothing after. The metadata is read
// into memory (bounded); the crate is handed on as a stream of exactly its declared length, read
// from the request as the consumer pulls it, so it is never held whole.

export class PublishBodyError extends Error {
  override name = "PublishBodyError";
}

export class PublishBodyReader {
  readonly #chunks: AsyncIterator<Buffer>;
  #pending: Buffer = Buffer.alloc(0);
  #taken = false;

  constructor(body: Readable) {
    // Not destroyed when the reader stops early: a refusal still has to be answered.
    this.#chunks = body.iterator({ destroyOnReturn: false })[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  async #next(): Promise<Buffer | undefined> {
    const { value, done } = await this.#chunks.next();
    return done ? undefined : Buffer.from(value);
  }

  async #bytes(count: number, what: string): Promise<Buffer> {
    while (this.#pending.length < count) {
      const chunk = await this.#next();
      if (!chunk) throw new PublishBodyError(`The publish body ends inside ${what} (${this.#pending.length} of ${count} bytes).`);
      this.#pending = Buffer.concat([this.#pending, chunk]);
    }
    const bytes = this.#pending.subarray(0, count);
    this.#pending = this.#pending.subarray(count);
    return bytes;
  }

  async #length(what: string): Promise<number> {
    return (await this.#bytes(4, `the length of ${what}`)).readUInt32LE(0);
  }

  /** The metadata JSON, parsed; refused when longer than `maxBytes`. */
  async metadata(maxBytes: number): Promise<unknown> {
    const length = await this.#length("the metadata");
    if (length > maxBytes) throw new PublishBodyError(`The publish metadata is ${length} bytes long; at most ${maxBytes} are accepted.`);
    const text = (await this.#bytes(length, "the metadata")).toString("utf8");
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new PublishBodyError(`The publish metadata is not JSON: ${(error as Error).message}`);
    }
  }

  /** The declared length of the crate that follows. */
  crateLength(): Promise<number> {
    return this.#length("the crate");
  }

  /** The next `length` bytes as a stream, which fails if the body has fewer, or more after them. */
  crate(length: number): Readable {
    if (this.#taken) throw new Error("The crate was already taken");
    this.#taken = true;
    return Readable.from(this.#crateBytes(length), { objectMode: false });
  }

  async *#crateBytes(length: number): AsyncGenerator<Buffer> {
    let left = length;
    let chunk: Buffer | undefined = this.#pending;
    this.#pending = Buffer.alloc(0);
    while (left > 0) {
      if (!chunk || chunk.length === 0) chunk = await this.#next();
      if (!chunk) throw new PublishBodyError(`The publish body ends inside the crate (${length - left} of ${length} bytes).`);
      const part = chunk.subarray(0, left);
      left -= part.length;
      chunk = chunk.subarray(part.length);
      yield part;
    }
    if ((chunk && chunk.length > 0) || (await this.#next()) !== undefined) throw new PublishBodyError("The publish body goes on after the crate.");
  }
}
