import { Transform, type TransformCallback } from "node:stream";

// A multipart part sent with `Content-Transfer-Encoding: base64` (as in the registry
// specification's publish example) decoded while it streams: whitespace is skipped and the
// characters that do not yet make a whole 4-character group wait for the next chunk.

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export class Base64Decoder extends Transform {
  #pending = "";
  #ended = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = this.#pending + chunk.toString("latin1").replace(/[\s]/g, "");
    if (this.#ended && text.length > 0) return done(new Error("base64 content continues after its padding"));
    const whole = text.length - (text.length % 4);
    const now = text.slice(0, whole);
    this.#pending = text.slice(whole);
    if (!BASE64.test(now)) return done(new Error("the part is not valid base64"));
    if (now.endsWith("=")) this.#ended = true;
    done(null, Buffer.from(now, "base64"));
  }

  override _flush(done: TransformCallback): void {
    if (this.#pending.length > 0) return done(new Error("base64 content ends in the middle of a group"));
    done();
  }
}
