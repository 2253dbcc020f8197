// Verification of AWS Signature Version 4 on incoming requests, for deployments that hand out
// real keys. The signature is recomputed with the official signer (@smithy/signature-v4) over
// the request as received, restricted to the headers the client says it signed, and compared in
// constant time. Refusals use the codes and statuses AWS's JSON services answer with.
//
// The payload hash: AWS SDKs sign streamed bodies as UNSIGNED-PAYLOAD (without saying so in a
// header) and other bodies by their SHA-256. So the unsigned form is tried first, without reading
// the body; failing that, the body is read (up to a limit), hashed, and handed on unchanged.
import { createHash, timingSafeEqual } from "node:crypto";
import { Readable } from "node:stream";
import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import { setVerifiedCaller } from "./caller";
import { ProtocolError } from "./protocol-errors";
import { protocolErrorResponse, send } from "./responses";

export interface SigningKey {
  secretAccessKey: string;
  /** The 12-digit account the key acts as. */
  accountId: string;
}

export interface SigV4VerifierOptions {
  /** The key behind an access key id, or undefined when there is none. */
  lookup(accessKeyId: string): SigningKey | undefined;
  now?: () => Date;
  /** How far the request's date may be from the server's clock (AWS: 15 minutes). */
  maxSkewMs?: number;
  /** Largest body read to check a signed payload hash (default 10 MiB). */
  maxBodyBytes?: number;
}

export type SigV4Verification = { ok: true; accessKeyId: string; accountId: string; body?: Buffer } | { ok: false; error: ProtocolError };

const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;._-]+),\s*Signature=([0-9a-f]{64})$/;
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

const refuse = (status: number, code: string, message: string): SigV4Verification => ({ ok: false, error: new ProtocolError(status, code, message) });
const mismatch = () =>
  refuse(
    403,
    "InvalidSignatureException",
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
  );
const amzDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export function createSigV4Verifier(options: SigV4VerifierOptions) {
  const now = options.now ?? (() => new Date());
  const maxSkewMs = options.maxSkewMs ?? 15 * 60 * 1000;
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;

  return async function verify(request: FastifyRequest, body: Readable | undefined): Promise<SigV4Verification> {
    const headers = request.headers;
    const authorization = headers.authorization;
    if (authorization === undefined) return refuse(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
    const match = AUTHORIZATION.exec(authorization);
    if (!match) {
      return refuse(
        400,
        "IncompleteSignatureException",
        "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters of an AWS4-HMAC-SHA256 signature.",
      );
    }
    const [, accessKeyId, scopeDate, region, service, signedList, signature] = match as unknown as string[];
    const key = options.lookup(accessKeyId!);
    if (!key) return refuse(403, "UnrecognizedClientException", "The security token included in the request is invalid.");

    const dateHeader = headers["x-amz-date"];
    const date = typeof dateHeader === "string" ? AMZ_DATE.exec(dateHeader) : null;
    if (!date) return refuse(400, "IncompleteSignatureException", "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    const signedAt = new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!));
    const current = now();
    if (signedAt.getTime() < current.getTime() - maxSkewMs) {
      return refuse(
        403,
        "InvalidSignatureException",
        `Signature expired: ${dateHeader} is now earlier than ${amzDate(new Date(current.getTime() - maxSkewMs))} (${amzDate(current)} - 15 min.)`,
      );
    }
    if (signedAt.getTime() > current.getTime() + maxSkewMs) {
      return refuse(
        403,
        "InvalidSignatureException",
        `Signature not yet current: ${dateHeader} is still later than ${amzDate(new Date(current.getTime() + maxSkewMs))} (${amzDate(current)} + 15 min.)`,
      );
    }
    if (scopeDate !== (dateHeader as string).slice(0, 8)) return mismatch();

    const signedHeaders = signedList!.split(";");
    if (!signedHeaders.includes("host")) return mismatch();
    const signer = new SignatureV4({
      credentials: { accessKeyId: accessKeyId!, secretAccessKey: key.secretAccessKey },
      region: region!,
      service: service!,
      sha256: Hash.bind(null, "sha256"),
      uriEscapePath: true,
      applyChecksum: false,
    });
    const expected = Buffer.from(signature!, "hex");
    const matches = async (payload: string | Buffer) => {
      const signed = await signer.sign(httpRequestOf(request, signedHeaders, payload), {
        signingDate: signedAt,
        signableHeaders: new Set(signedHeaders),
        // Set below only to choose the payload hash, it is signed only if the client signed it.
        unsignableHeaders: signedHeaders.includes("x-amz-content-sha256") ? undefined : new Set(["x-amz-content-sha256"]),
      });
      const computed = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization ?? ""))?.[1];
      return computed !== undefined && timingSafeEqual(Buffer.from(computed, "hex"), expected);
    };

    const declared = headers["x-amz-content-sha256"];
    if (declared === UNSIGNED_PAYLOAD || declared === undefined) {
      if (await matches(UNSIGNED_PAYLOAD)) return { ok: true, accessKeyId: accessKeyId!, accountId: key.accountId };
    }
    const read = body ? await readLimited(body, maxBodyBytes) : Buffer.alloc(0);
    if (!read) return mismatch();
    // A declared (signed) hash stands in for the body in the signature: the body must have it.
    if (declared !== undefined && declared !== UNSIGNED_PAYLOAD && declared !== createHash("sha256").update(read).digest("hex")) return mismatch();
    if (!(await matches(read))) return mismatch();
    return { ok: true, accessKeyId: accessKeyId!, accountId: key.accountId, body: read };
  };
}

/** The request as the client signed it: path as received (the signer escapes it again, as the client's did), decoded query, the signed headers. */
function httpRequestOf(request: FastifyRequest, signedHeaders: string[], payload: string | Buffer) {
  const url = request.raw.url ?? request.url;
  const q = url.indexOf("?");
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(q === -1 ? "" : url.slice(q + 1))) {
    const seen = query[name];
    query[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  const host = String(request.headers.host ?? "");
  return {
    method: request.method,
    protocol: `${request.protocol}:`,
    hostname: host.replace(/:\d+$/, ""),
    path: q === -1 ? url : url.slice(0, q),
    query,
    // The signer takes the payload hash from this header when present, else hashes the body.
    headers: payload === UNSIGNED_PAYLOAD ? { ...headers, "x-amz-content-sha256": UNSIGNED_PAYLOAD } : headers,
    body: payload === UNSIGNED_PAYLOAD ? undefined : payload,
  };
}

async function readLimited(body: Readable, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * A Fastify preHandler that refuses requests without a valid signature and records the verified
 * caller's account for the request context. Register it around the service's routes only.
 */
export function sigV4Guard(options: SigV4VerifierOptions): preHandlerAsyncHookHandler {
  const verify = createSigV4Verifier(options);
  return async function guard(request: FastifyRequest, reply: FastifyReply) {
    const body = request.body instanceof Readable ? request.body : undefined;
    const verdict = await verify(request, body);
    if (!verdict.ok) {
      // Whatever is left of the body is not wanted; let the client finish sending it.
      if (body && !body.readableEnded) body.resume();
      return send(reply, protocolErrorResponse(verdict.error));
    }
    setVerifiedCaller(request, { accountId: verdict.accountId, accessKeyId: verdict.accessKeyId });
    if (verdict.body) request.body = Readable.from([verdict.body]);
  };
}
