import { createHmac, timingSafeEqual } from "node:crypto";
import { StoreInvalidCursorError, type Page, type PageRequest } from "@codeartifact-local/store";
import type { ServiceContext } from "./context";
import { invalid } from "./errors";

// Every paginated listing: store listings (keyset cursors from the store) and lists the service
// orders itself (format-aware version order, package-group association), which keyset cursors
// cannot express. Tokens are signed with the server secret and bound to the listing that issued
// them (operation, caller, filters), so a token is only good for continuing that listing; a
// forged or foreign `nextToken` is a ValidationException.

/** AWS's page size when `maxResults` is absent (the models allow 1 to 1000). */
export const DEFAULT_PAGE_SIZE = 100;

export interface PageInput {
  maxResults?: number;
  nextToken?: string;
}

export interface PageOutput<T> {
  items: T[];
  nextToken?: string;
}

/** What a listing's tokens are bound to. */
export interface PaginationSigning {
  secret: Buffer;
  /** Everything that defines the listing, e.g. `ListRepositoriesInDomain|<account>|<domain>|<prefix>`. */
  scope: string;
}

/** Binds tokens to one listing: its name and everything that selects its items. */
export function listingSigning(ctx: ServiceContext, listing: string, parts: ReadonlyArray<string | number | boolean | undefined>): PaginationSigning {
  return { secret: ctx.services.secret, scope: [listing, ...parts.map((p) => (p === undefined ? "" : String(p)))].join("|") };
}

const badToken = () => invalid("The nextToken is not valid. Use the nextToken returned by the previous call with the same parameters.");

function mac(signing: PaginationSigning, body: string): Buffer {
  return createHmac("sha256", signing.secret).update(signing.scope).update("\0").update(body).digest().subarray(0, 16);
}

function sign(body: string, signing: PaginationSigning | undefined): string {
  return signing ? `${body}.${mac(signing, body).toString("base64url")}` : body;
}

function verify(token: string, signing: PaginationSigning | undefined): string {
  if (!signing) return token;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) throw badToken();
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), "base64url");
  const expected = mac(signing, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badToken();
  return body;
}

/** One page of a store listing: the store's cursor, signed. */
export async function paginate<T>(list: (request: PageRequest) => Promise<Page<T>>, input: PageInput, signing?: PaginationSigning): Promise<PageOutput<T>> {
  const after = input.nextToken === undefined ? undefined : verify(input.nextToken, signing);
  try {
    const page = await list({ limit: input.maxResults ?? DEFAULT_PAGE_SIZE, after });
    return { items: page.items, nextToken: page.next === undefined ? undefined : sign(page.next, signing) };
  } catch (error) {
    if (error instanceof StoreInvalidCursorError) throw badToken();
    throw error;
  }
}

/** Where a page of an ordered list ended: the last item's key, and its index for when it has gone since. */
interface Position {
  key: string;
  at: number;
}

function decodePosition(token: string, signing: PaginationSigning): Position {
  const body = verify(token, signing);
  let parsed: Partial<Position>;
  try {
    parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Partial<Position>;
  } catch {
    throw badToken();
  }
  if (typeof parsed.key !== "string" || !Number.isSafeInteger(parsed.at) || parsed.at! < 0) throw badToken();
  return parsed as Position;
}

/** One page of a list the service ordered itself. */
export function pageOf<T>(items: readonly T[], keyOf: (item: T) => string, input: PageInput, signing: PaginationSigning): PageOutput<T> {
  let start = 0;
  if (input.nextToken !== undefined) {
    const token = decodePosition(input.nextToken, signing);
    const index = items.findIndex((item) => keyOf(item) === token.key);
    start = index >= 0 ? index + 1 : Math.min(token.at, items.length);
  }
  const page = items.slice(start, start + (input.maxResults ?? DEFAULT_PAGE_SIZE));
  const end = start + page.length;
  if (end >= items.length || page.length === 0) return { items: page };
  const position = Buffer.from(JSON.stringify({ key: keyOf(page[page.length - 1]), at: end }), "utf8").toString("base64url");
  return { items: page, nextToken: sign(position, signing) };
}
