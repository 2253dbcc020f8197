import { deflateSync } from "node:zlib";
import { dump, RubyObject } from "@hyrious/marshal";
import type { GemRequirement, GemSpec } from "./gem-spec";

// Ruby Marshal 4.8 documents, written with @hyrious/marshal: the quick gemspec
// (`quick/Marshal.4.8/<full name>.gemspec.rz`, a deflated `Marshal.dump(spec)`) and the dependency
// API's answer. A Gem::Specification dumps itself with `_dump`: a user-defined object whose bytes
// are a Marshal dump of a 19-element array, the layout `Gem::Specification._load` reads back;
// Gem::Version and Gem::Requirement use `marshal_dump` (arrays), Gem::Dependency is a plain object.

const sym = (name: string) => Symbol.for(name);

function rubyObject(className: string, ivars: Record<string, unknown> = {}): RubyObject {
  const object = new RubyObject(sym(className)) as RubyObject & Record<symbol, unknown>;
  for (const [name, value] of Object.entries(ivars)) object[sym(name)] = value;
  return object;
}

function gemVersion(version: string): RubyObject {
  const object = rubyObject("Gem::Version");
  object.userMarshal = [version];
  return object;
}

function gemRequirement(requirement: GemRequirement): RubyObject {
  const object = rubyObject("Gem::Requirement");
  object.userMarshal = [requirement.map(([op, version]) => [op, gemVersion(version)])];
  return object;
}

/** Time as `Time#_dump` writes a UTC time: two little-endian words, and the zone. */
function utcTime(date: string | undefined): RubyObject {
  const [year, month, day] = (date ?? "1980-01-02").split("-").map((n) => Number.parseInt(n, 10));
  const bytes = Buffer.alloc(8);
  bytes.writeUInt32LE(0x80000000 + 0x40000000 + (year - 1900) * 0x4000 + (month - 1) * 0x400 + day * 0x20, 0);
  const time = rubyObject("Time", { zone: new Uint8Array(Buffer.from("UTC")) });
  time.userDefined = new Uint8Array(bytes);
  return time;
}

/** The Marshal bytes of a Gem::Specification (what `Marshal.dump(spec)` gives). */
export function specificationMarshal(spec: GemSpec): Buffer {
  const dependencies = spec.dependencies.map((d) =>
    rubyObject("Gem::Dependency", {
      "@name": d.name,
      "@requirement": gemRequirement(d.requirement),
      "@type": sym(d.type),
      "@prerelease": false,
      "@version_requirements": gemRequirement(d.requirement),
    }),
  );
  const fields = [
    spec.rubygemsVersion ?? "3.3.15",
    spec.specificationVersion ?? 4,
    spec.name,
    gemVersion(spec.version),
    utcTime(spec.date),
    spec.summary ?? "",
    gemRequirement(spec.requiredRubyVersion),
    gemRequirement(spec.requiredRubygemsVersion),
    spec.platform,
    dependencies,
    "",
    spec.email ?? null,
    spec.authors,
    spec.description ?? null,
    spec.homepage ?? null,
    true,
    spec.platform,
    spec.licenses,
    { ...spec.metadata },
  ];
  const specification = rubyObject("Gem::Specification");
  specification.userDefined = dump(fields);
  return Buffer.from(dump(specification));
}

/** The quick gemspec: the specification's Marshal bytes, deflated. */
export function quickSpec(spec: GemSpec): Buffer {
  return deflateSync(specificationMarshal(spec));
}

export interface DependencyEntry {
  name: string;
  number: string;
  platform: string;
  /** `[name, requirement text]` of each runtime dependency. */
  dependencies: Array<[string, string]>;
}

/** `/api/v1/dependencies?gems=`: an array of hashes with symbol keys. */
export function dependenciesMarshal(entries: DependencyEntry[]): Buffer {
  return Buffer.from(
    dump(
      entries.map((e) => ({ ...e })),
      { hashStringKeysToSymbol: true },
    ),
  );
}
