import type { LocatedRepository } from "../context";
import type { Services } from "../environment";
import { repositoryForCall, type Caller, type RepositoryRef } from "./access";
import { verifyToken, type TokenRejection } from "./token";

// Locating and authorizing a package-format request: the caller is whoever obtained the token
// (GetAuthorizationToken), and the token must be valid, unexpired and name the domain and owner
// the URL addresses. Only then is anything read, so a refused request learns nothing about what
// the domain holds. The repository check is the API's own (repositoryForCall).

/** The IAM actions a package endpoint checks against repository policies. */
export type RepositoryAction = "ReadFromRepository" | "PublishPackageVersion";

/** A repository as a package endpoint's URL addresses it (the host style names a region too). */
export interface AddressedRepository extends RepositoryRef {
  domainOwner: string;
  region?: string;
}

export interface TokenCall extends LocatedRepository {
  caller: Caller;
}

export type TokenAuthorization = ({ ok: true } & TokenCall) | { ok: false; message: string };

const REJECTIONS: Record<TokenRejection, string> = {
  malformed: "The authorization token is not valid.",
  "bad-signature": "The authorization token is not valid.",
  expired: "The authorization token has expired. Get a new one with `aws codeartifact login` or `aws codeartifact get-authorization-token`.",
};

/**
 * `{ ok: false }` when the token itself is refused (HTTP 401 on every endpoint); ServiceError
 * (not found, access denied) when the token is good but the repository is missing or closed to
 * the caller.
 */
export async function authorizeToken(services: Services, token: string, address: AddressedRepository, action: RepositoryAction): Promise<TokenAuthorization> {
  const verification = verifyToken(token, services.secret, services.now());
  if (!verification.ok) return { ok: false, message: REJECTIONS[verification.reason] };
  const { claims } = verification;
  if (claims.domain !== address.domain || claims.domainOwner !== address.domainOwner || (address.region !== undefined && claims.region !== address.region)) {
    return {
      ok: false,
      message: `The authorization token was issued for domain ${claims.domain} owned by ${claims.domainOwner} in ${claims.region}; it is not valid for domain ${address.domain} owned by ${address.domainOwner}.`,
    };
  }
  const caller: Caller = { accountId: claims.account, region: address.region ?? claims.region };
  const located = await repositoryForCall(services, caller, address, { action });
  return { ok: true, caller, ...located };
}
