import { createHmac } from "node:crypto";
import type { Partition } from "@codeartifact-local/store";
import { arnPartition, invalid } from "@codeartifact-local/package-service";

// A domain's KMS key. Without one, AWS encrypts with the account's AWS managed key
// `aws/codeartifact`: one key per account and region, shared by all its domains. There is no KMS
// here, so that key's id is derived from the server secret, stable for a data dir, and a key named
// by the caller is only normalized to the key ARN DescribeDomain reports.

function uuidFrom(bytes: Buffer): string {
  const b = Buffer.from(bytes.subarray(0, 16));
  b[6] = (b[6] & 0x0f) | 0x40; // looks like a version-4 UUID, as KMS key ids do
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function kmsArn(owner: Partition, resource: string): string {
  return `arn:${arnPartition(owner.region)}:kms:${owner.region}:${owner.account}:${resource}`;
}

/** The ARN of the account's AWS managed key for CodeArtifact in the region. */
export function defaultEncryptionKeyArn(owner: Partition, secret: Buffer): string {
  const digest = createHmac("sha256", secret).update(`aws/codeartifact\0${owner.account}\0${owner.region}`).digest();
  return kmsArn(owner, `key/${uuidFrom(digest)}`);
}

const KEY_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
const ALIAS = /^alias\/[A-Za-z0-9/_-]{1,250}$/;
const KMS_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):(key\/.+|alias\/.+)$/;

/**
 * A key id, key ARN, alias name or alias ARN, as CreateDomain accepts, turned into an ARN in the
 * caller's account and region. KMS keys are regional, so a key of another region is refused.
 */
export function resolveEncryptionKey(key: string, owner: Partition): string {
  const arn = KMS_ARN.exec(key);
  if (arn) {
    const [, partition, region, , resource] = arn;
    const valid =
      partition === arnPartition(owner.region) &&
      region === owner.region &&
      (resource.startsWith("alias/") ? ALIAS.test(resource) : KEY_ID.test(resource.slice(4)));
    if (!valid) throw keyError(key);
    return key;
  }
  if (KEY_ID.test(key)) return kmsArn(owner, `key/${key}`);
  if (ALIAS.test(key)) return kmsArn(owner, key);
  throw keyError(key);
}

function keyError(key: string) {
  return invalid(`Invalid encryption key: '${key}' is not a KMS key id, key ARN, alias or alias ARN in this account and region.`, "ENCRYPTION_KEY_ERROR");
}

/** Where AWS says a domain's assets are stored. */
export function assetBucketArn(owner: Partition): string {
  return `arn:${arnPartition(owner.region)}:s3:::assets-${owner.account}-${owner.region}`;
}
