// The program as a user runs it: `node bin/codeartifact-local.js` (the `codeartifact-local` bin)
// and `pnpm start`, each a real process; errors must be one line, signals must stop it cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, Socket, type Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { build, isStale } from "../build.mjs";
import packageJson from "../package.json" with { type: "json" };

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(appRoot, "../..");
const bin = join(appRoot, "bin", "codeartifact-local.js");

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function finished(child: ChildProcess): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.once("close", (code, signal) => done({ code, signal, stdout, stderr })));
}

function run(args: string[]): Promise<Finished> {
  return finished(spawn(process.execPath, [bin, ...args], { cwd: appRoot, stdio: ["ignore", "pipe", "pipe"] }));
}

/** The single line a failed start prints: the program's name, a sentence, no stack frame. */
function expectOneLineError(result: Finished, pattern: RegExp): void {
  expect(result.code, result.stderr).not.toBe(0);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(/^codeartifact-local: /);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** Starts a command and resolves with the URL of its ready line. */
async function started(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((done, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line:\n${output()}`)), 60_000);
    const look = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout?.on("data", look);
    child.once("close", () => reject(new Error(`exited before it was ready:\n${output()}`)));
  });
}

/** True when something accepts connections on the URL's port. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const socket = new Socket();
    socket.once("connect", () => (socket.destroy(), done(true)));
    socket.once("error", () => done(false));
    socket.connect(Number(port), hostname);
  });
}

/** `pnpm start -- <args>` from the repository root, as the README says, until its ready line. */
async function pnpmStart(args: string[]) {
  const child = spawn("pnpm", ["start", "--", ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once("close", (code, signal) => done({ code, signal })));
  const url = await started(child, () => output);
  return { child, url, exit, output: () => output };
}

beforeAll(async () => {
  // Once here, rather than by the first of several programs started at the same time.
  if (isStale()) await build();
}, 120_000);

describe("codeartifact-local command line", () => {
  it("prints its help and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: codeartifact-local \[options\]/);
    for (const flag of ["--port", "--host", "--data-dir", "--in-memory", "--hostname", "--log-level", "--quota", "--external-connection-url", "--version"]) {
      expect(result.stdout).toContain(flag);
    }
  });

  it("prints its version and exits 0", async () => {
    const result = await run(["--version"]);
    expect(result).toMatchObject({ code: 0, stdout: `${packageJson.version}\n`, stderr: "" });
  });

  it("refuses a misspelt flag in one line", async () => {
    const result = await run(["--prot", "4566"]);
    expectOneLineError(result, /unknown option '--prot'.*--port/);
    expect(result.code).toBe(2);
  });

  it("refuses a bad port in one line, from a flag or the environment", async () => {
    expectOneLineError(await run(["--port", "70000"]), /invalid port "70000"/);
    const fromEnv = await finished(spawn(process.execPath, [bin], { cwd: appRoot, env: { ...process.env, PORT: "http" }, stdio: ["ignore", "pipe", "pipe"] }));
    expectOneLineError(fromEnv, /invalid port "http"/);
  });

  it("says in one line that the port is in use", async () => {
    const taken: Server = createServer();
    await new Promise<void>((done) => taken.listen(0, "127.0.0.1", done));
    const port = (taken.address() as { port: number }).port;
    try {
      const result = await run(["--port", String(port), "--in-memory"]);
      expectOneLineError(result, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use`));
      expect(result.code).toBe(1);
    } finally {
      taken.close();
    }
  });
});

describe("in a terminal", () => {
  it("prints the banner and human-readable logs", async () => {
    // `script` gives the program a pseudo-terminal, as an interactive shell would. `exec` makes the program
    // the terminal's only foreground process: without SHELL, `script` runs the command under dash, which
    // Ctrl-C would kill too (exit 130) while the program stops cleanly.
    const dataDir = mkdtempSync(join(tmpdir(), "ca-banner-"));
    const child = spawn("script", ["-qfec", `exec ${process.execPath} ${bin} --port 0 --data-dir ${dataDir}`, "/dev/null"], {
      cwd: appRoot,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exit = new Promise<number | null>((done) => child.once("close", done));
    const url = await started(child, () => output);
    await fetch(`${url}/v1/domain?domain=x`, { method: "POST" });
    await new Promise((done) => setTimeout(done, 500));
    child.stdin.write("\x03"); // Ctrl-C: the terminal sends SIGINT to the program
    expect(await exit).toBe(0);
    const text = output.replace(/\x1b\[[0-9;]*m/g, "");
    expect(text).toContain(`codeartifact-local ${packageJson.version} listening on ${url}`);
    expect(text).toContain(`console       ${url}/console/`);
    expect(text).toMatch(new RegExp(`data +${dataDir}\r?\n`));
    rmSync(dataDir, { recursive: true, force: true });
    expect(text).toMatch(/public:npmjs +https:\/\/registry\.npmjs\.org\//);
    expect(text).toContain(`export AWS_ENDPOINT_URL_CODEARTIFACT=${url}`);
    expect(text).toContain("aws codeartifact login --tool npm");
    expect(text).toMatch(/INFO: POST \/v1\/domain\?domain=x 400 \d+ ms: ValidationException: .*Value .x. at .domain./);
    expect(text).not.toContain('{"level"');
  }, 60_000);
});

describe("pnpm start", () => {
  it("passes flags after -- and stops on SIGTERM sent to pnpm, leaving nothing listening", async () => {
    const server = await pnpmStart(["--port", "0", "--in-memory", "--log-format", "json"]);
    expect(await (await fetch(`${server.url}/health`)).json()).toMatchObject({ status: "ok" });
    const refused = await fetch(`${server.url}/v1/domain?domain=x`, { method: "POST" });
    expect(refused.status).toBe(400);
    server.child.kill("SIGTERM");
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/"signal":"SIGTERM","msg":"stopping"/);
    expect(server.output()).toMatch(
      /"inMemory":true,.*"externalConnectionUrls":\{"public:npmjs":"https:\/\/registry\.npmjs\.org\/".*"msg":"codeartifact-local started"/,
    );
    // One line per request; a 4xx names its error type and message.
    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.includes('"url":"/v1/domain?domain=x"'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      statusCode: 400,
      errorType: "ValidationException",
      errorMessage: expect.stringMatching(/Value 'x' at 'domain'/),
    });
    expect(await listening(server.url)).toBe(false);
  }, 120_000);

  it("exits 0 on SIGINT after stopping the server", async () => {
    const server = await pnpmStart(["--port", "0", "--in-memory"]);
    server.child.kill("SIGINT");
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/"signal":"SIGINT","msg":"stopping"/);
    expect(await listening(server.url)).toBe(false);
  }, 120_000);
});
