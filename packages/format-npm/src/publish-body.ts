// Incremental reader of npm's publish body: a JSON packument whose `_attachments.<file>.data` is
// the tarball in base64 (up to 2 GB on AWS). Everything except that string is kept as text (the
// "skeleton", with the data replaced by "") and parsed at the end; the data is base64-decoded as it
// arrives and handed on, so the tarball is never held in memory. npm writes `_attachments` last,
// so when the data starts the version metadata is already known: `onAttachmentStart` gets the
// document read so far, its open objects closed, and the caller can refuse the publish before
// any byte is stored.

export class PublishBodyError extends Error {
  override name = "PublishBodyError";
}

export interface PublishBodyEvents {
  onAttachmentStart(file: string, documentSoFar: unknown): void;
  onAttachmentData(bytes: Buffer): void;
  onAttachmentEnd(): void;
}

interface Frame {
  object: boolean;
  /** Last key read in an object frame. */
  key?: string;
  expectKey: boolean;
}

type State = "structure" | "key" | "string" | "data";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Base64 characters are decoded in runs of this many (a multiple of 4). */
const DECODE_RUN = 64 * 1024;

export class PublishBodyScanner {
  readonly #events: PublishBodyEvents;
  readonly #maxSkeleton: number;
  #skeleton: Buffer[] = [];
  #skeletonBytes = 0;
  #stack: Frame[] = [];
  #state: State = "structure";
  #escaped = false;
  #key: Buffer[] = [];
  #base64 = "";
  /** Attachments seen so far. */
  attachments = 0;
  /** Decoded bytes of all attachments. */
  attachmentBytes = 0;

  constructor(events: PublishBodyEvents, maxSkeletonBytes: number) {
    this.#events = events;
    this.#maxSkeleton = maxSkeletonBytes;
  }

  write(chunk: Buffer): void {
    let i = 0;
    let copyFrom = 0;
    const keep = (end: number) => {
      if (end > copyFrom) this.#keep(chunk.subarray(copyFrom, end));
    };
    while (i < chunk.length) {
      switch (this.#state) {
        case "data": {
          const end = this.#findStringEnd(chunk, i);
          this.#takeBase64(chunk.toString("latin1", i, end === -1 ? chunk.length : end));
          if (end === -1) {
            i = chunk.length;
            copyFrom = i;
            break;
          }
          this.#finishBase64();
          this.#state = "structure";
          copyFrom = end; // the closing quote is kept
          i = end + 1;
          this.#events.onAttachmentEnd();
          break;
        }
        case "key":
        case "string": {
          const end = this.#findStringEnd(chunk, i);
          if (this.#state === "key") this.#key.push(Buffer.from(chunk.subarray(i, end === -1 ? chunk.length : end)));
          if (end === -1) {
            i = chunk.length;
            break;
          }
          if (this.#state === "key") this.#finishKey();
          this.#state = "structure";
          i = end + 1;
          break;
        }
        case "structure": {
          const byte = chunk[i];
          if (byte === QUOTE) {
            const top = this.#stack.at(-1);
            if (top?.object && top.expectKey) {
              this.#state = "key";
              this.#key = [];
            } else if (this.#atAttachmentData()) {
              keep(i + 1); // up to and including the opening quote
              this.#state = "data";
              this.attachments++;
              this.#events.onAttachmentStart(this.#stack[1].key!, this.#documentSoFar());
              i++;
              copyFrom = i;
              break;
            } else {
              this.#state = "string";
            }
          } else if (byte === 0x7b /* { */ || byte === 0x5b /* [ */) {
            this.#stack.push({ object: byte === 0x7b, expectKey: byte === 0x7b });
          } else if (byte === 0x7d /* } */ || byte === 0x5d /* ] */) {
            const frame = this.#stack.pop();
            if (!frame || frame.object !== (byte === 0x7d)) throw new PublishBodyError("The publish body is not valid JSON.");
          } else if (byte === 0x2c /* , */) {
            const top = this.#stack.at(-1);
            if (top?.object) top.expectKey = true;
          }
          i++;
          break;
        }
      }
    }
    keep(this.#state === "data" ? copyFrom : chunk.length);
  }

  /** The whole document, with each attachment's data as "". */
  end(): unknown {
    if (this.#state !== "structure" || this.#stack.length > 0) throw new PublishBodyError("The publish body ended before the JSON document did.");
    try {
      return JSON.parse(Buffer.concat(this.#skeleton).toString("utf8"));
    } catch {
      throw new PublishBodyError("The publish body is not valid JSON.");
    }
  }

  #keep(bytes: Buffer): void {
    this.#skeletonBytes += bytes.length;
    if (this.#skeletonBytes > this.#maxSkeleton) {
      throw new PublishBodyError(`The package metadata in the publish body is larger than ${this.#maxSkeleton} bytes.`);
    }
    // Copied: the request's chunk buffers may be reused.
    this.#skeleton.push(Buffer.from(bytes));
  }

  /** Index of the closing quote of the string being read, or -1; tracks backslash escapes across chunks. */
  #findStringEnd(chunk: Buffer, from: number): number {
    for (let i = from; i < chunk.length; i++) {
      if (this.#escaped) {
        this.#escaped = false;
        continue;
      }
      const byte = chunk[i];
      if (byte === BACKSLASH) this.#escaped = true;
      else if (byte === QUOTE) return i;
    }
    return -1;
  }

  #finishKey(): void {
    const raw = Buffer.concat(this.#key).toString("utf8");
    const top = this.#stack.at(-1)!;
    try {
      top.key = JSON.parse(`"${raw}"`) as string;
    } catch {
      throw new PublishBodyError("The publish body is not valid JSON.");
    }
    top.expectKey = false;
  }

  /** Inside `_attachments.<file>`, at the value of `data`. */
  #atAttachmentData(): boolean {
    const s = this.#stack;
    return s.length === 3 && s[0].object && s[0].key === "_attachments" && s[1].object && s[2].object && s[2].key === "data" && !s[2].expectKey;
  }

  #documentSoFar(): unknown {
    const closers = this.#stack
      .slice()
      .reverse()
      .map((f) => (f.object ? "}" : "]"))
      .join("");
    try {
      return JSON.parse(Buffer.concat([...this.#skeleton, Buffer.from(`"${closers}`)]).toString("utf8"));
    } catch {
      throw new PublishBodyError("The publish body is not valid JSON.");
    }
  }

  #takeBase64(text: string): void {
    // JSON may escape "/" as "\/"; base64 never needs other escapes, and whitespace is ignored.
    this.#base64 += text.replace(/\\\//g, "/").replace(/\\[nrt]|[\s\\]/g, "");
    if (this.#base64.length >= DECODE_RUN) {
      const usable = this.#base64.length - (this.#base64.length % 4);
      this.#emit(this.#base64.slice(0, usable));
      this.#base64 = this.#base64.slice(usable);
    }
  }

  #finishBase64(): void {
    if (this.#base64.length > 0) this.#emit(this.#base64);
    this.#base64 = "";
  }

  #emit(base64: string): void {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new PublishBodyError("The tarball in the publish body is not valid base64.");
    const bytes = Buffer.from(base64, "base64");
    this.attachmentBytes += bytes.length;
    this.#events.onAttachmentData(bytes);
  }
}
