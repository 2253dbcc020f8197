import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { GetAuthorizationTokenCommand, ListDomainsCommand, PublishPackageVersionCommand } from "@aws-sdk/client-codeartifact";
import { beforeAll, describe, expect, it } from "vitest";
import { awsCli } from "../support/aws-cli";
import { generatedBytes, sha256 } from "../support/assets";
import { failureOf } from "../support/errors";
import { RawConnection, within } from "../support/raw-http";
import { serverFixture } from "../support/fixture";

// Hostile and clumsy clients: bodies over a limit refused before they were read, requests the
// HTTP parser refuses, clients that vanish mid-request or stall. Every refusal must reach the
// client at once, whether it reads while sending (the SDK) or only after sending everything (the
// AWS CLI, pip, twine), and nothing of it may look like a server failure in the log.

const QUOTA = 1024 * 1024;
/** Far more than the kernel buffers on loopback, so a server that stops reading stalls the sender. */
const OVERSIZED = 24 * 1024 * 1024;
const ACCOUNT = "123456789012";
const SIGNED = `authorization: AWS4-HMAC-SHA256 Credential=${ACCOUNT}/20250101/us-west-2/codeartifact/aws4_request, SignedHeaders=host, Signature=0`;

const fx = serverFixture({
  server: { inMemory: true, args: ["--quota", `assetSizeBytes=${QUOTA}`, "--log-level", "info"] },
  domains: { hostile: ["repo"] },
});
let token: string;
let log = "";
const oversized = Buffer.concat([...generatedBytes(OVERSIZED)]);

beforeAll(async () => {
  fx.server.process.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  fx.server.process.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  token = (await fx.client.send(new GetAuthorizationTokenCommand({ domain: "hostile" }))).authorizationToken!;
});

const endpoint = (format: string) => `/${format}/d/hostile-${ACCOUNT}/repo/`;

describe("an oversized body refused early", () => {
  it("reaches the AWS CLI as the 402 within seconds", async () => {
    const file = join(fx.dir.path, "oversized.bin");
    writeFileSync(file, oversized);
    const args = ["codeartifact", "publish-package-version", "--domain", "hostile", "--repository", "repo", "--format", "generic", "--namespace", "ns"];
    args.push("--package", "big", "--package-version", "1.0", "--asset-name", "big.bin", "--asset-content", file, "--asset-sha256", sha256(oversized));
    const result = await within(
      90_000,
      "aws codeartifact publish-package-version",
      awsCli(fx.server.url, [...args, "--cli-read-timeout", "60"], { AWS_DEFAULT_REGION: "us-west-2" }),
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("ServiceQuotaExceededException");
    expect(result.stderr).toContain(`larger than the limit of ${QUOTA} bytes`);
  });

  it("reaches the AWS CLI as 413 for a JSON body over 10 MiB", async () => {
    const file = join(fx.dir.path, "policy.json");
    writeFileSync(file, JSON.stringify({ Version: "2012-10-17", Statement: [], padding: "x".repeat(OVERSIZED) }));
    const args = ["codeartifact", "put-domain-permissions-policy", "--domain", "hostile", "--policy-document", `file://${file}`, "--cli-read-timeout", "60"];
    const result = await within(90_000, "aws codeartifact put-domain-permissions-policy", awsCli(fx.server.url, args, { AWS_DEFAULT_REGION: "us-west-2" }));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("RequestEntityTooLargeException");
  });

  it("reaches the SDK as ServiceQuotaExceededException", async () => {
    const failure = await within(
      60_000,
      "PublishPackageVersion",
      failureOf(
        fx.client.send(
          new PublishPackageVersionCommand({
            domain: "hostile",
            repository: "repo",
            format: "generic",
            namespace: "ns",
            package: "big",
            packageVersion: "2.0",
            assetName: "big.bin",
            assetContent: Readable.from(generatedBytes(OVERSIZED)),
            assetSHA256: sha256(oversized),
          }),
        ),
      ),
    );
    expect(failure).toMatchObject({ name: "ServiceQuotaExceededException", status: 402 });
  });

  // A client that sends everything before reading gets every early refusal, and the connection
  // stays usable: the rest of the body was discarded, not left unread.
  const sendAllFirst: Array<[string, () => { head: string; body: Buffer }, number, (answer: { body: string; headers: Record<string, string> }) => void]> = [
    [
      "PublishPackageVersion over the asset-size quota",
      () => ({
        head: `POST /v1/package/version/publish?domain=hostile&repository=repo&format=generic&namespace=ns&package=big&version=3.0&asset=big.bin HTTP/1.1\r\nhost: x\r\n${SIGNED}\r\ncontent-type: application/octet-stream\r\nx-amz-content-sha256: ${sha256(oversized)}`,
        body: oversized,
      }),
      402,
      (answer) => expect(answer.headers["x-amzn-errortype"]).toBe("ServiceQuotaExceededException"),
    ],
    [
      "an npm dist-tag body over 64 KiB",
      () => ({
        head: `PUT ${endpoint("npm")}-/package/big/dist-tags/latest HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${token}\r\ncontent-type: application/json`,
        body: oversized,
      }),
      413,
      (answer) => expect(JSON.parse(answer.body).error).toContain("too large"),
    ],
    [
      "an npm publish whose tarball is over the quota",
      () => {
        const document = {
          name: "big",
          versions: { "1.0.0": { name: "big", version: "1.0.0", dist: { tarball: "http://ignored/big-1.0.0.tgz" } } },
          "dist-tags": { latest: "1.0.0" },
          _attachments: { "big-1.0.0.tgz": { content_type: "application/octet-stream", data: oversized.toString("base64"), length: oversized.length } },
        };
        return {
          head: `PUT ${endpoint("npm")}big HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${token}\r\ncontent-type: application/json`,
          body: Buffer.from(JSON.stringify(document)),
        };
      },
      402,
      (answer) => expect(JSON.parse(answer.body).error).toContain(`limit of ${QUOTA} bytes`),
    ],
    [
      "a PyPI upload whose file is over the quota",
      () => {
        const boundary = "reliability-boundary";
        const field = (name: string, value: string) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
        const head = [field(":action", "file_upload"), field("name", "big"), field("version", "1.0"), field("protocol_version", "1")].join("");
        const file = `--${boundary}\r\ncontent-disposition: form-data; name="content"; filename="big-1.0-py3-none-any.whl"\r\ncontent-type: application/octet-stream\r\n\r\n`;
        const body = Buffer.concat([Buffer.from(head + file), oversized, Buffer.from(`\r\n--${boundary}--\r\n`)]);
        return {
          head: `POST ${endpoint("pypi")} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${token}\r\ncontent-type: multipart/form-data; boundary=${boundary}`,
          body,
        };
      },
      402,
      (answer) => expect(answer.body).toContain(`limit of ${QUOTA} bytes`),
    ],
  ];

  for (const [what, request, status, check] of sendAllFirst) {
    it(`reaches a client that sends everything first: ${what}`, async () => {
      const connection = await RawConnection.open(fx.server.url);
      try {
        const { head, body } = request();
        const answer = await within(60_000, what, connection.exchange(head, body));
        expect(answer.status).toBe(status);
        check(answer);
        const next = await within(30_000, "the next request on the connection", connection.exchange("GET /health HTTP/1.1\r\nhost: x"));
        expect(next.status).toBe(200);
      } finally {
        connection.close();
      }
    });
  }
});

describe("requests the HTTP parser refuses", () => {
  for (const [what, head] of [
    ["a 70 KB URL", `GET /v1/domains?${"a".repeat(70_000)} HTTP/1.1\r\nhost: x`],
    ["a 70 KB header", `GET /health HTTP/1.1\r\nhost: x\r\nx-padding: ${"a".repeat(70_000)}`],
  ]) {
    it(`answer ${what} with 431 and an error type, and close the reused connection gracefully`, async () => {
      const connection = await RawConnection.open(fx.server.url);
      try {
        expect((await connection.exchange("GET /health HTTP/1.1\r\nhost: x")).status).toBe(200);
        const answer = await within(30_000, what, connection.exchange(head));
        expect(answer.status).toBe(431);
        expect(answer.headers["x-amzn-errortype"]).toBe("RequestHeaderFieldsTooLargeException");
        expect(answer.headers.connection).toBe("close");
        expect(await connection.whenClosed()).toBe("end");
      } finally {
        connection.close();
      }
    });
  }

  it("answer a request no route matches with UnknownOperationException whatever its body", async () => {
    const connection = await RawConnection.open(fx.server.url);
    try {
      const answer = await connection.exchange("POST /v1/no-such-operation HTTP/1.1\r\nhost: x\r\ncontent-type: application/json", "{not json");
      expect(answer.status).toBe(404);
      expect(answer.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
      expect(answer.body).not.toContain("FST_");
    } finally {
      connection.close();
    }
  });
});

describe("clients that vanish or stall", () => {
  it("a client disconnecting mid-upload is logged below error level, without a stack", async () => {
    const connection = await RawConnection.open(fx.server.url);
    const head = `POST /v1/package/version/publish?domain=hostile&repository=repo&format=generic&namespace=ns&package=gone&version=1.0&asset=a.bin HTTP/1.1\r\nhost: x\r\n${SIGNED}\r\ncontent-type: application/octet-stream\r\nx-amz-content-sha256: ${"0".repeat(64)}\r\ncontent-length: 500000\r\n\r\n`;
    const before = log.length;
    await connection.send(head + "a".repeat(100_000));
    // Let the server start reading the body before the client goes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    connection.close();
    await within(
      30_000,
      "the disconnect's log line",
      waitFor(() => /client disconnected|"level":50/.test(log.slice(before))),
    );
    const lines = log.split("\n").filter((line) => line.includes("package=gone") || line.includes("client disconnected") || line.includes('"level":50'));
    const entries = log
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { level: number; err?: unknown; msg: string });
    expect(
      entries.filter((entry) => entry.level >= 50),
      lines.join("\n"),
    ).toEqual([]);
    expect(log).not.toMatch(/"stack"/);
  });

  it("a stalled connection does not delay other requests", async () => {
    const stalledHead = await RawConnection.open(fx.server.url);
    const stalledBody = await RawConnection.open(fx.server.url);
    try {
      await stalledHead.send("GET /health HTTP/1.1\r\nhost: x\r\nx-partial: ");
      await stalledBody.send(
        `PUT ${endpoint("npm")}stalled HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${token}\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{"name":`,
      );
      for (let i = 0; i < 20; i++) await within(30_000, "ListDomains beside stalled connections", fx.client.send(new ListDomainsCommand({})));
      expect([stalledHead.closed, stalledBody.closed]).toEqual([undefined, undefined]);
    } finally {
      stalledHead.close();
      stalledBody.close();
    }
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}
