import type { DomainRecord, RepositoryRecord } from "@codeartifact-local/store";
import { verifyToken, type TokenClaims } from "../auth/token";
import { evaluatePolicyText } from "../control/iam-policy";
import type { Services } from "../services";
import type { RepositoryAddress } from "./endpoint";

// Authentication of package-format requests, shared by every format endpoint. Clients present the
// token from GetAuthorizationToken as `Bearer <token>` (npm, pnpm, yarn, SwiftPM), as Basic with
// user `aws` (pip, twine, Maven, NuGet, Bundler) or bare (Cargo). The token must carry a valid
// signature, be unexpired, and name the domain and owner the URL addresses. Only then is anything
// read: a refused request learns nothing about what the domain holds.

/** The IAM actions a package endpoint checks against repository policies. */
export type RepositoryAction = "ReadFromRepository" | "PublishPackageVersion";

export interface Authorized {
  ok: true;
  claims: TokenClaims;
  domain: DomainRecord;
  repository: RepositoryRecord;
}

export interface Refused {
  ok: false;
  status: 401 | 403 | 404;
  message: string;
  headers: Record<string, string>;
}

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

const PROBLEM_MESSAGES: Record<string, string> = {
  missing: "Unable to authenticate: an authorization token is required. Get one with `aws codeartifact login` or `aws codeartifact get-authorization-token`.",
  "basic-user": "Unable to authenticate: Basic credentials must use the user name 'aws' and the authorization token as the password.",
  scheme: "Unable to authenticate: send the authorization token as 'Authorization: Bearer <token>' or Basic with user 'aws'.",
  malformed: "The authorization token is not valid.",
  "bad-signature": "The authorization token is not valid.",
  expired: "The authorization token has expired. Get a new one with `aws codeartifact login` or `aws codeartifact get-authorization-token`.",
};

function unauthorized(address: RepositoryAddress, message: string): Refused {
  return { ok: false, status: 401, message, headers: { "www-authenticate": authenticateHeader(address) } };
}

/**
 * Checks the request's token against the addressed repository and, for callers other than the
 * domain owner and the repository's administrator, the repository's resource policy for `action`.
 */
export async function authorizeRequest(
  services: Services,
  authorization: string | undefined,
  address: RepositoryAddress,
  action: RepositoryAction,
): Promise<Authorized | Refused> {
  const presented = tokenFromHeader(authorization);
  if ("problem" in presented) return unauthorized(address, PROBLEM_MESSAGES[presented.problem]);
  const verification = verifyToken(presented.token, services.secret, services.now());
  if (!verification.ok) return unauthorized(address, PROBLEM_MESSAGES[verification.reason]);
  const { claims } = verification;
  if (claims.domain !== address.domain || claims.domainOwner !== address.owner || (address.region !== undefined && claims.region !== address.region)) {
    return unauthorized(
      address,
      `The authorization token was issued for domain ${claims.domain} owned by ${claims.domainOwner} in ${claims.region}; it is not valid for domain ${address.domain} owned by ${address.owner}.`,
    );
  }

  const region = address.region ?? claims.region;
  const domain = await services.store.domains.get({ account: address.owner, region, name: address.domain });
  if (!domain) {
    return { ok: false, status: 404, message: `Domain ${address.domain} owned by account ${address.owner} does not exist.`, headers: {} };
  }
  const repository = await services.store.repositories.get(domain.id, address.repository);
  if (!repository) {
    return { ok: false, status: 404, message: `Repository ${address.repository} does not exist in domain ${address.domain}.`, headers: {} };
  }
  if (claims.account !== domain.account && claims.account !== repository.administratorAccount) {
    const policy = await services.store.policies.get(repository.arn);
    const decision = evaluatePolicyText(policy?.document, {
      account: claims.account,
      action: `codeartifact:${action}`,
      resourceArn: repository.arn,
    });
    if (decision !== "allow") {
      return {
        ok: false,
        status: 403,
        message: `User: arn:aws:iam::${claims.account}:root is not authorized to perform: codeartifact:${action} on resource: ${repository.arn}`,
        headers: {},
      };
    }
  }
  return { ok: true, claims, domain, repository };
}
