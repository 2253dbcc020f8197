import { StoreConflictError } from "@codeartifact-local/store";
import {
  repositoryForCall,
  repositoryNotFound,
  conflict,
  invalid,
  notFound,
  EXTERNAL_CONNECTIONS,
  externalConnection,
  type Services,
} from "@codeartifact-local/package-service";
import { describeRepository } from "../descriptions";
import type { CodeArtifactControlPlaneServiceHandlers } from "../generated";

type ExternalConnectionHandlers = Pick<CodeArtifactControlPlaneServiceHandlers, "associateExternalConnection" | "disassociateExternalConnection">;

/** AWS allows one external connection per repository. */
const MAX_EXTERNAL_CONNECTIONS = 1;

// A repository may have upstream repositories and an external connection at the same time (see
// the README): the API reference's "upstream repositories, or an external connection" is not
// enforced by AWS, and CloudFormation, Terraform and the console all configure both on one
// repository.
export function externalConnectionHandlers(services: Services): ExternalConnectionHandlers {
  const { store } = services;

  return {
    async associateExternalConnection(input, context) {
      const info = externalConnection(input.externalConnection);
      if (!info) {
        throw invalid(
          `External connection '${input.externalConnection}' is not supported. Supported external connections: ${[...EXTERNAL_CONNECTIONS.keys()].join(", ")}.`,
        );
      }
      const { domain, repository } = await repositoryForCall(services, context, input);
      const already = () =>
        conflict("repository", repository.name, `External connection '${info.name}' is already associated with repository '${repository.name}'.`);
      try {
        const description = await store.transaction(async (tx) => {
          const current = await tx.repositories.getById(repository.id);
          if (!current) throw repositoryNotFound(repository.name, domain.name, domain.account);
          const connections = await tx.externalConnections.list(repository.id);
          if (connections.some((c) => c.name === info.name)) throw already();
          // The wording and the 400 are what AWS answers (seen through CloudFormation).
          if (connections.length >= MAX_EXTERNAL_CONNECTIONS)
            throw invalid(`ExternalConnections for repositories are currently limited to ${MAX_EXTERNAL_CONNECTIONS}`);
          await tx.externalConnections.add(repository.id, { name: info.name, packageFormat: info.format, createdTime: services.now() });
          return describeRepository(tx, current);
        });
        return { repository: description };
      } catch (error) {
        if (error instanceof StoreConflictError) throw already();
        throw error;
      }
    },

    async disassociateExternalConnection(input, context) {
      const { domain, repository } = await repositoryForCall(services, context, input);
      const description = await store.transaction(async (tx) => {
        const current = await tx.repositories.getById(repository.id);
        if (!current) throw repositoryNotFound(repository.name, domain.name, domain.account);
        if (!(await tx.externalConnections.remove(repository.id, input.externalConnection))) {
          throw notFound(
            "repository",
            repository.name,
            `External connection '${input.externalConnection}' is not associated with repository '${repository.name}' in domain '${domain.name}'.`,
          );
        }
        return describeRepository(tx, current);
      });
      return { repository: description };
    },
  };
}
