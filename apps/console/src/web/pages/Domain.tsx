import {
  CreateRepositoryCommand,
  DeleteDomainCommand,
  DeleteDomainPermissionsPolicyCommand,
  DescribeDomainCommand,
  DescribeRepositoryCommand,
  GetDomainPermissionsPolicyCommand,
  ListPackageGroupsCommand,
  ListRepositoriesInDomainCommand,
  PutDomainPermissionsPolicyCommand,
} from "@aws-sdk/client-codeartifact";
import { useState } from "react";
import { collectAll, mapLimited, repositoryNames, useApi } from "../api";
import { ActionResult, ConfirmButton, Facts, formatBytes, Load, PagedTable, Section, Time, useAction } from "../components";
import { GroupTree } from "../GroupTree";
import { useLoad, usePaged } from "../hooks";
import { PolicyEditor } from "../PolicyEditor";
import { links, navigate } from "../router";
import { TagsEditor } from "../TagsEditor";
import { UpstreamGraph } from "../UpstreamGraph";

export function DomainPage({ domain }: { domain: string }) {
  const { client } = useApi();
  const description = useLoad(async () => (await client.send(new DescribeDomainCommand({ domain }))).domain!, [client, domain]);
  const deletion = useAction();
  return (
    <>
      <h1>
        Domain <span className="name">{domain}</span>
      </h1>
      <Load state={description}>
        {(d) => (
          <>
            <Facts
              facts={{
                Status: d.status,
                Owner: d.owner,
                Repositories: d.repositoryCount,
                Assets: formatBytes(d.assetSizeBytes),
                Created: <Time value={d.createdTime} />,
                ARN: <code>{d.arn}</code>,
              }}
            />
            <Repositories domain={domain} onCreated={description.reload} />
            <Section title="Package groups">
              <PackageGroups domain={domain} />
            </Section>
            <Section title="Domain policy">
              <PolicyEditor
                resource={d.arn!}
                load={async () => (await client.send(new GetDomainPermissionsPolicyCommand({ domain }))).policy?.document}
                save={(document) => client.send(new PutDomainPermissionsPolicyCommand({ domain, policyDocument: document }))}
                remove={() => client.send(new DeleteDomainPermissionsPolicyCommand({ domain }))}
              />
            </Section>
            <Section title="Tags">
              <TagsEditor arn={d.arn!} />
            </Section>
            <Section title="Delete domain">
              <p className="muted">A domain can be deleted only once it has no repositories.</p>
              <ConfirmButton
                label="Delete domain"
                danger
                disabled={deletion.busy}
                question={<p>Delete domain {domain}? This cannot be undone.</p>}
                onConfirm={async () => {
                  if (await deletion.run(() => client.send(new DeleteDomainCommand({ domain })))) navigate(links.domains());
                }}
              />
              <ActionResult action={deletion} />
            </Section>
          </>
        )}
      </Load>
    </>
  );
}

function Repositories({ domain, onCreated }: { domain: string; onCreated(): void }) {
  const { client } = useApi();
  const [version, setVersion] = useState(0);
  const table = usePaged(
    async (nextToken) => {
      const page = await client.send(new ListRepositoriesInDomainCommand({ domain, maxResults: 25, nextToken }));
      return { items: page.repositories ?? [], nextToken: page.nextToken };
    },
    [client, domain, version],
  );
  // The picture needs every repository's upstreams, which only DescribeRepository returns.
  const graph = useLoad(async () => {
    const names = await repositoryNames(client, domain);
    return mapLimited(names, async (repository) => (await client.send(new DescribeRepositoryCommand({ domain, repository }))).repository!);
  }, [client, domain, version]);
  return (
    <>
      <Section title="Upstream graph">
        <Load state={graph}>{(repositories) => <UpstreamGraph domain={domain} repositories={repositories} />}</Load>
      </Section>
      <Section title="Repositories">
        <PagedTable
          paged={table}
          label="Repositories"
          empty="No repositories yet."
          headers={["Name", "Description", "Administrator", "Created"]}
          rowKey={(r) => r.arn!}
          cells={(r) => [<a href={links.repository(domain, r.name!)}>{r.name}</a>, r.description, r.administratorAccount, <Time value={r.createdTime} />]}
        />
        <CreateRepository
          domain={domain}
          onCreated={() => {
            setVersion((v) => v + 1);
            onCreated();
          }}
        />
      </Section>
    </>
  );
}

function CreateRepository({ domain, onCreated }: { domain: string; onCreated(): void }) {
  const { client } = useApi();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [upstreams, setUpstreams] = useState("");
  const create = useAction();
  return (
    <form
      className="inline-form"
      aria-label="Create a repository"
      onSubmit={async (event) => {
        event.preventDefault();
        const repository = name.trim();
        const names = upstreams
          .split(",")
          .map((u) => u.trim())
          .filter(Boolean);
        const created = await create.run(
          () =>
            client.send(
              new CreateRepositoryCommand({
                domain,
                repository,
                description: description || undefined,
                upstreams: names.length ? names.map((repositoryName) => ({ repositoryName })) : undefined,
              }),
            ),
          `Created repository ${repository}.`,
        );
        if (created) {
          setName("");
          setDescription("");
          setUpstreams("");
          onCreated();
        }
      }}
    >
      <label>
        Repository name
        <input name="repository" value={name} onChange={(e) => setName(e.target.value)} required autoComplete="off" />
      </label>
      <label>
        Description
        <input name="description" value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label>
        Upstreams (comma-separated, in search order)
        <input name="upstreams" value={upstreams} onChange={(e) => setUpstreams(e.target.value)} autoComplete="off" />
      </label>
      <button type="submit" className="primary" disabled={create.busy}>
        Create repository
      </button>
      <ActionResult action={create} />
    </form>
  );
}

function PackageGroups({ domain }: { domain: string }) {
  const { client } = useApi();
  const groups = useLoad(
    () =>
      collectAll(async (nextToken) => {
        const page = await client.send(new ListPackageGroupsCommand({ domain, maxResults: 100, nextToken }));
        return { items: page.packageGroups, nextToken: page.nextToken };
      }),
    [client, domain],
  );
  return <Load state={groups}>{(list) => <GroupTree groups={list} />}</Load>;
}
