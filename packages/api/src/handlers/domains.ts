import { blobDomainKey, StoreConflictError } from "@codeartifact-local/store";
import { domainForCall, domainArn, packageGroupArn, conflict, quotaExceeded, paginate, type Services } from "@codeartifact-local/package-service";
import { describeDomain, domainSummary } from "../descriptions";
import { assetBucketArn, defaultEncryptionKeyArn, resolveEncryptionKey } from "../encryption-key";
import { partitionOf } from "../partition";
import { checkTagCount, checkTagKeys, toStoreTags } from "../tags";
import type { CodeArtifactControlPlaneServiceHandlers } from "../generated";

type DomainHandlers = Pick<CodeArtifactControlPlaneServiceHandlers, "createDomain" | "describeDomain" | "listDomains" | "deleteDomain">;

/** Every domain has the root package group `/*`, which allows everything and cannot be deleted. */
const ROOT_GROUP = "/*";

export function domainHandlers(services: Services): DomainHandlers {
  const { store } = services;
  const exists = (name: string, owner: string) =>
    conflict("domain", name, `Domain already exists. Domain '${name}' owned by account '${owner}' already exists.`);

  return {
    async createDomain(input, context) {
      const owner = partitionOf(context);
      const tags = toStoreTags(input.tags);
      checkTagKeys(tags.map((t) => t.key));
      checkTagCount(tags.length, "domain", input.domain);
      const encryptionKey =
        input.encryptionKey === undefined ? defaultEncryptionKeyArn(owner, services.secret) : resolveEncryptionKey(input.encryptionKey, owner);
      const arn = domainArn(owner, input.domain);
      const now = services.now();
      try {
        const domain = await store.transaction(async (tx) => {
          if (await tx.domains.get({ ...owner, name: input.domain })) throw exists(input.domain, owner.account);
          const count = await tx.domains.count(owner);
          if (count >= services.config.quotas.domainsPerAccount) {
            throw quotaExceeded(
              "domain",
              input.domain,
              `Domain quota exceeded: account '${owner.account}' already has ${count} domains in ${owner.region}, the maximum allowed.`,
            );
          }
          const created = await tx.domains.create({ ...owner, name: input.domain, arn, encryptionKey, s3BucketArn: assetBucketArn(owner), createdTime: now });
          if (tags.length > 0) await tx.tags.put(arn, tags);
          await tx.groups.create({
            domainId: created.id,
            pattern: ROOT_GROUP,
            arn: packageGroupArn(owner, input.domain, ROOT_GROUP),
            originModes: { PUBLISH: "ALLOW", EXTERNAL_UPSTREAM: "ALLOW", INTERNAL_UPSTREAM: "ALLOW" },
            createdTime: now,
          });
          return describeDomain(tx, created);
        });
        return { domain };
      } catch (error) {
        // Two concurrent creates: the store's unique key decides, the loser gets AWS's answer.
        if (error instanceof StoreConflictError) throw exists(input.domain, owner.account);
        throw error;
      }
    },

    async describeDomain(input, context) {
      const domain = await domainForCall(services, context, input);
      return { domain: await describeDomain(store, domain) };
    },

    async listDomains(input, context) {
      const owner = partitionOf(context);
      const page = await paginate((request) => store.domains.list(owner, request), input, {
        secret: services.secret,
        scope: `ListDomains\0${owner.account}\0${owner.region}`,
      });
      return { domains: page.items.map(domainSummary), nextToken: page.nextToken };
    },

    // DeleteDomain declares no ResourceNotFoundException: deleting a domain that is not there
    // succeeds and returns no description, which also makes retries safe.
    async deleteDomain(input, context) {
      const owner = input.domainOwner ?? context.accountId;
      if (owner === context.accountId && !(await store.domains.get({ account: owner, region: context.region, name: input.domain }))) return {};
      const domain = await domainForCall(services, context, input);
      const description = await store.transaction(async (tx) => {
        const current = await tx.domains.getById(domain.id);
        if (!current) return undefined;
        const description = await describeDomain(tx, current);
        if (description.repositoryCount > 0) {
          throw conflict(
            "domain",
            domain.name,
            `Domain '${domain.name}' cannot be deleted because it contains ${description.repositoryCount} repositories. Delete its repositories first.`,
          );
        }
        await tx.domains.delete(current.id);
        return description;
      });
      // Blob I/O stays outside the transaction; the rows referencing the blobs are gone already.
      if (description) await services.blobs.deleteDomain(blobDomainKey(domain));
      return description ? { domain: description } : {};
    },
  };
}
