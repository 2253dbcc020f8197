import { describe, expect, it } from "vitest";
import { evaluatePolicy, evaluatePolicyText, MAX_POLICY_BYTES, parsePolicyDocument, PolicyDocumentError } from "../src/access/iam-policy";

const arn = "arn:aws:codeartifact:us-west-2:111122223333:domain/my-domain";
const policy = (statements: object | object[], version: string | null = "2012-10-17") =>
  JSON.stringify({ ...(version ? { Version: version } : {}), Statement: statements });
const allow = (principal: unknown, action: unknown = "codeartifact:*", extra: object = {}) => ({
  Effect: "Allow",
  Principal: principal,
  Action: action,
  Resource: "*",
  ...extra,
});
const request = (account: string, action = "codeartifact:DescribeDomain", resourceArn = arn) => ({ account, action, resourceArn });

function rejection(text: string): string {
  try {
    parsePolicyDocument(text);
  } catch (error) {
    if (error instanceof PolicyDocumentError) return error.message;
    throw error;
  }
  throw new Error("accepted");
}

describe("resource policy documents", () => {
  it("accept the user guide's examples", () => {
    const basic = policy({
      Sid: "BasicDomainPolicy",
      Action: [
        "codeartifact:GetDomainPermissionsPolicy",
        "codeartifact:ListRepositoriesInDomain",
        "codeartifact:GetAuthorizationToken",
        "codeartifact:DescribeDomain",
        "codeartifact:CreateRepository",
      ],
      Effect: "Allow",
      Resource: "*",
      Principal: { AWS: "arn:aws:iam::123456789012:root" },
    });
    expect(parsePolicyDocument(basic).statements).toHaveLength(1);
    const organization = policy({
      Sid: "DomainPolicyForOrganization",
      Effect: "Allow",
      Principal: "*",
      Action: ["codeartifact:GetAuthorizationToken"],
      Resource: "*",
      Condition: { StringEquals: { "aws:PrincipalOrgID": ["o-xxxxxxxxxxx"] } },
    });
    expect(parsePolicyDocument(organization).statements[0].conditional).toBe(true);
  });

  it("name what is wrong with an invalid document", () => {
    expect(rejection("{not json")).toBe("Policy document is not valid JSON.");
    expect(rejection("[]")).toBe("Policy document must be a JSON object.");
    expect(rejection(policy(allow("*"), "2020-01-01"))).toMatch(/Version must be "2012-10-17" or "2008-10-17"/);
    expect(rejection(JSON.stringify({ Version: "2012-10-17" }))).toMatch(/missing the required field Statement/);
    expect(rejection(policy([]))).toMatch(/Statement must not be empty/);
    expect(rejection(policy({ ...allow("*"), Effect: "Maybe" }))).toMatch(/Effect must be "Allow" or "Deny"/);
    expect(rejection(policy({ Effect: "Allow", Action: "codeartifact:*", Resource: "*" }))).toMatch(/Principal or NotPrincipal/);
    expect(rejection(policy({ Effect: "Allow", Principal: "*", Resource: "*" }))).toMatch(/Action or NotAction/);
    expect(rejection(policy(allow({ AWS: "bob" })))).toMatch(/Invalid principal/);
    expect(rejection(policy(allow("*", "not an action")))).toMatch(/invalid action/);
    expect(
      rejection(
        policy([
          { ...allow("*"), Sid: "A" },
          { ...allow("*"), Sid: "A" },
        ]),
      ),
    ).toMatch(/must be unique/);
    expect(rejection(policy({ ...allow("*"), Extra: 1 }))).toMatch(/unknown field: Extra/);
    expect(rejection(JSON.stringify({ Statement: allow("*"), Other: 1 }))).toMatch(/unknown field: Other/);
  });

  it("enforce AWS's size limit in bytes", () => {
    const big = policy({ ...allow("*"), Sid: "x".repeat(MAX_POLICY_BYTES) });
    expect(rejection(big)).toMatch(/exceeds the maximum of 7168 bytes/);
  });

  it("accept a single statement object and a missing Version", () => {
    expect(parsePolicyDocument(policy(allow("*"), null)).version).toBeUndefined();
  });
});

describe("evaluating a resource policy for another account", () => {
  const evaluate = (statements: object | object[], req = request("123456789012")) => evaluatePolicy(parsePolicyDocument(policy(statements)), req);

  it("allows accounts named by id, root ARN, any IAM/STS ARN of the account, or *", () => {
    for (const principal of [
      "*",
      { AWS: "*" },
      { AWS: "123456789012" },
      { AWS: "arn:aws:iam::123456789012:root" },
      { AWS: ["arn:aws:sts::123456789012:assumed-role/ci/x"] },
    ]) {
      expect(evaluate(allow(principal)), JSON.stringify(principal)).toBe("allow");
    }
    expect(evaluate(allow({ AWS: "arn:aws:iam::999999999999:root" }))).toBe("none");
    expect(evaluate(allow({ Service: "codebuild.amazonaws.com" }))).toBe("none");
  });

  it("matches actions case-insensitively with wildcards, and resources by pattern", () => {
    expect(evaluate(allow("*", "codeartifact:describe*"))).toBe("allow");
    expect(evaluate(allow("*", "codeartifact:List*"))).toBe("none");
    expect(evaluate(allow("*", "*"))).toBe("allow");
    expect(evaluate({ ...allow("*"), Resource: "arn:aws:codeartifact:us-west-2:111122223333:domain/*" })).toBe("allow");
    expect(evaluate({ ...allow("*"), Resource: "arn:aws:codeartifact:us-west-2:111122223333:repository/*" })).toBe("none");
  });

  it("lets an explicit Deny win over any Allow", () => {
    const deny = { Effect: "Deny", Principal: { AWS: "123456789012" }, Action: "codeartifact:DescribeDomain", Resource: "*" };
    expect(evaluate([allow("*"), deny])).toBe("deny");
    expect(evaluate([allow("*"), deny], request("123456789012", "codeartifact:CreateRepository"))).toBe("allow");
  });

  it("understands NotPrincipal and NotAction", () => {
    expect(evaluate({ Effect: "Allow", NotPrincipal: { AWS: "999999999999" }, Action: "codeartifact:*", Resource: "*" })).toBe("allow");
    expect(evaluate({ Effect: "Allow", Principal: "*", NotAction: "codeartifact:Delete*", Resource: "*" })).toBe("allow");
    expect(evaluate({ Effect: "Allow", Principal: "*", NotAction: "codeartifact:Describe*", Resource: "*" })).toBe("none");
  });

  it("leaves statements with conditions out", () => {
    expect(evaluate(allow("*", "codeartifact:*", { Condition: { StringEquals: { "aws:PrincipalOrgID": "o-1" } } }))).toBe("none");
  });

  it("treats a missing or unreadable stored document as granting nothing", () => {
    expect(evaluatePolicyText(undefined, request("123456789012"))).toBe("none");
    expect(evaluatePolicyText("{", request("123456789012"))).toBe("none");
  });
});
