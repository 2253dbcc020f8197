import { CreateDomainCommand, ListDomainsCommand } from "@aws-sdk/client-codeartifact";
import { useState } from "react";
import { useApi } from "../api";
import { ActionResult, PagedTable, Section, Time, useAction } from "../components";
import { usePaged } from "../hooks";
import { links, navigate } from "../router";

export function DomainsPage() {
  const { client, settings } = useApi();
  const domains = usePaged(
    async (nextToken) => {
      const page = await client.send(new ListDomainsCommand({ maxResults: 25, nextToken }));
      return { items: page.domains ?? [], nextToken: page.nextToken };
    },
    [client],
  );
  const [name, setName] = useState("");
  const create = useAction();

  return (
    <>
      <h1>Domains</h1>
      <p className="muted">
        Account {settings.account}, region {settings.region}.
      </p>
      <Section title="Create a domain">
        <form
          className="inline-form"
          onSubmit={async (event) => {
            event.preventDefault();
            const created = name.trim();
            if (await create.run(() => client.send(new CreateDomainCommand({ domain: created })), `Created domain ${created}.`)) {
              setName("");
              navigate(links.domain(created));
            }
          }}
        >
          <label>
            Domain name
            <input name="domain" value={name} onChange={(e) => setName(e.target.value)} required autoComplete="off" />
          </label>
          <button type="submit" className="primary" disabled={create.busy}>
            Create domain
          </button>
        </form>
        <ActionResult action={create} />
      </Section>
      <Section title="Domains of this account">
        <PagedTable
          paged={domains}
          label="Domains"
          empty="No domains yet."
          headers={["Name", "Status", "Owner", "Created"]}
          rowKey={(d) => d.arn!}
          cells={(d) => [<a href={links.domain(d.name!)}>{d.name}</a>, d.status, d.owner, <Time value={d.createdTime} />]}
        />
      </Section>
    </>
  );
}
