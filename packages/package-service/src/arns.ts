import type { Partition } from "@codeartifact-local/store";

// CodeArtifact ARNs: `arn:<partition>:codeartifact:<region>:<account>:<type>/<path>`. The
// account is always the domain owner's, even for a repository another account administers.

/** The ARN partition a region belongs to (China and GovCloud have their own). */
export function arnPartition(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("us-iso-")) return "aws-iso";
  if (region.startsWith("us-isob-")) return "aws-iso-b";
  return "aws";
}

function codeArtifactArn(where: Partition, resource: string): string {
  return `arn:${arnPartition(where.region)}:codeartifact:${where.region}:${where.account}:${resource}`;
}

export function domainArn(owner: Partition, domain: string): string {
  return codeArtifactArn(owner, `domain/${domain}`);
}

export function repositoryArn(owner: Partition, domain: string, repository: string): string {
  return codeArtifactArn(owner, `repository/${domain}/${repository}`);
}

/** The pattern starts with `/`, so it follows the domain name directly: `package-group/d/npm/*`. */
export function packageGroupArn(owner: Partition, domain: string, pattern: string): string {
  return codeArtifactArn(owner, `package-group/${domain}${pattern}`);
}

/** Package ARNs name "no namespace" with an empty segment (`npm//react`), as IAM policies do. */
export function packageArn(owner: Partition, domain: string, repository: string, format: string, namespace: string | undefined, name: string): string {
  return codeArtifactArn(owner, `package/${domain}/${repository}/${format}/${namespace ?? ""}/${name}`);
}

export type CodeArtifactResource =
  | { type: "domain"; owner: Partition; domain: string }
  | { type: "repository"; owner: Partition; domain: string; repository: string }
  | { type: "package-group"; owner: Partition; domain: string; pattern: string };

const ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):codeartifact:([a-z0-9-]+):(\d{12}):([a-z-]+)\/(.+)$/;
const DOMAIN = /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/;
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/;

/** Parses the ARN of a taggable resource (domain, repository, package group); undefined otherwise. */
export function parseResourceArn(arn: string): CodeArtifactResource | undefined {
  const match = ARN.exec(arn);
  if (!match) return undefined;
  const [, partition, region, account, type, path] = match;
  if (arnPartition(region) !== partition) return undefined;
  const owner = { account, region };
  if (type === "domain") return DOMAIN.test(path) ? { type, owner, domain: path } : undefined;
  if (type === "repository") {
    const [domain, repository, ...rest] = path.split("/");
    return rest.length === 0 && DOMAIN.test(domain) && REPOSITORY.test(repository ?? "") ? { type, owner, domain, repository } : undefined;
  }
  if (type === "package-group") {
    const slash = path.indexOf("/");
    if (slash <= 0) return undefined;
    const domain = path.slice(0, slash);
    return DOMAIN.test(domain) ? { type, owner, domain, pattern: path.slice(slash) } : undefined;
  }
  return undefined;
}
