import type { PackageFormat } from "@codeartifact-local/store";

/** A public registry a repository can be connected to, and where the package endpoints reach it. */
export interface ExternalConnectionInfo {
  name: string;
  format: PackageFormat;
  description: string;
  /** Base URL of the public registry, for the package endpoints that proxy it. */
  url: string;
}

const catalog: ExternalConnectionInfo[] = [
  { name: "public:npmjs", format: "npm", description: "npm public registry", url: "https://registry.npmjs.org/" },
  { name: "public:pypi", format: "pypi", description: "Python Package Index", url: "https://pypi.org/" },
  { name: "public:maven-central", format: "maven", description: "Maven Central", url: "https://repo1.maven.org/maven2/" },
  { name: "public:maven-googleandroid", format: "maven", description: "Google Android repository", url: "https://maven.google.com/" },
  { name: "public:maven-gradleplugins", format: "maven", description: "Gradle plugins repository", url: "https://plugins.gradle.org/m2/" },
  { name: "public:maven-commonsware", format: "maven", description: "CommonsWare Android repository", url: "https://repo.commonsware.com/" },
  { name: "public:maven-clojars", format: "maven", description: "Clojars repository", url: "https://repo.clojars.org/" },
  { name: "public:nuget-org", format: "nuget", description: "NuGet Gallery", url: "https://api.nuget.org/v3/index.json" },
  { name: "public:ruby-gems-org", format: "ruby", description: "RubyGems.org", url: "https://rubygems.org/" },
  { name: "public:crates-io", format: "cargo", description: "Crates.io", url: "https://index.crates.io/" },
];

/** The external connections CodeArtifact supports, by name (the API reference's list). */
export const EXTERNAL_CONNECTIONS: ReadonlyMap<string, ExternalConnectionInfo> = new Map(catalog.map((c) => [c.name, c]));

export function externalConnection(name: string): ExternalConnectionInfo | undefined {
  return EXTERNAL_CONNECTIONS.get(name);
}
