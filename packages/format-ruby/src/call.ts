import type { EndpointCall, RenderedCache } from "@codeartifact-local/format-kit";
import type { PackageRef } from "@codeartifact-local/package-service";
import type { RubyGemsIndex } from "./upstream-index";

/** One authenticated request to a repository's RubyGems endpoint. */
export interface RubyCall extends EndpointCall {
  index: RubyGemsIndex;
  /** Rendered index documents (versions, info files), reused until the store changes. */
  documents: RenderedCache;
}

/** The gem in the called repository. Gem names are case-sensitive and kept as published. */
export function gemRef(call: RubyCall, name: string): PackageRef {
  return { domain: call.domain, repository: call.repository, format: "ruby", name };
}
