import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import type { IncomingHttpHeaders } from "node:http";
import type { QueryMap } from "./http/query";
import { verifiedCaller } from "./caller";
import { accountIdFromAccessKey, DEFAULT_REGION, parseSigV4Credential } from "./sigv4";

/** What every operation handler receives besides its input. */
export interface RequestContext {
  /** 12-digit AWS account id of the caller (from the SigV4 credential; `000000000000` when unknown). */
  accountId: string;
  /** Region from the SigV4 credential scope (`us-east-1` when absent). */
  region: string;
  /** Also sent back as `x-amzn-requestid`. */
  requestId: string;
  /** Name of the operation being served, e.g. `ListDomains`. */
  operation: string;
  /** The request's Host header value and scheme, for building URLs that point back at this server. */
  host: string;
  protocol: "http" | "https";
  log: FastifyBaseLogger;
}

/**
 * Builds the context of one call from the request's SigV4 credential scope (Authorization header,
 * else a presigned URL's `X-Amz-Credential`) and the Fastify request.
 */
export function createRequestContext(request: FastifyRequest, headers: IncomingHttpHeaders, query: QueryMap, operation: string): RequestContext {
  const credential = parseSigV4Credential(headers.authorization) ?? parseSigV4Credential(query.get("X-Amz-Credential")?.[0]);
  return {
    accountId: verifiedCaller(request)?.accountId ?? accountIdFromAccessKey(credential?.accessKeyId),
    region: credential?.region || DEFAULT_REGION,
    requestId: request.id,
    operation,
    host: headers.host ?? request.host,
    protocol: request.protocol,
    log: request.log,
  };
}
