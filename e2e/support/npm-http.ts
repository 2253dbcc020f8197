import { request as httpRequest } from "node:http";
import type { PackedVersion } from "./npm-registry";

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json(): any;
}

/** A raw HTTP request (node:http, so the Host header can be chosen for host-style URLs). */
export function http(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    // An explicit length: node:http sends DELETE bodies unframed otherwise.
    const headers = options.body === undefined ? options.headers : { ...options.headers, "content-length": String(Buffer.byteLength(options.body)) };
    const request = httpRequest(url, { method: options.method ?? "GET", headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, json: () => JSON.parse(body.toString("utf8")) });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

/** The body `npm publish` sends for a packed version, with optional edits to tamper with it. */
export function publishBody(packed: PackedVersion, options: { tag?: string; integrity?: string; length?: number; readme?: string } = {}): string {
  const manifest = {
    ...packed.manifest,
    readme: options.readme ?? `# ${packed.name}\n`,
    _id: `${packed.name}@${packed.version}`,
    dist: { integrity: options.integrity ?? packed.integrity, shasum: packed.shasum, tarball: `http://ignored/${packed.file}` },
  };
  return JSON.stringify({
    _id: packed.name,
    name: packed.name,
    description: packed.manifest.description,
    "dist-tags": { [options.tag ?? "latest"]: packed.version },
    versions: { [packed.version]: manifest },
    access: null,
    _attachments: {
      [`${packed.name}-${packed.version}.tgz`]: {
        content_type: "application/octet-stream",
        data: packed.tarball.toString("base64"),
        length: options.length ?? packed.tarball.length,
      },
    },
  });
}

/** `@scope/name` as npm puts it in a URL path. */
export function escapeName(name: string): string {
  return name.replace("/", "%2f");
}
