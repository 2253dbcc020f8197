import type { RequestContext } from "@codeartifact-local/smithy-runtime";
import type { Partition } from "@codeartifact-local/store";

/** State is partitioned by the caller's account and the request's region. */
export function partitionOf(context: RequestContext): Partition {
  return { account: context.accountId, region: context.region };
}
