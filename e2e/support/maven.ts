import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { homedir } from "node:os";
import { join, normalize, sep } from "node:path";
import { run, type RunResult } from "./npm";

// Maven (mvn 3.8 from Debian) offline: every run uses one settings.xml whose <localRepository> is a
// temporary folder, with `central` mirrored to the machine's pre-filled ~/.m2/repository (served
// as file://) for the build plugins, whose versions the projects pin in pluginManagement. The
// CodeArtifact repositories are reached with Basic `aws:<token>` as `aws codeartifact` users set
// it up (a <server> per repository id).

/** The plugin versions ~/.m2/repository holds with all their dependencies. */
export const PLUGINS: Record<string, string> = {
  "maven-resources-plugin": "3.3.1",
  "maven-compiler-plugin": "3.13.0",
  "maven-surefire-plugin": "3.2.5",
  "maven-jar-plugin": "3.4.1",
  "maven-install-plugin": "3.1.2",
  "maven-deploy-plugin": "3.1.2",
};

export const MACHINE_REPOSITORY = join(homedir(), ".m2", "repository");

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export class MavenClientEnv {
  readonly settings: string;
  readonly localRepository: string;

  constructor(
    readonly dir: string,
    servers: Record<string, string>,
  ) {
    mkdirSync(dir, { recursive: true });
    this.localRepository = join(dir, "m2");
    this.settings = join(dir, "settings.xml");
    const serverEntries = Object.entries(servers)
      .map(([id, token]) => `<server><id>${xml(id)}</id><username>aws</username><password>${xml(token)}</password></server>`)
      .join("\n    ");
    writeFileSync(
      this.settings,
      `<settings>
  <localRepository>${xml(this.localRepository)}</localRepository>
  <interactiveMode>false</interactiveMode>
  <servers>
    ${serverEntries}
  </servers>
  <mirrors>
    <mirror><id>machine-plugins</id><mirrorOf>central</mirrorOf><url>file://${xml(MACHINE_REPOSITORY)}</url></mirror>
  </mirrors>
</settings>
`,
    );
  }

  /** `mvn` in batch mode with this settings.xml. */
  mvn(cwd: string, args: string[]): Promise<RunResult> {
    return run("mvn", ["-B", "-e", "--no-transfer-progress", "-s", this.settings, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: this.dir, JAVA_HOME: process.env.JAVA_HOME, MAVEN_OPTS: "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" },
      timeoutMs: 170_000,
    });
  }
}

export interface ProjectSpec {
  groupId: string;
  artifactId: string;
  version: string;
  packaging?: "jar" | "pom";
  description?: string;
  dependencies?: Array<{ groupId: string; artifactId: string; version: string; scope?: string }>;
  /** `<repositories>` entries: id → URL. */
  repositories?: Record<string, string>;
  /** `<distributionManagement>`: id and URL for releases and snapshots. */
  deployTo?: { id: string; url: string };
  modules?: string[];
  properties?: Record<string, string>;
  /** Java sources: path under src/main/java → content. */
  sources?: Record<string, string>;
}

/** A pom.xml with the plugin versions pinned, Java 17, UTF-8. */
export function pomXml(spec: ProjectSpec): string {
  const deps = (spec.dependencies ?? [])
    .map(
      (d) =>
        `<dependency><groupId>${d.groupId}</groupId><artifactId>${d.artifactId}</artifactId><version>${d.version}</version>${d.scope ? `<scope>${d.scope}</scope>` : ""}</dependency>`,
    )
    .join("\n    ");
  const repos = Object.entries(spec.repositories ?? {})
    .map(([id, url]) => `<repository><id>${id}</id><url>${xml(url)}</url><snapshots><enabled>true</enabled></snapshots></repository>`)
    .join("\n    ");
  const plugins = Object.entries(PLUGINS)
    .map(([id, version]) => `<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>${id}</artifactId><version>${version}</version></plugin>`)
    .join("\n        ");
  const deploy = spec.deployTo
    ? `<distributionManagement>
    <repository><id>${spec.deployTo.id}</id><url>${xml(spec.deployTo.url)}</url></repository>
    <snapshotRepository><id>${spec.deployTo.id}</id><url>${xml(spec.deployTo.url)}</url></snapshotRepository>
  </distributionManagement>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>${spec.groupId}</groupId>
  <artifactId>${spec.artifactId}</artifactId>
  <version>${spec.version}</version>
  <packaging>${spec.packaging ?? "jar"}</packaging>
  ${spec.description ? `<description>${xml(spec.description)}</description>` : ""}
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
    ${Object.entries(spec.properties ?? {})
      .map(([k, v]) => `<${k}>${xml(v)}</${k}>`)
      .join("")}
  </properties>
  ${spec.modules ? `<modules>${spec.modules.map((m) => `<module>${m}</module>`).join("")}</modules>` : ""}
  <dependencies>
    ${deps}
  </dependencies>
  <repositories>
    ${repos}
  </repositories>
  ${deploy}
  <build>
    <pluginManagement>
      <plugins>
        ${plugins}
      </plugins>
    </pluginManagement>
  </build>
</project>
`;
}

/** Writes a project (pom.xml and its Java sources) into `dir`. */
export function writeProject(dir: string, spec: ProjectSpec): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "pom.xml"), pomXml(spec));
  for (const [path, content] of Object.entries(spec.sources ?? {})) {
    const file = join(dir, "src", "main", "java", path);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/**
 * Writes a released artifact into a static Maven 2 layout (the stand-in for a public repository):
 * its POM and jar with `.sha1` files, and the artifact-level maven-metadata.xml.
 */
export function writeStaticArtifact(root: string, spec: { groupId: string; artifactId: string; versions: Array<{ version: string; jar?: Buffer }> }): void {
  const dir = join(root, ...spec.groupId.split("."), spec.artifactId);
  for (const { version, jar } of spec.versions) {
    const versionDir = join(dir, version);
    mkdirSync(versionDir, { recursive: true });
    const files: Array<[string, Buffer]> = [
      [
        `${spec.artifactId}-${version}.pom`,
        Buffer.from(pomXml({ groupId: spec.groupId, artifactId: spec.artifactId, version, description: `${spec.artifactId} from the stand-in` })),
      ],
    ];
    if (jar) files.push([`${spec.artifactId}-${version}.jar`, jar]);
    for (const [name, bytes] of files) {
      writeFileSync(join(versionDir, name), bytes);
      writeFileSync(join(versionDir, `${name}.sha1`), createHash("sha1").update(bytes).digest("hex"));
    }
  }
  const versions = spec.versions.map((v) => `<version>${v.version}</version>`).join("");
  const last = spec.versions[spec.versions.length - 1].version;
  writeFileSync(
    join(dir, "maven-metadata.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<metadata><groupId>${spec.groupId}</groupId><artifactId>${spec.artifactId}</artifactId><versioning><latest>${last}</latest><release>${last}</release><versions>${versions}</versions><lastUpdated>20240101000000</lastUpdated></versioning></metadata>\n`,
  );
}

export interface StaticRepository {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  stop(): Promise<void>;
}

/** Serves a folder as a static Maven repository on 127.0.0.1 (GET and HEAD; 404 for anything missing). */
export async function startStaticRepository(root: string): Promise<StaticRepository> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    requests.push(path);
    const file = normalize(join(root, path));
    if ((request.method !== "GET" && request.method !== "HEAD") || !file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(request.method === "GET" || request.method === "HEAD" ? 404 : 405).end();
      return;
    }
    response.writeHead(200, {
      "content-length": statSync(file).size,
      "content-type": file.endsWith(".xml") || file.endsWith(".pom") ? "text/xml" : "application/octet-stream",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Clients keep connections alive; the stand-in going away must not wait for them.
        server.closeAllConnections();
      }),
  };
}

/** An empty jar (a zip of no entries: only its end-of-central-directory record), enough for a dependency on the class path. */
export const EMPTY_JAR = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
