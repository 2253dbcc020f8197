import { StoreInvalidCursorError, type Page, type PageRequest } from "@codeartifact-local/store";
import { invalid } from "./errors";

/** AWS's page size when `maxResults` is absent (the models allow 1 to 1000). */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * One page of a store listing for a paginated operation. The store's cursors are opaque and
 * tagged with the listing that issued them; a forged or foreign `nextToken` is a ValidationException.
 */
export async function paginate<T>(
  list: (request: PageRequest) => Promise<Page<T>>,
  input: { maxResults?: number; nextToken?: string },
): Promise<{ items: T[]; nextToken?: string }> {
  try {
    const page = await list({ limit: input.maxResults ?? DEFAULT_PAGE_SIZE, after: input.nextToken });
    return { items: page.items, nextToken: page.next };
  } catch (error) {
    if (error instanceof StoreInvalidCursorError) throw invalid("The pagination token is not valid.");
    throw error;
  }
}
