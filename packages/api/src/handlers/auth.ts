import type { RequestContext } from "@codeartifact-local/smithy-runtime";
import { issueToken, domainForCall, repositoryForCall, invalid } from "@codeartifact-local/package-service";
import type { CodeArtifactControlPlaneServiceHandlers } from "../generated";
import type { ApiServices } from "../services";

type AuthHandlers = Pick<CodeArtifactControlPlaneServiceHandlers, "getAuthorizationToken" | "getRepositoryEndpoint">;

/** AWS's default token lifetime: 12 hours. */
export const DEFAULT_TOKEN_SECONDS = 12 * 60 * 60;
export const MIN_TOKEN_SECONDS = 15 * 60;
/**
 * `durationSeconds: 0` means "as long as the caller's temporary credentials". Local credentials
 * have no session, so the token gets the default session length of STS AssumeRole: one hour.
 */
export const SESSION_TOKEN_SECONDS = 60 * 60;

/** The lifetime a `durationSeconds` asks for; the model already bounds it to 0..43200. */
export function tokenLifetimeSeconds(durationSeconds: number | undefined): number {
  if (durationSeconds === undefined) return DEFAULT_TOKEN_SECONDS;
  if (durationSeconds === 0) return SESSION_TOKEN_SECONDS;
  if (durationSeconds < MIN_TOKEN_SECONDS) {
    throw invalid(
      `1 validation error detected: Value '${durationSeconds}' at 'durationSeconds' failed to satisfy constraint: Member must be 0 or between ${MIN_TOKEN_SECONDS} and ${DEFAULT_TOKEN_SECONDS} seconds`,
    );
  }
  return durationSeconds;
}

/**
 * The base URL package managers use for a repository: path style, on the host the client reached
 * this server by, so it works without DNS setup (`/{format}/d/{domain}-{owner}/{repository}/`, the
 * form AWS uses behind VPC endpoints). Dual-stack and IPv4 endpoints are the same URL locally.
 */
export function repositoryEndpointUrl(
  context: Pick<RequestContext, "protocol" | "host">,
  fallbackHost: string,
  format: string,
  domain: string,
  owner: string,
  repository: string,
): string {
  const host = context.host || fallbackHost;
  return `${context.protocol}://${host}/${format}/d/${domain}-${owner}/${encodeURIComponent(repository)}/`;
}

/**
 * With `--hostname`, AWS's host-style form on that DNS name, on the port the client used:
 * `{domain}-{owner}.d.codeartifact.{region}.{hostname}`, which the format endpoints route by Host.
 */
export function hostStyleEndpointUrl(
  context: Pick<RequestContext, "protocol" | "host">,
  hostname: string,
  fallbackPort: number,
  format: string,
  domain: { name: string; account: string; region: string },
  repository: string,
): string {
  const port = /:(\d+)$/.exec(context.host)?.[1] ?? String(fallbackPort);
  return `${context.protocol}://${domain.name}-${domain.account}.d.codeartifact.${domain.region}.${hostname}:${port}/${format}/${encodeURIComponent(repository)}/`;
}

export function authHandlers(services: ApiServices): AuthHandlers {
  return {
    async getAuthorizationToken(input, context) {
      const lifetime = tokenLifetimeSeconds(input.durationSeconds);
      const domain = await domainForCall(services, context, input);
      const issuedAt = services.now();
      // Whole seconds, so `expiration` matches what the token says to the second.
      const expiresAt = new Date((Math.floor(issuedAt.getTime() / 1000) + lifetime) * 1000);
      const authorizationToken = issueToken(
        { account: context.accountId, domain: domain.name, domainOwner: domain.account, region: domain.region, issuedAt, expiresAt },
        services.secret,
        services.randomBytes(9),
      );
      return { authorizationToken, expiration: expiresAt };
    },

    async getRepositoryEndpoint(input, context) {
      const { domain, repository } = await repositoryForCall(services, context, input);
      const { host, port, hostname } = services.config;
      if (hostname) return { repositoryEndpoint: hostStyleEndpointUrl(context, hostname, port, input.format, domain, repository.name) };
      return { repositoryEndpoint: repositoryEndpointUrl(context, `${host}:${port}`, input.format, domain.name, domain.account, repository.name) };
    },
  };
}
