import type { CodeArtifactControlPlaneServiceHandlers } from "../generated";
import { translateErrors } from "../errors";
import type { ApiServices } from "../services";
import { authHandlers } from "./auth";
import { domainHandlers } from "./domains";
import { externalConnectionHandlers } from "./external-connections";
import { packageGroupHandlers } from "./package-groups";
import { packageVersionHandlers } from "./package-versions";
import { packageHandlers } from "./packages";
import { policyHandlers } from "./policies";
import { repositoryHandlers } from "./repositories";
import { tagHandlers } from "./tags";

/**
 * The hand-written operation implementations, one module per resource; each module exports a
 * function `(services) => Pick<Handlers, its operations>` and is spread in here. The package
 * service's typed failures become the modeled exceptions of the same name.
 */
export function createHandlers(services: ApiServices): CodeArtifactControlPlaneServiceHandlers {
  return translateErrors({
    ...domainHandlers(services),
    ...repositoryHandlers(services),
    ...externalConnectionHandlers(services),
    ...policyHandlers(services),
    ...tagHandlers(services),
    ...authHandlers(services),
    ...packageHandlers(services),
    ...packageVersionHandlers(services),
    ...packageGroupHandlers(services),
  });
}
