import {
  AssociateExternalConnectionCommand,
  DeleteRepositoryCommand,
  DescribeRepositoryCommand,
  DisassociateExternalConnectionCommand,
  ListPackagesCommand,
  PackageFormat,
} from "@aws-sdk/client-codeartifact";
import { useState } from "react";
import { useApi } from "../api";
import { ActionResult, ConfirmButton, Facts, Load, PagedTable, Section, Time, useAction } from "../components";
import { useLoad, usePaged } from "../hooks";
import { links, navigate } from "../router";
import { TagsEditor } from "../TagsEditor";

export const formats = Object.values(PackageFormat);

// The public repositories CodeArtifact can connect to, by format.
const externalConnections = [
  "public:npmjs",
  "public:pypi",
  "public:maven-central",
  "public:maven-googleandroid",
  "public:maven-gradleplugins",
  "public:maven-commonsware",
  "public:maven-clojars",
  "public:nuget-org",
  "public:crates-io",
  "public:ruby-gems-org",
];

export function RepositoryPage({ domain, repository }: { domain: string; repository: string }) {
  const { client } = useApi();
  const description = useLoad(async () => (await client.send(new DescribeRepositoryCommand({ domain, repository }))).repository!, [client, domain, repository]);
  const action = useAction();
  const [connection, setConnection] = useState(externalConnections[0]);
  return (
    <>
      <h1>
        Repository <span className="name">{repository}</span>
      </h1>
      <p>
        <a className="button-link" href={links.connect(domain, repository)}>
          Connection instructions
        </a>
      </p>
      <Load state={description}>
        {(r) => (
          <>
            <Facts
              facts={{
                Domain: <a href={links.domain(domain)}>{domain}</a>,
                Description: r.description,
                Administrator: r.administratorAccount,
                Created: <Time value={r.createdTime} />,
                Upstreams: r.upstreams?.length ? (
                  <ol className="inline-list">
                    {r.upstreams.map((u) => (
                      <li key={u.repositoryName}>
                        <a href={links.repository(domain, u.repositoryName!)}>{u.repositoryName}</a>
                      </li>
                    ))}
                  </ol>
                ) : (
                  <span className="muted">none</span>
                ),
              }}
            />
            <Section title="External connections">
              {r.externalConnections?.length ? (
                <ul className="plain">
                  {r.externalConnections.map((c) => (
                    <li key={c.externalConnectionName}>
                      <code>{c.externalConnectionName}</code> ({c.packageFormat}, {c.status}){" "}
                      <ConfirmButton
                        label="Disassociate"
                        question={
                          <p>
                            Disconnect {repository} from {c.externalConnectionName}?
                          </p>
                        }
                        onConfirm={async () => {
                          const ok = await action.run(
                            () => client.send(new DisassociateExternalConnectionCommand({ domain, repository, externalConnection: c.externalConnectionName })),
                            `Disassociated ${c.externalConnectionName}.`,
                          );
                          if (ok) description.reload();
                        }}
                      />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No external connection.</p>
              )}
              <form
                className="inline-form"
                onSubmit={async (event) => {
                  event.preventDefault();
                  const ok = await action.run(
                    () => client.send(new AssociateExternalConnectionCommand({ domain, repository, externalConnection: connection })),
                    `Associated ${connection}.`,
                  );
                  if (ok) description.reload();
                }}
              >
                <label>
                  Connection
                  <select name="connection" value={connection} onChange={(e) => setConnection(e.target.value)}>
                    {externalConnections.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </select>
                </label>
                <button type="submit" disabled={action.busy}>
                  Associate
                </button>
              </form>
              <ActionResult action={action} />
            </Section>
            <Packages domain={domain} repository={repository} />
            <Section title="Tags">
              <TagsEditor arn={r.arn!} />
            </Section>
            <Section title="Delete repository">
              <ConfirmButton
                label="Delete repository"
                danger
                question={<p>Delete repository {repository} and every package version in it?</p>}
                onConfirm={async () => {
                  if (await action.run(() => client.send(new DeleteRepositoryCommand({ domain, repository })))) navigate(links.domain(domain));
                }}
              />
            </Section>
          </>
        )}
      </Load>
    </>
  );
}

function Packages({ domain, repository }: { domain: string; repository: string }) {
  const { client } = useApi();
  const [filter, setFilter] = useState({ format: "", namespace: "", prefix: "" });
  const [draft, setDraft] = useState(filter);
  const packages = usePaged(
    async (nextToken) => {
      const page = await client.send(
        new ListPackagesCommand({
          domain,
          repository,
          format: (filter.format || undefined) as PackageFormat | undefined,
          namespace: filter.namespace || undefined,
          packagePrefix: filter.prefix || undefined,
          maxResults: 25,
          nextToken,
        }),
      );
      return { items: page.packages ?? [], nextToken: page.nextToken };
    },
    [client, domain, repository, filter],
  );
  return (
    <Section title="Packages">
      <form
        className="inline-form"
        role="search"
        aria-label="Filter packages"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(draft);
        }}
      >
        <label>
          Format
          <select name="format" value={draft.format} onChange={(e) => setDraft({ ...draft, format: e.target.value })}>
            <option value="">any</option>
            {formats.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </label>
        <label>
          Namespace
          <input name="namespace" value={draft.namespace} onChange={(e) => setDraft({ ...draft, namespace: e.target.value })} />
        </label>
        <label>
          Name prefix
          <input name="prefix" value={draft.prefix} onChange={(e) => setDraft({ ...draft, prefix: e.target.value })} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <PagedTable
        paged={packages}
        label="Packages"
        empty="No packages match."
        headers={["Package", "Format", "Namespace", "Publish", "Upstream"]}
        rowKey={(p) => `${p.format}/${p.namespace ?? ""}/${p.package}`}
        cells={(p) => [
          <a href={links.package({ domain, repository, format: p.format!, namespace: p.namespace, package: p.package! })}>{p.package}</a>,
          p.format,
          p.namespace ?? <span className="muted">—</span>,
          p.originConfiguration?.restrictions?.publish,
          p.originConfiguration?.restrictions?.upstream,
        ]}
      />
    </Section>
  );
}
