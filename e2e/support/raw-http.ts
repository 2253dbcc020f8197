import { connect, type Socket } from "node:net";

// HTTP/1.1 over a bare socket, for what node:http and fetch hide: sending a whole body before
// reading any answer (as the AWS CLI, pip and twine do), reusing one connection, oversized
// request lines, and stalling mid-request.

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export class RawConnection {
  readonly socket: Socket;
  #received = Buffer.alloc(0);
  #waiters: Array<() => void> = [];
  /** "end" once the server closed its side gracefully, "reset" when it reset the connection. */
  closed: "end" | "reset" | undefined;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on("data", (chunk: Buffer) => {
      this.#received = Buffer.concat([this.#received, chunk]);
      this.#wake();
    });
    socket.on("end", () => {
      this.closed ??= "end";
      this.#wake();
    });
    socket.on("error", () => {
      this.closed ??= "reset";
      this.#wake();
    });
  }

  static open(url: string): Promise<RawConnection> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: hostname, port: Number(port) }, () => resolve(new RawConnection(socket)));
      socket.once("error", reject);
    });
  }

  /** Writes everything, waiting for the kernel to take each piece (a stalled server stalls this). */
  async send(data: Buffer | string): Promise<void> {
    const bytes = Buffer.from(data);
    for (let at = 0; at < bytes.length; at += 256 * 1024) {
      const piece = bytes.subarray(at, at + 256 * 1024);
      await new Promise<void>((resolve, reject) => this.socket.write(piece, (error) => (error ? reject(error) : resolve())));
    }
  }

  /** Sends a request head and its whole body, then reads the answer. */
  async exchange(head: string, body: Buffer | string = ""): Promise<RawAnswer> {
    await this.send(`${head}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`);
    await this.send(body);
    return this.answer();
  }

  /** The next answer (status line, headers, a Content-Length body). */
  async answer(): Promise<RawAnswer> {
    for (;;) {
      const end = this.#received.indexOf("\r\n\r\n");
      if (end >= 0) {
        const [statusLine, ...lines] = this.#received.subarray(0, end).toString("latin1").split("\r\n");
        const headers: Record<string, string> = {};
        for (const line of lines) {
          const colon = line.indexOf(":");
          headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
        }
        const length = Number(headers["content-length"] ?? 0);
        if (this.#received.length >= end + 4 + length) {
          const body = this.#received.subarray(end + 4, end + 4 + length).toString("utf8");
          this.#received = this.#received.subarray(end + 4 + length);
          return { status: Number(statusLine.split(" ")[1]), headers, body };
        }
      }
      if (this.closed)
        throw new Error(
          `connection ${this.closed === "end" ? "closed" : "reset"} before a whole answer; got ${JSON.stringify(this.#received.toString("latin1").slice(0, 200))}`,
        );
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  /** Resolves once the server has closed the connection. */
  async whenClosed(): Promise<"end" | "reset"> {
    while (!this.closed) await new Promise<void>((resolve) => this.#waiters.push(resolve));
    return this.closed;
  }

  close(): void {
    this.socket.destroy();
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }
}

/** Fails with `what` when `work` takes longer than `ms`: a hang must fail the test, not stall it. */
export function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
