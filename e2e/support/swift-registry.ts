import { randomUUID } from "node:crypto";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import yazl from "yazl";
import { repoRoot } from "./server";

// The Swift package registry protocol as SwiftPM speaks it, for machines without a Swift
// toolchain: the same requests (paths, `Accept: application/vnd.swift.registry.v1+…`, the publish
// body byte for byte as RegistryClient.publish builds it) and the same checks on the answers
// (`Content-Version: 1`, the content type it expects, problem details on errors). Source archives
// are built like `swift package archive-source`: a zip of the package under one top-level
// directory named after the package.

export const swiftFixtures = resolve(repoRoot, "e2e/fixtures/swift");

/** A zip of the package directory `dir`, its files under `top/`, with fixed timestamps (reproducible bytes). */
export function sourceArchive(dir: string, top: string, replace: Record<string, string> = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date("2026-01-01T00:00:00Z");
  const files: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(dir, full));
    }
  };
  walk(dir);
  for (const file of files) zip.addBuffer(Buffer.from(replace[file] ?? readFileSync(join(dir, file))), `${top}/${file}`, { mtime });
  for (const [file, content] of Object.entries(replace)) if (!files.includes(file)) zip.addBuffer(Buffer.from(content), `${top}/${file}`, { mtime });
  zip.end();
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.once("end", () => done(Buffer.concat(chunks)));
    zip.outputStream.once("error", fail);
  });
}

export interface RegistryAnswer {
  status: number;
  headers: Headers;
  body: Buffer;
  json<T = unknown>(): T;
  /** The problem `detail`, as SwiftPM decodes it (requires problem+json and Content-Version 1). */
  detail(): string | undefined;
}

export interface PublishParts {
  metadata?: string;
  signature?: Buffer;
  metadataSignature?: Buffer;
  signatureFormat?: string;
}

const accept = (mediaType: "json" | "zip" | "swift") => `application/vnd.swift.registry.v1+${mediaType}`;

/** The multipart body RegistryClient.publish sends, and its content type. */
export function publishBody(archive: Buffer, parts: PublishParts = {}): { body: Buffer; contentType: string } {
  const boundary = randomUUID().toUpperCase();
  const pieces: Buffer[] = [];
  const text = (s: string) => pieces.push(Buffer.from(s, "utf8"));
  text(`--${boundary}\r\nContent-Disposition: form-data; name="source-archive"\r\nContent-Type: application/zip\r\nContent-Transfer-Encoding: binary\r\n\r\n`);
  pieces.push(archive);
  if (parts.signature) {
    text(
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="source-archive-signature"\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\n`,
    );
    pieces.push(parts.signature);
  }
  if (parts.metadata !== undefined) {
    text(
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\nContent-Type: application/json\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${parts.metadata}`,
    );
    if (parts.metadataSignature) {
      text(
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="metadata-signature"\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\n`,
      );
      pieces.push(parts.metadataSignature);
    }
  }
  text(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat(pieces), contentType: `multipart/form-data;boundary="${boundary}"` };
}

export class SwiftRegistryClient {
  /** `endpoint` is the repository endpoint (ending in `/`); `authorization` the header SwiftPM sends, if any. */
  constructor(
    readonly endpoint: string,
    readonly authorization?: string,
  ) {}

  withAuthorization(authorization?: string): SwiftRegistryClient {
    return new SwiftRegistryClient(this.endpoint, authorization);
  }

  /**
   * One request, over node:http so `Expect: 100-continue` works as with SwiftPM and curl: the body
   * is sent only after the server's `100 Continue`, and not at all when it answers first.
   */
  request(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<RegistryAnswer> {
    const url = new URL(path, this.endpoint);
    const all: Record<string, string> = { ...(this.authorization ? { authorization: this.authorization } : {}), ...headers };
    if (body) all["content-length"] = String(body.length);
    return new Promise((resolvePromise, reject) => {
      const req = httpRequest(url, { method, headers: all }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.once("error", reject);
        response.once("end", () => resolvePromise(answerOf(response.statusCode ?? 0, response.headers, Buffer.concat(chunks))));
      });
      req.once("error", reject);
      if (body && all.expect === "100-continue") req.once("continue", () => req.end(body));
      else req.end(body);
    });
  }

  /** GET {scope}/{name}: the release versions SwiftPM would consider (those without a problem), and the answer. */
  async releases(scope: string, name: string) {
    const answer = await this.request("GET", `${scope}/${name}`, { accept: accept("json") });
    if (answer.status !== 200) return { answer, versions: undefined };
    expectJson(answer);
    const { releases } = answer.json<{ releases: Record<string, { url?: string; problem?: unknown }> }>();
    return { answer, versions: Object.keys(releases).filter((v) => !releases[v].problem) };
  }

  async release(scope: string, name: string, version: string) {
    const answer = await this.request("GET", `${scope}/${name}/${version}`, { accept: accept("json") });
    if (answer.status === 200) expectJson(answer);
    return answer;
  }

  async manifest(scope: string, name: string, version: string, swiftVersion?: string) {
    const query = swiftVersion === undefined ? "" : `?swift-version=${encodeURIComponent(swiftVersion)}`;
    const answer = await this.request("GET", `${scope}/${name}/${version}/Package.swift${query}`, { accept: accept("swift") });
    if (answer.status === 200) expectType(answer, "text/x-swift");
    return answer;
  }

  async download(scope: string, name: string, version: string) {
    const answer = await this.request("GET", `${scope}/${name}/${version}.zip`, { accept: accept("zip") });
    if (answer.status === 200) expectType(answer, "application/zip", true);
    return answer;
  }

  async identifiers(url: string) {
    const answer = await this.request("GET", `identifiers?url=${encodeURIComponent(url)}`, { accept: accept("json") });
    if (answer.status === 200) expectJson(answer);
    return answer;
  }

  login() {
    return this.request("POST", "login");
  }

  publish(scope: string, name: string, version: string, archive: Buffer, parts: PublishParts = {}) {
    const { body, contentType } = publishBody(archive, parts);
    const headers: Record<string, string> = {
      "content-type": contentType,
      accept: accept("json"),
      expect: "100-continue",
      prefer: "respond-async",
    };
    if (parts.signature && parts.signatureFormat) headers["x-swift-package-signature-format"] = parts.signatureFormat;
    return this.request("PUT", `${scope}/${name}/${version}`, headers, body);
  }
}

function answerOf(status: number, raw: IncomingHttpHeaders, bytes: Buffer): RegistryAnswer {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return {
    status,
    headers,
    body: bytes,
    json: <T>() => JSON.parse(bytes.toString("utf8")) as T,
    detail: () => {
      if (headers.get("content-version") !== "1") return undefined;
      if (!/^application\/problem\+json(;|$)/.test(headers.get("content-type") ?? "")) return undefined;
      return (JSON.parse(bytes.toString("utf8")) as { detail?: string }).detail;
    },
  };
}

/** SwiftPM's response checks: `Content-Version: 1` (optional where SwiftPM allows it) and the content type. */
function expectType(answer: RegistryAnswer, type: string, versionOptional = false): void {
  const version = answer.headers.get("content-version");
  if (!(versionOptional && version === null) && version !== "1") throw new Error(`SwiftPM refuses Content-Version ${version}`);
  const contentType = answer.headers.get("content-type") ?? "";
  if (contentType !== type && !contentType.startsWith(`${type};`)) throw new Error(`SwiftPM expects Content-Type ${type}, got ${contentType}`);
}

function expectJson(answer: RegistryAnswer): void {
  expectType(answer, "application/json");
}
