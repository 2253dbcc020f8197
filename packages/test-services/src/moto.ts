// A throwaway S3 API: moto_server (pip package `moto`) on a free loopback port.
import { spawn } from "node:child_process";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { freePort } from "./free-port";

export interface ThrowawayS3 {
  endpoint: string;
  /** What a server (or any AWS SDK) needs in its environment to use this S3. */
  env: Record<string, string>;
  client(): S3Client;
  createBucket(name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startMoto(): Promise<ThrowawayS3> {
  const port = await freePort();
  const child = spawn("moto_server", ["-H", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const spawnFailed = new Promise<never>((_, reject) => child.once("error", reject));
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await Promise.race([
      fetch(`${endpoint}/moto-api/`).then(
        () => true,
        () => false,
      ),
      spawnFailed,
      exited.then(() => {
        throw new Error(`moto_server exited:\n${stderr}`);
      }),
    ]);
    if (up) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`moto_server did not start:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  const env = {
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_ACCESS_KEY_ID: "testing",
    AWS_SECRET_ACCESS_KEY: "testing",
    AWS_REGION: "us-east-1",
  };
  const client = () =>
    new S3Client({
      endpoint,
      region: env.AWS_REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY },
    });
  return {
    endpoint,
    env,
    client,
    async createBucket(name) {
      const s3 = client();
      try {
        await s3.send(new CreateBucketCommand({ Bucket: name }));
      } finally {
        s3.destroy();
      }
    },
    async stop() {
      process.removeListener("exit", kill);
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
