// What each package manager needs to use a repository of this server: the `aws codeartifact
// login` command where the AWS CLI has a tool for the format, and the configuration written by
// hand otherwise. `--endpoint-url` points the CLI at this server instead of AWS.

export interface ConnectionFacts {
  domain: string;
  account: string;
  region: string;
  repository: string;
  /** This server, for `--endpoint-url`. */
  server: string;
  /** The repository's endpoint for the format, from GetRepositoryEndpoint. */
  endpoint: string;
  /** A fresh token from GetAuthorizationToken. */
  token: string;
}

export interface Snippet {
  title: string;
  text: string;
}

export const formatLabels: Record<string, string> = {
  npm: "npm, pnpm, Yarn",
  pypi: "pip, twine",
  maven: "Maven, Gradle",
  nuget: "NuGet, dotnet",
  swift: "Swift",
  ruby: "RubyGems, Bundler",
  cargo: "Cargo",
  generic: "Generic",
};

export function instructions(format: string, f: ConnectionFacts): Snippet[] {
  const where = `--region ${f.region} --endpoint-url ${f.server}`;
  const target = `--domain ${f.domain} --domain-owner ${f.account} ${where}`;
  const login = (tool: string) =>
    `aws codeartifact login --tool ${tool} --domain ${f.domain} --domain-owner ${f.account} --repository ${f.repository} ${where}`;
  const credentials: Snippet = {
    title: "AWS CLI credentials for this server (the access key id is the account)",
    text: `export AWS_ACCESS_KEY_ID=${f.account} AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=${f.region}`,
  };
  const tokenVariable: Snippet = {
    title: "A token in the environment (what the files below read)",
    text: `export CODEARTIFACT_AUTH_TOKEN=$(aws codeartifact get-authorization-token ${target} --query authorizationToken --output text)`,
  };
  const noScheme = f.endpoint.replace(/^https?:/, "");
  const withUser = f.endpoint.replace(/^(https?:\/\/)/, `$1aws:${f.token}@`);
  const id = `${f.domain}-${f.repository}`;
  switch (format) {
    case "npm":
      return [
        credentials,
        { title: "Log in (writes registry and token to ~/.npmrc)", text: login("npm") },
        { title: "Or configure .npmrc yourself (npm, pnpm and Yarn 1 read it)", text: `registry=${f.endpoint}\n${noScheme}:_authToken=${f.token}` },
        { title: "Yarn 2+ (.yarnrc.yml)", text: `npmRegistryServer: "${f.endpoint}"\nnpmAlwaysAuth: true\nnpmAuthToken: "${f.token}"` },
      ];
    case "pypi":
      return [
        credentials,
        { title: "Log in pip (writes index-url to pip.conf)", text: login("pip") },
        { title: "Log in twine (writes ~/.pypirc)", text: login("twine") },
        { title: "Or configure pip yourself (pip.conf)", text: `[global]\nindex-url = ${withUser}simple/` },
        {
          title: "Or twine (~/.pypirc)",
          text: `[distutils]\nindex-servers = codeartifact\n\n[codeartifact]\nrepository = ${f.endpoint}\nusername = aws\npassword = ${f.token}`,
        },
      ];
    case "maven":
      return [
        credentials,
        tokenVariable,
        {
          title: "Maven (~/.m2/settings.xml)",
          text: `<settings>
  <servers>
    <server>
      <id>${id}</id>
      <username>aws</username>
      <password>\${env.CODEARTIFACT_AUTH_TOKEN}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>${id}</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories>
        <repository>
          <id>${id}</id>
          <url>${f.endpoint}</url>
        </repository>
      </repositories>
    </profile>
  </profiles>
</settings>`,
        },
        {
          title: "Gradle (build.gradle.kts)",
          text: `repositories {
    maven {
        url = uri("${f.endpoint}")
        isAllowInsecureProtocol = ${f.endpoint.startsWith("http:")}
        credentials {
            username = "aws"
            password = System.getenv("CODEARTIFACT_AUTH_TOKEN")
        }
    }
}`,
        },
      ];
    case "nuget":
      return [
        credentials,
        { title: "Log in the dotnet CLI", text: login("dotnet") },
        { title: "Or the NuGet CLI", text: login("nuget") },
        {
          title: "Or add the source yourself",
          text: `dotnet nuget add source "${f.endpoint}v3/index.json" --name ${id} --username aws --password ${f.token} --store-password-in-clear-text`,
        },
      ];
    case "swift":
      return [
        credentials,
        { title: "Log in Swift Package Manager", text: login("swift") },
        {
          title: "Or configure it yourself",
          text: `swift package-registry set ${f.endpoint}\nswift package-registry login ${f.endpoint}login --token ${f.token}`,
        },
      ];
    case "ruby":
      return [
        credentials,
        // CodeArtifact does not support `gem sources --add`: the source goes on each command.
        { title: "RubyGems", text: `gem install <gem> --source ${withUser}\n\nGEM_HOST_API_KEY=${f.token} gem push --host ${f.endpoint} <gem>-<version>.gem` },
        { title: "Bundler (Gemfile, and the credentials)", text: `source "${f.endpoint}"\n\nbundle config set ${f.endpoint} aws:${f.token}` },
      ];
    case "cargo":
      return [
        credentials,
        {
          title: "Cargo (~/.cargo/config.toml)",
          text: `[registries.${id}]
index = "sparse+${f.endpoint}"
credential-provider = "cargo:token-from-stdout aws codeartifact get-authorization-token ${target} --query authorizationToken --output text"

[registry]
default = "${id}"`,
        },
        { title: "Or the token in the environment", text: `export CARGO_REGISTRIES_${id.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_TOKEN="${f.token}"` },
      ];
    default:
      return [
        credentials,
        {
          title: "Publish a file",
          text: `aws codeartifact publish-package-version ${target} --repository ${f.repository} --format generic --namespace my-ns --package my-package --package-version 1.0.0 --asset-name file.tar.gz --asset-content file.tar.gz --asset-sha256 $(sha256sum file.tar.gz | cut -d' ' -f1)`,
        },
        {
          title: "Download it",
          text: `aws codeartifact get-package-version-asset ${target} --repository ${f.repository} --format generic --namespace my-ns --package my-package --package-version 1.0.0 --asset file.tar.gz file.tar.gz`,
        },
      ];
  }
}
