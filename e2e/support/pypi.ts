import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { awsCli, type CliResult } from "./aws-cli";
import { run, type RunResult } from "./npm";
import type { Distribution, ProjectSpec } from "./pypi-dist";

// Python clients, isolated: HOME (where twine's ~/.pypirc and pip's user config go) and
// XDG_CONFIG_HOME point into a temp directory, PIP_CONFIG_FILE names that same pip.conf, the pip
// cache is private, keyring is off (twine would otherwise try a desktop keyring), and nothing
// retries, so failures show at once. `aws codeartifact login` writes into the same places.

export class PythonClientEnv {
  readonly env: NodeJS.ProcessEnv;
  readonly pipConf: string;
  readonly pypirc: string;

  constructor(readonly dir: string) {
    mkdirSync(join(dir, ".config", "pip"), { recursive: true });
    this.pipConf = join(dir, ".config", "pip", "pip.conf");
    this.pypirc = join(dir, ".pypirc");
    this.env = {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_CONFIG_HOME: join(dir, ".config"),
      PIP_CONFIG_FILE: this.pipConf,
      PIP_CACHE_DIR: join(dir, "pip-cache"),
      PIP_DISABLE_PIP_VERSION_CHECK: "1",
      PIP_NO_INPUT: "1",
      PIP_RETRIES: "0",
      PIP_TIMEOUT: "30",
      PYTHON_KEYRING_BACKEND: "keyring.backends.null.Keyring",
      PYTHONDONTWRITEBYTECODE: "1",
    };
  }

  /** `aws codeartifact login --tool pip|twine`, writing into this environment. */
  login(tool: "pip" | "twine", endpoint: string, domain: string, repository: string, extra: string[] = []): Promise<CliResult> {
    return awsCli(endpoint, ["codeartifact", "login", "--tool", tool, "--domain", domain, "--repository", repository, ...extra], {
      HOME: this.dir,
      XDG_CONFIG_HOME: this.env.XDG_CONFIG_HOME,
      PIP_CONFIG_FILE: this.pipConf,
      PIP_DISABLE_PIP_VERSION_CHECK: "1",
    });
  }

  /** A fresh virtual environment (created once per name), returning its directory. */
  async venv(name = "venv"): Promise<string> {
    const path = join(this.dir, name);
    if (!existsSync(join(path, "bin", "python"))) {
      const made = await run("python3", ["-m", "venv", path], { env: this.env });
      if (made.code !== 0) throw new Error(`python3 -m venv failed: ${made.output}`);
    }
    return path;
  }

  /** pip of a virtual environment of this setup. */
  async pip(args: string[], venv = "venv"): Promise<RunResult> {
    return run(join(await this.venv(venv), "bin", "pip"), args, { cwd: this.dir, env: this.env, timeoutMs: 180_000 });
  }

  async python(code: string, venv = "venv"): Promise<RunResult> {
    return run(join(await this.venv(venv), "bin", "python"), ["-c", code], { cwd: this.dir, env: this.env });
  }

  /** Writes distributions into a fresh folder and uploads them with twine. */
  twineUpload(dists: Distribution[], extra: string[] = ["-r", "codeartifact"]): Promise<RunResult> {
    const folder = join(this.dir, `dist-${Date.now()}-${Math.random().toString(36).slice(2)}`);
    mkdirSync(folder, { recursive: true });
    const paths = dists.map((d) => {
      writeFileSync(join(folder, d.filename), d.bytes);
      return join(folder, d.filename);
    });
    return run("twine", ["upload", "--non-interactive", "--disable-progress-bar", ...extra, ...paths], { cwd: this.dir, env: this.env });
  }
}

/** The legacy upload form for one file, as twine sends it (for wire-level tests and the bench). */
export function uploadForm(spec: ProjectSpec, dist: Distribution, overrides: Record<string, string> = {}): FormData {
  const form = new FormData();
  const fields: Array<[string, string]> = [
    [":action", "file_upload"],
    ["protocol_version", "1"],
    ["metadata_version", "2.1"],
    ["name", spec.name],
    ["version", spec.version],
    ["filetype", dist.filename.endsWith(".whl") ? "bdist_wheel" : "sdist"],
    ["pyversion", dist.filename.endsWith(".whl") ? "py3" : "source"],
    ["summary", spec.summary ?? ""],
    ["license", spec.license ?? ""],
    ["description", spec.description ?? ""],
    ["requires_python", spec.requires_python ?? ""],
    ["sha256_digest", dist.sha256],
    ["md5_digest", createHash("md5").update(dist.bytes).digest("hex")],
    ...(spec.requires_dist ?? []).map((r): [string, string] => ["requires_dist", r]),
  ];
  for (const [key, value] of fields) form.append(key, overrides[key] ?? value);
  form.append("content", new Blob([dist.bytes]), dist.filename);
  return form;
}

/** Writes a static PEP 503 tree (`simple/<project>/index.html`, files with PEP 658 metadata). */
export function writeStaticIndex(root: string, dists: Array<{ project: string; dist: Distribution; requiresPython?: string }>): void {
  const byProject = new Map<string, typeof dists>();
  for (const entry of dists) byProject.set(entry.project, [...(byProject.get(entry.project) ?? []), entry]);
  mkdirSync(join(root, "files"), { recursive: true });
  for (const [project, entries] of byProject) {
    const links = entries.map(({ dist, requiresPython }) => {
      writeFileSync(join(root, "files", dist.filename), dist.bytes);
      let attributes = `href="../../files/${dist.filename}#sha256=${dist.sha256}"`;
      if (requiresPython) attributes += ` data-requires-python="${requiresPython.replace(/>/g, "&gt;").replace(/</g, "&lt;")}"`;
      if (dist.metadata) {
        writeFileSync(join(root, "files", `${dist.filename}.metadata`), dist.metadata);
        const digest = createHash("sha256").update(dist.metadata).digest("hex");
        attributes += ` data-dist-info-metadata="sha256=${digest}" data-core-metadata="sha256=${digest}"`;
      }
      return `<a ${attributes}>${dist.filename}</a><br/>`;
    });
    mkdirSync(join(root, "simple", project), { recursive: true });
    writeFileSync(join(root, "simple", project, "index.html"), `<!DOCTYPE html><html><body>\n${links.join("\n")}\n</body></html>\n`);
  }
}

export interface StaticServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** `python3 -m http.server` over `root`, on a free port of 127.0.0.1. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const child = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", root], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`http.server did not start: ${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /port (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", () => undefined);
    child.once("exit", (code) => reject(new Error(`http.server exited with ${code}: ${output}`)));
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return {
    url,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
