import { createHmac, timingSafeEqual } from "node:crypto";
import { StoreInvalidCursorError, type Page, type PageRequest } from "@codeartifact-local/store";
import { invalid } from "./errors";

/** AWS's page size when `maxResults` is absent (the models allow 1 to 1000). */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * Binds the tokens of one listing to the server secret and to what was listed (operation, caller,
 * filters), so a token is only good for continuing the listing that issued it.
 */
export interface PaginationSigning {
  secret: Buffer;
  /** Everything that defines the listing, e.g. `ListRepositoriesInDomain|<account>|<domain>|<prefix>`. */
  scope: string;
}

function signature(signing: PaginationSigning, cursor: string): Buffer {
  return createHmac("sha256", signing.secret).update(signing.scope).update("\0").update(cursor).digest().subarray(0, 16);
}

function badToken() {
  return invalid("The nextToken is not valid. Use the nextToken returned by the previous call with the same parameters.");
}

function sign(cursor: string, signing: PaginationSigning | undefined): string {
  return signing ? `${cursor}.${signature(signing, cursor).toString("base64url")}` : cursor;
}

function verify(token: string, signing: PaginationSigning | undefined): string {
  if (!signing) return token;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) throw badToken();
  const cursor = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), "base64url");
  const expected = signature(signing, cursor);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badToken();
  return cursor;
}

/**
 * One page of a store listing for a paginated operation. The store's cursors are opaque and
 * tagged with the listing that issued them; with `signing` they are also signed. A forged or
 * foreign `nextToken` is a ValidationException.
 */
export async function paginate<T>(
  list: (request: PageRequest) => Promise<Page<T>>,
  input: { maxResults?: number; nextToken?: string },
  signing?: PaginationSigning,
): Promise<{ items: T[]; nextToken?: string }> {
  const after = input.nextToken === undefined ? undefined : verify(input.nextToken, signing);
  try {
    const page = await list({ limit: input.maxResults ?? DEFAULT_PAGE_SIZE, after });
    return { items: page.items, nextToken: page.next === undefined ? undefined : sign(page.next, signing) };
  } catch (error) {
    if (error instanceof StoreInvalidCursorError) throw badToken();
    throw error;
  }
}
