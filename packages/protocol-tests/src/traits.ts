/** The `smithy.test` trait values as they appear in a JSON AST (only what servers use). */

export const REQUEST_TESTS = "smithy.test#httpRequestTests";
export const RESPONSE_TESTS = "smithy.test#httpResponseTests";
export const MALFORMED_TESTS = "smithy.test#httpMalformedRequestTests";

export type AppliesTo = "client" | "server";

/** What request and response test cases share: the message, its checks, and the case's metadata. */
interface HttpMessageTestCase {
  id: string;
  protocol: string;
  headers?: Record<string, string>;
  forbidHeaders?: string[];
  requireHeaders?: string[];
  body?: string;
  bodyMediaType?: string;
  params?: Record<string, unknown>;
  documentation?: string;
  tags?: string[];
  appliesTo?: AppliesTo;
}

export interface HttpRequestTestCase extends HttpMessageTestCase {
  method: string;
  uri: string;
  host?: string;
  queryParams?: string[];
}

export interface HttpResponseTestCase extends HttpMessageTestCase {
  code: number;
}

export interface HttpMalformedRequestDefinition {
  method: string;
  uri: string;
  host?: string;
  queryParams?: string[];
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpMalformedResponseBodyAssertion {
  contents?: string;
  messageRegex?: string;
}

export interface HttpMalformedResponseDefinition {
  code: number;
  headers?: Record<string, string>;
  body?: { assertion: HttpMalformedResponseBodyAssertion; mediaType: string };
}

export interface HttpMalformedRequestTestCase {
  id: string;
  protocol: string;
  request: HttpMalformedRequestDefinition;
  response: HttpMalformedResponseDefinition;
  documentation?: string;
  tags?: string[];
  testParameters?: Record<string, string[]>;
}

/** A shape of the raw JSON AST, as far as test collection needs it. */
export interface RawShape {
  type: string;
  traits?: Record<string, unknown>;
}
