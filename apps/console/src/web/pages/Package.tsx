import {
  DeletePackageCommand,
  DescribePackageCommand,
  DescribePackageVersionCommand,
  ListPackageVersionsCommand,
  PutPackageOriginConfigurationCommand,
  type AllowPublish,
  type AllowUpstream,
  type PackageFormat,
} from "@aws-sdk/client-codeartifact";
import { useEffect, useState } from "react";
import { mapLimited, useApi } from "../api";
import { ActionResult, ConfirmButton, Load, PagedTable, Section, Time, useAction } from "../components";
import { useLoad, usePaged } from "../hooks";
import { links, navigate, type PackageRef } from "../router";

/** The request fields that name a package. */
export function packageInput(ref: PackageRef) {
  return { domain: ref.domain, repository: ref.repository, format: ref.format as PackageFormat, namespace: ref.namespace, package: ref.package };
}

export function PackagePage({ pkg }: { pkg: PackageRef }) {
  const { client } = useApi();
  const key = JSON.stringify(pkg);
  const description = useLoad(async () => (await client.send(new DescribePackageCommand(packageInput(pkg)))).package!, [client, key]);
  const versions = usePaged(
    async (nextToken) => {
      const page = await client.send(new ListPackageVersionsCommand({ ...packageInput(pkg), maxResults: 25, nextToken }));
      // The summaries carry no publish time; each version's description does.
      const described = await mapLimited(page.versions ?? [], async (v) => {
        const { packageVersion } = await client.send(new DescribePackageVersionCommand({ ...packageInput(pkg), packageVersion: v.version }));
        return { ...v, publishedTime: packageVersion?.publishedTime };
      });
      return { items: described, nextToken: page.nextToken };
    },
    [client, key],
  );
  const deletion = useAction();
  return (
    <>
      <h1>
        Package <span className="name">{pkg.namespace ? `${pkg.namespace}/${pkg.package}` : pkg.package}</span> <span className="badge">{pkg.format}</span>
      </h1>
      <p>
        In <a href={links.repository(pkg.domain, pkg.repository)}>{pkg.repository}</a> of <a href={links.domain(pkg.domain)}>{pkg.domain}</a>
      </p>
      <Section title="Versions">
        <PagedTable
          paged={versions}
          label="Versions"
          empty="No versions."
          headers={["Version", "Status", "Origin", "Entry point", "Published"]}
          rowKey={(v) => v.version!}
          cells={(v) => [
            <a href={links.version(pkg, v.version!)}>{v.version}</a>,
            <span className={`badge status-${v.status?.toLowerCase()}`}>{v.status}</span>,
            v.origin?.originType,
            v.origin?.domainEntryPoint?.repositoryName ?? v.origin?.domainEntryPoint?.externalConnectionName,
            <Time value={v.publishedTime} />,
          ]}
        />
      </Section>
      <Section title="Origin controls">
        <Load state={description}>
          {(p) => (
            <OriginControls
              pkg={pkg}
              publish={p.originConfiguration?.restrictions?.publish}
              upstream={p.originConfiguration?.restrictions?.upstream}
              onSaved={description.reload}
            />
          )}
        </Load>
      </Section>
      <Section title="Delete package">
        <ConfirmButton
          label="Delete package"
          danger
          disabled={deletion.busy}
          question={
            <p>
              Delete {pkg.package} and all of its versions from {pkg.repository}?
            </p>
          }
          onConfirm={async () => {
            if (await deletion.run(() => client.send(new DeletePackageCommand(packageInput(pkg))))) navigate(links.repository(pkg.domain, pkg.repository));
          }}
        />
        <ActionResult action={deletion} />
      </Section>
    </>
  );
}

const modes = ["ALLOW", "BLOCK"].map((mode) => <option key={mode}>{mode}</option>);

function OriginControls({ pkg, publish, upstream, onSaved }: { pkg: PackageRef; publish?: AllowPublish; upstream?: AllowUpstream; onSaved(): void }) {
  const { client } = useApi();
  const [values, setValues] = useState<{ publish: string; upstream: string }>({ publish: publish ?? "ALLOW", upstream: upstream ?? "ALLOW" });
  useEffect(() => setValues({ publish: publish ?? "ALLOW", upstream: upstream ?? "ALLOW" }), [publish, upstream]);
  const save = useAction();
  return (
    <form
      className="inline-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const ok = await save.run(
          () =>
            client.send(
              new PutPackageOriginConfigurationCommand({
                ...packageInput(pkg),
                restrictions: { publish: values.publish as AllowPublish, upstream: values.upstream as AllowUpstream },
              }),
            ),
          "Origin controls saved.",
        );
        if (ok) onSaved();
      }}
    >
      <label>
        Direct publishing
        <select name="publish" value={values.publish} onChange={(e) => setValues({ ...values, publish: e.target.value })}>
          {modes}
        </select>
      </label>
      <label>
        Upstream versions
        <select name="upstream" value={values.upstream} onChange={(e) => setValues({ ...values, upstream: e.target.value })}>
          {modes}
        </select>
      </label>
      <button type="submit" disabled={save.busy}>
        Save origin controls
      </button>
      <ActionResult action={save} />
    </form>
  );
}
