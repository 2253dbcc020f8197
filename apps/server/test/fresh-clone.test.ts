// A new user's first run: a clone of the repository in a folder with no ../shared beside it,
// the README's quick-start commands as written, and a first request from the AWS CLI.
// (It clones the committed HEAD: uncommitted changes are not part of the run.)
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const work = mkdtempSync(join(tmpdir(), "ca-fresh-clone-"));
const clone = join(work, "codeartifact-local");

// The clone holds a whole node_modules: removing it takes a while on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** The shell lines of the README's first quick-start block. */
function quickStart(): string[] {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Quick start"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter(Boolean);
}

it("runs the README's quick start in a fresh clone without ../shared and answers the AWS CLI", async () => {
  const commands = quickStart();
  expect(commands.at(-1)).toBe("pnpm start");
  execFileSync("git", ["clone", "--quiet", repoRoot, clone]);
  expect(existsSync(join(work, "shared"))).toBe(false);

  for (const command of commands.slice(0, -1)) {
    const pnpmInstall = /^npm (?:i|install) -g pnpm@(\S+)$/.exec(command);
    if (pnpmInstall) {
      // Installing globally is the machine's business, not a test's: the version must already be there.
      expect(execFileSync("pnpm", ["--version"], { encoding: "utf8" }).trim()).toBe(pnpmInstall[1]);
      continue;
    }
    execFileSync("sh", ["-c", command], { cwd: clone, stdio: "pipe", timeout: 150_000 });
  }

  // `pnpm start`, on a free port rather than 4566, which may be taken on a shared machine.
  const server = spawn("sh", ["-c", "exec pnpm start --port 0"], { cwd: clone, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((done) => server.once("close", done));
  try {
    const url = await new Promise<string>((done, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line:\n${output}`)), 90_000);
      server.stdout.on("data", () => {
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) done(match[1]);
        if (match) clearTimeout(timer);
      });
      server.once("close", () => reject(new Error(`pnpm start exited:\n${output}`)));
    });

    // The variable the README and the banner name, read by the AWS CLI itself.
    const answer = execFileSync("aws", ["codeartifact", "create-domain", "--domain", "first-run", "--output", "json"], {
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_ENDPOINT_URL_CODEARTIFACT: url,
        AWS_ACCESS_KEY_ID: "123456789012",
        AWS_SECRET_ACCESS_KEY: "x",
        AWS_DEFAULT_REGION: "us-east-1",
        AWS_CONFIG_FILE: "/dev/null",
        AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      },
      timeout: 60_000,
    });
    expect(JSON.parse(answer).domain).toMatchObject({ name: "first-run", owner: "123456789012", status: "Active" });
    // State lives in .data under the folder pnpm start runs in, the repository root.
    expect(existsSync(join(clone, ".data", "codeartifact.db"))).toBe(true);
    expect(existsSync(join(clone, "apps", "server", "dist", "main.js"))).toBe(true);
  } finally {
    server.kill("SIGTERM");
  }
  expect(await exit).toBe(0);
}, 240_000);
