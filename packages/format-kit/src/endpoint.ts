// Where a package-format request is addressed. Two URL shapes reach the same repository:
//   path style  http://<any host>/<format>/d/<domain>-<owner>/<repo>/<rest>   (what GetRepositoryEndpoint
//               returns locally, and what AWS serves behind VPC endpoints)
//   host style  http://<domain>-<owner>.d.codeartifact.<region>.<anything>/<format>/<repo>/<rest>
//               (AWS's public endpoint shape, for setups with wildcard DNS; the dual-stack
//               `<domain>-<owner>.codeartifact.<region>.on.aws` form is accepted too)
// The owner is the 12 digits after the last `-`: domain names may contain `-` themselves.

export interface RepositoryAddress {
  format: string;
  domain: string;
  owner: string;
  /** Only the host style names a region; the path style takes it from the token. */
  region?: string;
  repository: string;
  /** The rest of the path after `<repo>/`, still percent-encoded (npm's `@scope%2fname` matters). */
  rest: string;
  /** The query string without `?`, or "". */
  query: string;
  /** Path of the repository endpoint on this server, ending in `/`, for links back to it. */
  basePath: string;
}

const DOMAIN_OWNER = /^([a-z][a-z0-9-]{0,48}[a-z0-9])-(\d{12})$/;
const HOST_STYLE = /^([a-z][a-z0-9-]{0,48}[a-z0-9])-(\d{12})\.(?:d\.)?codeartifact\.([a-z0-9-]+)\./;
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/;

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Parses a request URL (path and query as received) and Host header into a repository address,
 * or undefined when the URL is not a repository endpoint of `format`.
 */
export function parseRepositoryAddress(format: string, url: string, host: string | undefined): RepositoryAddress | undefined {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? "" : url.slice(q + 1);
  const prefix = `/${format}/`;
  if (!path.startsWith(prefix)) return undefined;
  const segments = path.slice(prefix.length).split("/");

  // Path style first: `d` cannot be a repository name (they are at least 2 characters).
  // Either way the domain and owner (and, host style, the region) come from one match, and the
  // repository is the first segment after them.
  const pathStyle = segments[0] === "d" && segments.length >= 3;
  const match = pathStyle ? DOMAIN_OWNER.exec(decodeSegment(segments[1]) ?? "") : HOST_STYLE.exec((host ?? "").toLowerCase());
  const at = pathStyle ? 2 : 0;
  const repository = decodeSegment(segments[at]);
  if (!match || repository === undefined || !REPOSITORY.test(repository)) return undefined;
  return {
    format,
    domain: match[1],
    owner: match[2],
    ...(pathStyle ? {} : { region: match[3] }),
    repository,
    rest: segments.slice(at + 1).join("/"),
    query,
    basePath: `${prefix}${segments.slice(0, at + 1).join("/")}/`,
  };
}
