import {
  CopyPackageVersionsCommand,
  DeletePackageVersionsCommand,
  DescribePackageVersionCommand,
  DisposePackageVersionsCommand,
  GetPackageVersionAssetCommand,
  GetPackageVersionReadmeCommand,
  ListPackageVersionAssetsCommand,
  ListPackageVersionDependenciesCommand,
  UpdatePackageVersionsStatusCommand,
  type AssetSummary,
  type PackageVersionError,
  type PackageVersionStatus,
} from "@aws-sdk/client-codeartifact";
import { useState } from "react";
import { collectAll, repositoryNames, useApi } from "../api";
import { ActionResult, ConfirmButton, ErrorMessage, Facts, formatBytes, Load, Section, Table, Time, useAction } from "../components";
import { useLoad } from "../hooks";
import { Readme } from "../Readme";
import { links, navigate, type PackageRef } from "../router";
import { packageInput } from "./Package";

/** Batch operations answer 200 with per-version failures; a failure for our one version is an error. */
function checkFailures(output: { failedVersions?: Record<string, PackageVersionError> }): void {
  const failure = Object.values(output.failedVersions ?? {})[0];
  if (failure) throw Object.assign(new Error(failure.errorMessage ?? "failed"), { name: failure.errorCode ?? "Error" });
}

export function VersionPage({ pkg, version }: { pkg: PackageRef; version: string }) {
  const { client } = useApi();
  const key = JSON.stringify([pkg, version]);
  const ref = { ...packageInput(pkg), packageVersion: version };
  const description = useLoad(async () => (await client.send(new DescribePackageVersionCommand(ref))).packageVersion!, [client, key]);
  const assets = useLoad(
    () =>
      collectAll(async (nextToken) => {
        const page = await client.send(new ListPackageVersionAssetsCommand({ ...ref, maxResults: 100, nextToken }));
        return { items: page.assets, nextToken: page.nextToken };
      }),
    [client, key],
  );
  const readme = useLoad(async () => (await client.send(new GetPackageVersionReadmeCommand(ref))).readme ?? "", [client, key]);
  const dependencies = useLoad(async () => (await client.send(new ListPackageVersionDependenciesCommand(ref))).dependencies ?? [], [client, key]);

  return (
    <>
      <h1>
        <span className="name">{pkg.namespace ? `${pkg.namespace}/${pkg.package}` : pkg.package}</span> {version}
      </h1>
      <p>
        <a href={links.package(pkg)}>All versions</a> · in <a href={links.repository(pkg.domain, pkg.repository)}>{pkg.repository}</a> of{" "}
        <a href={links.domain(pkg.domain)}>{pkg.domain}</a>
      </p>
      <Load state={description}>
        {(v) => (
          <>
            <Facts
              facts={{
                Status: (
                  <span className={`badge status-${v.status?.toLowerCase()}`} data-testid="version-status">
                    {v.status}
                  </span>
                ),
                Summary: v.summary,
                Origin: (
                  <>
                    {v.origin?.originType} via {v.origin?.domainEntryPoint?.repositoryName ?? v.origin?.domainEntryPoint?.externalConnectionName}
                  </>
                ),
                Published: <Time value={v.publishedTime} />,
                Licenses: v.licenses?.map((l) => l.name).join(", "),
                // The publisher wrote it: only web addresses become links.
                "Home page":
                  v.homePage && /^https?:\/\//i.test(v.homePage) ? (
                    <a href={v.homePage} rel="noreferrer noopener" target="_blank">
                      {v.homePage}
                    </a>
                  ) : (
                    v.homePage
                  ),
                Revision: <code>{v.revision}</code>,
              }}
            />
            <Actions
              pkg={pkg}
              version={version}
              status={v.status}
              onChanged={() => {
                description.reload();
                assets.reload();
              }}
            />
          </>
        )}
      </Load>
      <Section title="Assets">
        <Load state={assets}>{(list) => <Assets pkg={pkg} version={version} assets={list} />}</Load>
      </Section>
      <Section title="Readme">
        <Load state={readme}>{(text) => (text ? <Readme text={text} /> : <p className="muted">This version has no readme.</p>)}</Load>
      </Section>
      <Section title="Dependencies">
        <Load state={dependencies}>
          {(list) => (
            <Table
              items={list}
              empty="No dependencies."
              headers={["Package", "Type", "Requirement"]}
              rowKey={(d) => `${d.namespace}/${d.package}/${d.dependencyType}`}
              cells={(d) => [
                <a href={links.package({ ...pkg, namespace: d.namespace, package: d.package! })}>{d.namespace ? `${d.namespace}/${d.package}` : d.package}</a>,
                d.dependencyType,
                <code>{d.versionRequirement}</code>,
              ]}
            />
          )}
        </Load>
      </Section>
    </>
  );
}

const statuses: PackageVersionStatus[] = ["Published", "Unlisted", "Archived"];

function Actions({ pkg, version, status, onChanged }: { pkg: PackageRef; version: string; status?: string; onChanged(): void }) {
  const { client } = useApi();
  const action = useAction();
  const [target, setTarget] = useState<PackageVersionStatus>(status === "Published" ? "Unlisted" : "Published");
  const [destination, setDestination] = useState("");
  const [allowOverwrite, setAllowOverwrite] = useState(false);
  const repositories = useLoad(
    async () => (await repositoryNames(client, pkg.domain)).filter((name) => name !== pkg.repository),
    [client, pkg.domain, pkg.repository],
  );
  const versions = [version];
  const input = packageInput(pkg);
  return (
    <Section title="Actions">
      <div className="actions">
        <div className="inline-form">
          <label>
            New status
            <select name="status" value={target} onChange={(e) => setTarget(e.target.value as PackageVersionStatus)}>
              {statuses.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <ConfirmButton
            label="Update status"
            disabled={action.busy}
            question={
              <p>
                Change the status of {version} from {status} to {target}?
              </p>
            }
            onConfirm={async () => {
              const ok = await action.run(
                async () => checkFailures(await client.send(new UpdatePackageVersionsStatusCommand({ ...input, versions, targetStatus: target }))),
                `Status of ${version} is now ${target}.`,
              );
              if (ok) onChanged();
            }}
          />
        </div>
        <div className="inline-form">
          <label>
            Copy to repository
            <select name="destination" value={destination} onChange={(e) => setDestination(e.target.value)}>
              <option value="">choose…</option>
              {repositories.data?.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={allowOverwrite} onChange={(e) => setAllowOverwrite(e.target.checked)} /> overwrite
          </label>
          <ConfirmButton
            label="Copy version"
            disabled={action.busy || !destination}
            question={
              <p>
                Copy {version} to {destination}?
              </p>
            }
            onConfirm={async () => {
              await action.run(
                async () =>
                  checkFailures(
                    await client.send(
                      new CopyPackageVersionsCommand({
                        domain: pkg.domain,
                        sourceRepository: pkg.repository,
                        destinationRepository: destination,
                        format: input.format,
                        namespace: input.namespace,
                        package: input.package,
                        versions,
                        allowOverwrite,
                      }),
                    ),
                  ),
                `Copied ${version} to ${destination}.`,
              );
            }}
          />
        </div>
        <div className="row">
          <ConfirmButton
            label="Dispose"
            danger
            disabled={action.busy || status === "Disposed"}
            question={<p>Dispose of {version}? Its assets are deleted; its record stays with status Disposed.</p>}
            onConfirm={async () => {
              const ok = await action.run(
                async () => checkFailures(await client.send(new DisposePackageVersionsCommand({ ...input, versions }))),
                `Disposed of ${version}.`,
              );
              if (ok) onChanged();
            }}
          />
          <ConfirmButton
            label="Delete version"
            danger
            disabled={action.busy}
            question={<p>Delete {version} permanently?</p>}
            onConfirm={async () => {
              const ok = await action.run(async () => checkFailures(await client.send(new DeletePackageVersionsCommand({ ...input, versions }))));
              if (ok) navigate(links.package(pkg));
            }}
          />
        </div>
      </div>
      <ErrorMessage error={repositories.error} />
      <ActionResult action={action} />
    </Section>
  );
}

function Assets({ pkg, version, assets }: { pkg: PackageRef; version: string; assets: AssetSummary[] }) {
  const { client } = useApi();
  const download = useAction();
  return (
    <>
      <Table
        items={assets}
        empty="No assets (a disposed version keeps none)."
        headers={["Name", "Size", "Hashes", <span className="visually-hidden">Download</span>]}
        rowKey={(a) => a.name!}
        cells={(a) => [
          <code>{a.name}</code>,
          <span className="nowrap">{formatBytes(a.size)}</span>,
          <dl className="hashes">
            {Object.entries(a.hashes ?? {}).map(([algorithm, hash]) => (
              <div key={algorithm}>
                <dt>{algorithm}</dt>
                <dd>
                  <code>{hash}</code>
                </dd>
              </div>
            ))}
          </dl>,
          <button
            type="button"
            disabled={download.busy}
            aria-label={`Download ${a.name}`}
            onClick={() =>
              download.run(async () => {
                const output = await client.send(new GetPackageVersionAssetCommand({ ...packageInput(pkg), packageVersion: version, asset: a.name }));
                saveBlob(await new Response(output.asset!.transformToWebStream()).blob(), a.name!.split("/").pop()!);
              })
            }
          >
            Download
          </button>,
        ]}
      />
      <ActionResult action={download} />
    </>
  );
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
