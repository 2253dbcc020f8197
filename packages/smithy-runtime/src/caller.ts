// The caller a request-authentication hook verified (see sigv4-verify.ts), kept beside the
// request so the request context uses it instead of reading the account off the access key id.
import type { FastifyRequest } from "fastify";

export interface VerifiedCaller {
  accountId: string;
  accessKeyId: string;
}

const callers = new WeakMap<object, VerifiedCaller>();

export function setVerifiedCaller(request: FastifyRequest, caller: VerifiedCaller): void {
  callers.set(request.raw, caller);
}

export function verifiedCaller(request: FastifyRequest): VerifiedCaller | undefined {
  return callers.get(request.raw);
}
