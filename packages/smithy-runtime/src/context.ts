import type { FastifyBaseLogger } from "fastify";

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
