import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CodeartifactClient,
  CreateDomainCommand,
  CreateRepositoryCommand,
  GetAuthorizationTokenCommand,
  GetPackageVersionAssetCommand,
  ListDomainsCommand,
} from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awsCli } from "../support/aws-cli";
import { bodyOf, publishBytes } from "../support/assets";
import { failureOf } from "../support/errors";
import { http } from "../support/npm-http";
import { startServer, tempDir, type RunningServer } from "../support/server";

// --credentials: every control-plane request must carry a valid SigV4 signature made with a listed
// key; the official SDK (and the AWS CLI) sign, and what AWS refuses is refused the same way.

const KEY = { accessKeyId: "AKIAEXAMPLESIGNED01", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const ACCOUNT = "111122223333";
const dir = tempDir("ca-signing-");
let server: RunningServer;
const clients: CodeartifactClient[] = [];

function client(credentials: { accessKeyId: string; secretAccessKey: string }, extra: Partial<ConstructorParameters<typeof CodeartifactClient>[0]> = {}) {
  const made = new CodeartifactClient({ endpoint: server.url, region: "us-west-2", credentials, maxAttempts: 1, ...extra });
  clients.push(made);
  return made;
}

beforeAll(async () => {
  const file = join(dir.path, "credentials.json");
  writeFileSync(file, JSON.stringify({ [KEY.accessKeyId]: { secretAccessKey: KEY.secretAccessKey, account: ACCOUNT } }));
  server = await startServer({ inMemory: true, args: ["--credentials", file] });
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.stop();
  dir.remove();
});

describe("signed requests", () => {
  it("accepts the official SDK's signatures and acts as the key's account (JSON and streamed bodies)", async () => {
    const signed = client(KEY);
    const { domain } = await signed.send(new CreateDomainCommand({ domain: "signed" }));
    expect(domain!.owner).toBe(ACCOUNT);
    await signed.send(new CreateRepositoryCommand({ domain: "signed", repository: "repo", description: "a description with spaces / and ümlauts" }));
    expect((await signed.send(new ListDomainsCommand({}))).domains!.map((d) => d.name)).toEqual(["signed"]);
    const pkg = {
      domain: "signed",
      repository: "repo",
      format: "generic" as const,
      namespace: "ns",
      package: "tool",
      packageVersion: "1.0.0",
      assetName: "tool.bin",
    };
    await publishBytes(signed, { ...pkg, data: "streamed, signed as UNSIGNED-PAYLOAD" });
    const asset = await signed.send(new GetPackageVersionAssetCommand({ ...pkg, asset: "tool.bin" }));
    expect((await bodyOf(asset.asset)).toString()).toBe("streamed, signed as UNSIGNED-PAYLOAD");
  });

  it("accepts the AWS CLI's signatures", async () => {
    const result = await awsCli(server.url, ["codeartifact", "list-domains"], {
      AWS_ACCESS_KEY_ID: KEY.accessKeyId,
      AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey,
    });
    expect(result.code, result.stderr).toBe(0);
    expect((result.json as { domains: Array<{ name: string; owner: string }> }).domains).toMatchObject([{ name: "signed", owner: ACCOUNT }]);
    const wrong = await awsCli(server.url, ["codeartifact", "list-domains"], { AWS_ACCESS_KEY_ID: KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: "not-the-secret" });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/InvalidSignatureException/);
  });

  it("issues authorization tokens to signed callers, which the npm endpoint accepts", async () => {
    const { authorizationToken } = await client(KEY).send(new GetAuthorizationTokenCommand({ domain: "signed" }));
    const ping = await http(`${server.url}/npm/d/signed-${ACCOUNT}/repo/-/ping`, { headers: { authorization: `Bearer ${authorizationToken}` } });
    expect(ping.status).toBe(200);
  });

  it("refuses a wrong secret", async () => {
    const failure = await failureOf(client({ ...KEY, secretAccessKey: "wrong" }).send(new ListDomainsCommand({})));
    expect(failure).toMatchObject({ name: "InvalidSignatureException", status: 403 });
    expect(failure.message).toMatch(/^The request signature we calculated does not match the signature you provided/);
  });

  it("refuses an unknown access key", async () => {
    const failure = await failureOf(
      client({ accessKeyId: "AKIAUNKNOWNKEY000000", secretAccessKey: "x" }).send(new GetAuthorizationTokenCommand({ domain: "signed" })),
    );
    expect(failure).toMatchObject({ name: "UnrecognizedClientException", status: 403, message: "The security token included in the request is invalid." });
  });

  it("refuses a stale date", async () => {
    const failure = await failureOf(client(KEY, { systemClockOffset: -20 * 60 * 1000 }).send(new ListDomainsCommand({})));
    expect(failure).toMatchObject({ name: "InvalidSignatureException", status: 403 });
    expect(failure.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/);
  });

  it("refuses a body changed after signing, and keeps nothing", async () => {
    const tampering = client(KEY);
    // The deserialize step runs after signing (finalizeRequest), just before the request is sent.
    tampering.middlewareStack.add(
      ((next: (args: { request: { body?: unknown } }) => Promise<unknown>) => async (args: { request: { body?: unknown } }) => {
        const body = Buffer.from(args.request.body as Uint8Array).toString("utf8");
        expect(body).toContain("honest");
        args.request.body = Buffer.from(body.replace("honest", "forged"));
        return next(args);
      }) as never,
      { step: "deserialize", name: "tamper" },
    );
    const failure = await failureOf(tampering.send(new CreateRepositoryCommand({ domain: "signed", repository: "tampered", description: "honest" })));
    expect(failure).toMatchObject({ name: "InvalidSignatureException", status: 403 });
    // Nothing was created: the same name is still free.
    const created = await client(KEY).send(new CreateRepositoryCommand({ domain: "signed", repository: "tampered" }));
    expect(created.repository!.name).toBe("tampered");
  });

  it("refuses unsigned requests, token requests included", async () => {
    const answer = await http(`${server.url}/v1/domains`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(answer.status).toBe(403);
    expect(answer.headers["x-amzn-errortype"]).toBe("MissingAuthenticationTokenException");
    const token = await http(`${server.url}/v1/authorization-token?domain=signed`, { method: "POST" });
    expect(token.status).toBe(403);
    expect(token.json()).not.toHaveProperty("authorizationToken");
  });
});
