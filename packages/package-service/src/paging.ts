import { createHmac, timingSafeEqual } from "node:crypto";
import { invalid } from "./errors";
import { DEFAULT_PAGE_SIZE, type PaginationSigning } from "./pagination";
import type { ServiceContext } from "./context";

// Pagination over lists the service orders itself (format-aware version order, package-group
// association), which the store's keyset cursors cannot express. The token names the last item
// returned and its position (used when that item has gone in the meantime). Like the store-backed
// listings (control/pagination.ts), tokens are signed with the server secret and bound to the
// listing that issued them.

export interface PageInput {
  maxResults?: number;
  nextToken?: string;
}

export interface PageOutput<T> {
  items: T[];
  nextToken?: string;
}

interface Position {
  key: string;
  at: number;
}

/** Binds tokens to one listing: its name and everything that selects its items. */
export function listingSigning(ctx: ServiceContext, listing: string, parts: ReadonlyArray<string | number | boolean | undefined>): PaginationSigning {
  return { secret: ctx.services.secret, scope: [listing, ...parts.map((p) => (p === undefined ? "" : String(p)))].join("|") };
}

const badToken = () => invalid("The nextToken is not valid. Use the nextToken returned by the previous call with the same parameters.");

function mac(signing: PaginationSigning, body: string): Buffer {
  return createHmac("sha256", signing.secret).update(signing.scope).update("\0").update(body).digest().subarray(0, 16);
}

function decode(token: string, signing: PaginationSigning): Position {
  const dot = token.lastIndexOf(".");
  if (dot <= 0) throw badToken();
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), "base64url");
  const expected = mac(signing, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badToken();
  const parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Partial<Position>;
  if (typeof parsed.key !== "string" || !Number.isSafeInteger(parsed.at) || parsed.at! < 0) throw badToken();
  return parsed as Position;
}

function encode(position: Position, signing: PaginationSigning): string {
  const body = Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
  return `${body}.${mac(signing, body).toString("base64url")}`;
}

/** One page of an already ordered list. */
export function pageOf<T>(items: readonly T[], keyOf: (item: T) => string, input: PageInput, signing: PaginationSigning): PageOutput<T> {
  let start = 0;
  if (input.nextToken !== undefined) {
    const token = decode(input.nextToken, signing);
    const index = items.findIndex((item) => keyOf(item) === token.key);
    start = index >= 0 ? index + 1 : Math.min(token.at, items.length);
  }
  const page = items.slice(start, start + (input.maxResults ?? DEFAULT_PAGE_SIZE));
  const end = start + page.length;
  if (end >= items.length || page.length === 0) return { items: page };
  return { items: page, nextToken: encode({ key: keyOf(page[page.length - 1]), at: end }, signing) };
}
