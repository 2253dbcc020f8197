import type { ExternalConnectionRecord, RepositoryRecord, StoreOps } from "@codeartifact-local/store";

// The order in which a package request looks through a repository's upstream graph (the AWS user
// guide's "upstream repository priority order"): the repository itself, then each direct upstream
// in its listed order, each one's own upstreams searched before its next sibling (depth-first,
// pre-order). A repository reachable twice is searched once, at its first position, which is what
// keeps a cyclic graph from looping; at most `limit` repositories (AWS: 25, the requested one
// included) are searched.

export interface SearchedRepository extends RepositoryRecord {
  /** Edges from the requested repository (0 for itself). */
  depth: number;
  /** The repository's external connection, if it has one. */
  externalConnection?: ExternalConnectionRecord;
}

export async function upstreamSearchOrder(store: StoreOps, repositoryId: number, limit: number): Promise<SearchedRepository[]> {
  const order: SearchedRepository[] = [];
  const visited = new Set<number>();
  const stack: Array<{ id: number; depth: number }> = [{ id: repositoryId, depth: 0 }];
  while (stack.length > 0 && order.length < limit) {
    const { id, depth } = stack.pop()!;
    if (visited.has(id)) continue;
    visited.add(id);
    const repository = await store.repositories.getById(id);
    if (!repository) continue;
    const [connection] = await store.externalConnections.list(id);
    order.push({ ...repository, depth, ...(connection ? { externalConnection: connection } : {}) });
    const upstreams = await store.upstreams.list(id);
    // Reversed onto the stack so the first-listed upstream is searched first.
    for (let i = upstreams.length - 1; i >= 0; i--) stack.push({ id: upstreams[i].repositoryId, depth: depth + 1 });
  }
  return order;
}

/**
 * The external connections a request may fall back to, in search order. Every repository of the
 * internal graph is searched before any public registry is asked (see the README), so callers try
 * these only after the whole `upstreamSearchOrder` came up empty.
 */
export function externalConnectionsInSearchOrder(
  order: readonly SearchedRepository[],
): Array<{ repository: SearchedRepository; connection: ExternalConnectionRecord }> {
  return order.flatMap((repository) => (repository.externalConnection ? [{ repository, connection: repository.externalConnection }] : []));
}
