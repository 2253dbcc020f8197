import type { Tag } from "@codeartifact-local/store";
import { invalid, quotaExceeded } from "@codeartifact-local/package-service";
import type { ResourceType } from "./generated";

/** AWS's per-resource tag limit (user guide, "Tag a domain" / "Tag a repository"). */
export const MAX_TAGS_PER_RESOURCE = 50;

// Key and value lengths and characters are checked by the model's constraints before a handler
// runs; what remains are the rules AWS tagging adds on top.

/** Rejects reserved and repeated keys in a request's tags. */
export function checkTagKeys(keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (key.toLowerCase().startsWith("aws:")) throw invalid(`Tag keys must not start with 'aws:', which is reserved for AWS use: '${key}'.`);
    if (seen.has(key)) throw invalid(`Duplicate tag key '${key}' in the request.`);
    seen.add(key);
  }
}

/** ServiceQuotaExceededException when a resource would carry more tags than AWS allows. */
export function checkTagCount(count: number, resourceType: ResourceType | undefined, resourceId: string): void {
  if (count > MAX_TAGS_PER_RESOURCE) {
    throw quotaExceeded(resourceType, resourceId, `A resource can have at most ${MAX_TAGS_PER_RESOURCE} tags; this request would leave ${count}.`);
  }
}

export function toStoreTags(tags: readonly { key: string; value: string }[] | undefined): Tag[] {
  return (tags ?? []).map((t) => ({ key: t.key, value: t.value }));
}
