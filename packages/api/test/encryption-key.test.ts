import { describe, expect, it } from "vitest";
import { ServiceError } from "@codeartifact-local/package-service";
import { defaultEncryptionKeyArn, resolveEncryptionKey } from "../src/encryption-key";

const owner = { account: "111122223333", region: "us-west-2" };
const keyId = "1234abcd-12ab-34cd-56ef-1234567890ab";

describe("domain encryption keys", () => {
  it("default to one AWS managed key per account and region", () => {
    const secret = Buffer.alloc(32, 1);
    const key = defaultEncryptionKeyArn(owner, secret);
    expect(key).toMatch(/^arn:aws:kms:us-west-2:111122223333:key\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(defaultEncryptionKeyArn(owner, secret)).toBe(key);
    const other = defaultEncryptionKeyArn({ ...owner, region: "eu-west-1" }, secret);
    expect(other.startsWith("arn:aws:kms:eu-west-1:111122223333:key/")).toBe(true);
    expect(other.split("/")[1]).not.toBe(key.split("/")[1]);
  });

  it("accept a key id, key ARN, alias or alias ARN", () => {
    expect(resolveEncryptionKey(keyId, owner)).toBe(`arn:aws:kms:us-west-2:111122223333:key/${keyId}`);
    expect(resolveEncryptionKey(`arn:aws:kms:us-west-2:111122223333:key/${keyId}`, owner)).toBe(`arn:aws:kms:us-west-2:111122223333:key/${keyId}`);
    expect(resolveEncryptionKey("alias/my-key", owner)).toBe("arn:aws:kms:us-west-2:111122223333:alias/my-key");
    expect(resolveEncryptionKey("arn:aws:kms:us-west-2:444455556666:alias/shared", owner)).toBe("arn:aws:kms:us-west-2:444455556666:alias/shared");
  });

  it("refuse other values and keys of another region", () => {
    for (const key of ["my-key", `arn:aws:kms:eu-west-1:111122223333:key/${keyId}`, "arn:aws:s3:::bucket"]) {
      let error: unknown;
      try {
        resolveEncryptionKey(key, owner);
      } catch (e) {
        error = e;
      }
      expect(error, key).toBeInstanceOf(ServiceError);
      expect(error).toMatchObject({ code: "ValidationException", details: { reason: "ENCRYPTION_KEY_ERROR" } });
    }
  });
});
