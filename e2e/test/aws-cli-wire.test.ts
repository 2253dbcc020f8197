import { describe, expect, it } from "vitest";
import { awsCli } from "../support/aws-cli";
import { serverFixture } from "../support/fixture";

const fx = serverFixture();

// The AWS CLI (botocore) parses every answer of the generated pipeline: a success, a modeled
// error or NotImplemented, never a parse failure or a route miss.
const calls: string[][] = [
  ["codeartifact", "list-domains"],
  ["codeartifact", "create-domain", "--domain", "cli-domain"],
  ["codeartifact", "describe-domain", "--domain", "cli-domain"],
  ["codeartifact", "list-repositories"],
  ["codeartifact", "get-repository-endpoint", "--domain", "cli-domain", "--repository", "repo", "--format", "npm"],
];

describe("AWS CLI against the generated server", () => {
  for (const args of calls) {
    it(args.slice(1).join(" "), async () => {
      const result = await awsCli(fx.server.url, args);
      if (result.code === 0) {
        expect(result.json).toBeTypeOf("object");
      } else {
        expect(result.stderr).toMatch(/An error occurred \((NotImplemented|ResourceNotFoundException|ConflictException)\) when calling the \w+ operation: \S/);
      }
    });
  }

  it("reports validation failures with AWS's message", async () => {
    const result = await awsCli(fx.server.url, ["codeartifact", "describe-domain", "--domain", "NO"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      "An error occurred (ValidationException) when calling the DescribeDomain operation: 1 validation error detected: Value 'NO' at 'domain' failed to satisfy constraint: Member must satisfy regular expression pattern",
    );
  });
});
