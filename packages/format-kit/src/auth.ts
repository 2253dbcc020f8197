import type { PackageService, RepositoryAction, TokenCall } from "@codeartifact-local/package-service";
import type { RepositoryAddress } from "./endpoint";
import { EndpointRefusal } from "./refusal";

// Authentication of package-format requests, shared by every format endpoint. Clients present the
// token from GetAuthorizationToken as `Bearer <token>` (npm, pnpm, yarn, SwiftPM), as Basic with
// user `aws` (pip, twine, Maven, NuGet, Bundler) or bare (Cargo). The package service checks the
// token and the repository policy (authorizeToken); this module reads the header and words the
// challenge.

/** The challenge AWS sends: both schemes, realm `<domain>/<repository>`. */
export function authenticateHeader(address: Pick<RepositoryAddress, "domain" | "repository">): string {
  const realm = `${address.domain}/${address.repository}`;
  return `Bearer realm="${realm}", Basic realm="${realm}"`;
}

/** The token in an Authorization header, or a reason it has none. */
export function tokenFromHeader(header: string | undefined): { token: string } | { problem: string } {
  const value = header?.trim();
  if (!value) return { problem: "missing" };
  const space = value.indexOf(" ");
  if (space < 0) return { token: value };
  const scheme = value.slice(0, space).toLowerCase();
  const credentials = value.slice(space + 1).trim();
  if (scheme === "bearer") return { token: credentials };
  if (scheme === "basic") {
    const decoded = Buffer.from(credentials, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    // Basic credentials must use the user name `aws`; other names fail as on AWS.
    if (colon < 0 || decoded.slice(0, colon) !== "aws") return { problem: "basic-user" };
    return { token: decoded.slice(colon + 1) };
  }
  return { problem: "scheme" };
}

const HEADER_PROBLEMS: Record<string, string> = {
  missing: "Unable to authenticate: an authorization token is required. Get one with `aws codeartifact login` or `aws codeartifact get-authorization-token`.",
  "basic-user": "Unable to authenticate: Basic credentials must use the user name 'aws' and the authorization token as the password.",
  scheme: "Unable to authenticate: send the authorization token as 'Authorization: Bearer <token>' or Basic with user 'aws'.",
};

/**
 * The located repository and caller of a request, or a refusal: 401 with the challenge for a
 * missing or bad token, 404/403 (as ServiceError) for a missing repository or a policy that does
 * not allow `action`.
 */
export async function authorizeRequest(
  packages: PackageService,
  authorization: string | undefined,
  address: RepositoryAddress,
  action: RepositoryAction,
): Promise<TokenCall> {
  const challenge = { "www-authenticate": authenticateHeader(address) };
  const presented = tokenFromHeader(authorization);
  if ("problem" in presented) throw new EndpointRefusal(401, HEADER_PROBLEMS[presented.problem], challenge);
  const authorized = await packages.authorizeToken(presented.token, { ...address, domainOwner: address.owner }, action);
  if (!authorized.ok) throw new EndpointRefusal(401, authorized.message, challenge);
  return authorized;
}
