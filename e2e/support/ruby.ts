import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, type RunResult } from "./npm";
import type { BuiltGem } from "./ruby-gems";

// RubyGems and Bundler, isolated: HOME, GEM_HOME, GEM_SPEC_CACHE and Bundler's user home, app
// config and install path all point into a temp directory, so nothing reads or writes the
// machine's configuration, and no default source is used (every command names its source), so
// nothing reaches rubygems.org.

export class RubyClientEnv {
  readonly env: NodeJS.ProcessEnv;

  constructor(readonly dir: string) {
    mkdirSync(join(dir, "home"), { recursive: true });
    this.env = {
      PATH: process.env.PATH,
      HOME: join(dir, "home"),
      // Installs go to GEM_HOME; GEM_PATH is left to Debian's defaults, so `bundle` runs the
      // ruby-bundler package's Bundler rather than the older copy Ruby ships as a default gem.
      GEM_HOME: join(dir, "gems"),
      GEM_SPEC_CACHE: join(dir, "spec-cache"),
      BUNDLE_USER_HOME: join(dir, "bundle-home"),
      BUNDLE_SILENCE_ROOT_WARNING: "1",
      BUNDLE_RETRY: "0",
      BUNDLE_JOBS: "4",
      LANG: "C.UTF-8",
    };
  }

  /** `gem <args>` with this environment (no ~/.gemrc of the machine: HOME is private). */
  gem(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> {
    return run("gem", args, { cwd: this.dir, env: { ...this.env, ...extraEnv }, timeoutMs: 120_000 });
  }

  /** Writes gems into a fresh folder and pushes each with `gem push --host`, the token in GEM_HOST_API_KEY. */
  async push(gem: BuiltGem, host: string, token: string): Promise<RunResult> {
    const folder = join(this.dir, "push");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, gem.filename), gem.bytes);
    return run("gem", ["push", "--host", host, join(folder, gem.filename)], { cwd: folder, env: { ...this.env, GEM_HOST_API_KEY: token }, timeoutMs: 120_000 });
  }

  /** A Bundler project folder with a Gemfile on `source`, its config and install path inside it. */
  project(name: string, source: string, gems: string[]): string {
    const folder = join(this.dir, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "Gemfile"), `source ${JSON.stringify(source)}\n${gems.map((g) => `gem ${JSON.stringify(g)}\n`).join("")}`);
    return folder;
  }

  bundle(folder: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> {
    const env = { ...this.env, BUNDLE_APP_CONFIG: join(folder, ".bundle"), BUNDLE_PATH: join(folder, "vendor"), ...extraEnv };
    return run("bundle", args, { cwd: folder, env, timeoutMs: 180_000 });
  }

  ruby(code: string, folder = this.dir): Promise<RunResult> {
    return run("ruby", ["-e", code], { cwd: folder, env: this.env });
  }
}

/** An endpoint URL with `aws:<token>` in it, as a gem source. */
export const withToken = (endpoint: string, token: string) => endpoint.replace("://", `://aws:${encodeURIComponent(token)}@`);

const md5 = (text: string) => createHash("md5").update(text).digest("hex");

function infoLine(gem: BuiltGem): string {
  const deps = (gem.spec.dependencies ?? [])
    .map(
      ([name, req]) =>
        `${name}:${req
          .split(",")
          .map((r) => r.trim())
          .join("&")}`,
    )
    .join(",");
  const platform = gem.spec.platform && gem.spec.platform !== "ruby" ? `-${gem.spec.platform}` : "";
  const ruby = gem.spec.requiredRuby ? `,ruby:${gem.spec.requiredRuby}` : "";
  return `${gem.spec.version}${platform} ${deps}|checksum:${gem.sha256}${ruby}`;
}

/**
 * A static compact index (as rubygems.org lays it out): `versions`, `info/<gem>`, `names`,
 * `gems/<file>` and the quick gemspecs, which real RubyGems writes (`Marshal.dump` of the spec
 * read from each gem), so the stand-in does not depend on the code under test.
 */
export async function writeStaticGemIndex(root: string, gems: BuiltGem[]): Promise<void> {
  for (const dir of ["info", "gems", "quick/Marshal.4.8"]) mkdirSync(join(root, dir), { recursive: true });
  const byName = new Map<string, BuiltGem[]>();
  for (const gem of gems) {
    byName.set(gem.spec.name, [...(byName.get(gem.spec.name) ?? []), gem]);
    writeFileSync(join(root, "gems", gem.filename), gem.bytes);
  }
  const lines: string[] = [];
  for (const [name, list] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const info = `---\n${list.map((g) => `${infoLine(g)}\n`).join("")}`;
    writeFileSync(join(root, "info", name), info);
    const versions = list.map((g) => `${g.spec.version}${g.spec.platform && g.spec.platform !== "ruby" ? `-${g.spec.platform}` : ""}`);
    lines.push(`${name} ${versions.join(",")} ${md5(info)}\n`);
  }
  writeFileSync(join(root, "versions"), `created_at: 2026-01-15T00:00:00Z\n---\n${lines.join("")}`);
  writeFileSync(join(root, "names"), `---\n${[...byName.keys()].sort().join("\n")}\n`);
  const quick = await run(
    "ruby",
    [
      "-rrubygems/package",
      "-e",
      'ARGV.each { |f| s = Gem::Package.new(f).spec; File.binwrite(File.join(ENV["QUICK"], "#{s.full_name}.gemspec.rz"), Gem.deflate(Marshal.dump(s))) }',
      ...gems.map((g) => join(root, "gems", g.filename)),
    ],
    { env: { PATH: process.env.PATH, HOME: root, QUICK: join(root, "quick/Marshal.4.8") } },
  );
  if (quick.code !== 0) throw new Error(`writing quick gemspecs failed: ${quick.output}`);
}
