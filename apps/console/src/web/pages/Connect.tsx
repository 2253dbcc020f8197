import { GetAuthorizationTokenCommand, GetRepositoryEndpointCommand, type PackageFormat } from "@aws-sdk/client-codeartifact";
import { useApi } from "../api";
import { Copyable, Facts, Load, Section, Time } from "../components";
import { useLoad } from "../hooks";
import { formatLabels, instructions } from "../instructions";
import { links } from "../router";
import { formats } from "./Repository";

export function ConnectPage({ domain, repository, format }: { domain: string; repository: string; format: string }) {
  const { client, settings } = useApi();
  const facts = useLoad(async () => {
    const [endpoint, token] = await Promise.all([
      client.send(new GetRepositoryEndpointCommand({ domain, repository, format: format as PackageFormat })),
      client.send(new GetAuthorizationTokenCommand({ domain })),
    ]);
    return { endpoint: endpoint.repositoryEndpoint!, token: token.authorizationToken!, expiration: token.expiration };
  }, [client, domain, repository, format]);
  return (
    <>
      <h1>
        Connect to <span className="name">{repository}</span>
      </h1>
      <p>
        <a href={links.repository(domain, repository)}>Back to the repository</a>
      </p>
      <nav className="tabs" aria-label="Package formats">
        {formats.map((f) => (
          <a key={f} href={links.connect(domain, repository, f)} aria-current={f === format ? "page" : undefined}>
            {formatLabels[f] ?? f}
          </a>
        ))}
      </nav>
      <Section
        title={`${formatLabels[format] ?? format} instructions`}
        actions={
          <button type="button" onClick={facts.reload} disabled={facts.loading}>
            New token
          </button>
        }
      >
        <Load state={facts}>
          {(f) => (
            <>
              <Facts facts={{ Endpoint: <code data-testid="endpoint">{f.endpoint}</code>, "Token expires": <Time value={f.expiration} /> }} />
              {instructions(format, { domain, repository, account: settings.account, region: settings.region, server: window.location.origin, ...f }).map(
                (s) => (
                  <div key={s.title} className="snippet">
                    <h3>{s.title}</h3>
                    <Copyable text={s.text} label={s.title} />
                  </div>
                ),
              )}
            </>
          )}
        </Load>
      </Section>
    </>
  );
}
