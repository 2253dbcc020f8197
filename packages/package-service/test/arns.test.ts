import { describe, expect, it } from "vitest";
import { arnPartition, domainArn, packageArn, packageGroupArn, parseResourceArn, repositoryArn } from "../src/arns";

const owner = { account: "111122223333", region: "us-west-2" };

describe("CodeArtifact ARNs", () => {
  it("are built in AWS's formats", () => {
    expect(domainArn(owner, "my-domain")).toBe("arn:aws:codeartifact:us-west-2:111122223333:domain/my-domain");
    expect(repositoryArn(owner, "my-domain", "My.Repo")).toBe("arn:aws:codeartifact:us-west-2:111122223333:repository/my-domain/My.Repo");
    expect(packageGroupArn(owner, "my-domain", "/npm/*")).toBe("arn:aws:codeartifact:us-west-2:111122223333:package-group/my-domain/npm/*");
    expect(packageArn(owner, "d", "r", "npm", undefined, "react")).toBe("arn:aws:codeartifact:us-west-2:111122223333:package/d/r/npm//react");
  });

  it("use the region's partition", () => {
    expect(arnPartition("cn-north-1")).toBe("aws-cn");
    expect(arnPartition("us-gov-west-1")).toBe("aws-us-gov");
    expect(domainArn({ account: "111122223333", region: "cn-north-1" }, "d1")).toBe("arn:aws-cn:codeartifact:cn-north-1:111122223333:domain/d1");
  });

  it("parse back into the resource they name", () => {
    expect(parseResourceArn(domainArn(owner, "my-domain"))).toEqual({ type: "domain", owner, domain: "my-domain" });
    expect(parseResourceArn(repositoryArn(owner, "my-domain", "repo"))).toEqual({ type: "repository", owner, domain: "my-domain", repository: "repo" });
    expect(parseResourceArn(packageGroupArn(owner, "my-domain", "/maven/com.example~"))).toEqual({
      type: "package-group",
      owner,
      domain: "my-domain",
      pattern: "/maven/com.example~",
    });
  });

  it("refuse what is not a taggable CodeArtifact resource", () => {
    for (const arn of [
      "arn:aws:s3:::bucket",
      "arn:aws:codeartifact:us-west-2:111122223333:package/d/r/npm//react",
      "arn:aws:codeartifact:us-west-2:1234:domain/d1",
      "arn:aws-cn:codeartifact:us-west-2:111122223333:domain/d1",
      "arn:aws:codeartifact:us-west-2:111122223333:repository/d1",
      "arn:aws:codeartifact:us-west-2:111122223333:domain/Bad_Name",
      "not an arn",
    ]) {
      expect(parseResourceArn(arn), arn).toBeUndefined();
    }
  });
});
