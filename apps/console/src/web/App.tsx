import { useMemo, useState } from "react";
import { Api, createClient } from "./api";
import { ConnectPage } from "./pages/Connect";
import { DomainPage } from "./pages/Domain";
import { DomainsPage } from "./pages/Domains";
import { PackagePage } from "./pages/Package";
import { RepositoryPage } from "./pages/Repository";
import { VersionPage } from "./pages/Version";
import { links, useRoute, type Route } from "./router";
import { accountPattern, loadSettings, regionPattern, saveSettings, type Settings } from "./settings";

export function App() {
  const [settings, setSettings] = useState(loadSettings);
  const client = useMemo(() => createClient(settings), [settings]);
  const route = useRoute();
  return (
    <Api.Provider value={{ client, settings }}>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById("main")?.focus())}>
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href={links.domains()}>
          codeartifact-local <span>console</span>
        </a>
        <SettingsForm
          settings={settings}
          onChange={(next) => {
            saveSettings(next);
            setSettings(next);
          }}
        />
      </header>
      <Breadcrumbs route={route} />
      <main id="main" tabIndex={-1}>
        {/* A new account or region is a new world: remount the page so nothing stale shows. */}
        <Page key={`${settings.account}/${settings.region}`} route={route} />
      </main>
    </Api.Provider>
  );
}

function Page({ route }: { route: Route }) {
  const [d, domain, r, repository, p, format, pkg, v, version] = route.segments;
  if (d !== "d" || !domain) return <DomainsPage />;
  if (r !== "r" || !repository) return <DomainPage domain={domain} />;
  if (p === "connect") return <ConnectPage domain={domain} repository={repository} format={route.query.get("format") ?? "npm"} />;
  if (p !== "p" || !format || !pkg) return <RepositoryPage domain={domain} repository={repository} />;
  const ref = { domain, repository, format, package: pkg, namespace: route.query.get("namespace") ?? undefined };
  if (v === "v" && version) return <VersionPage pkg={ref} version={version} />;
  return <PackagePage pkg={ref} />;
}

function Breadcrumbs({ route }: { route: Route }) {
  const [d, domain, r, repository, p, format, pkg, v, version] = route.segments;
  const namespace = route.query.get("namespace") ?? undefined;
  const crumbs: Array<[string, string]> = [["Domains", links.domains()]];
  if (d === "d" && domain) crumbs.push([domain, links.domain(domain)]);
  if (r === "r" && repository) crumbs.push([repository, links.repository(domain, repository)]);
  if (p === "connect") crumbs.push(["Connect", links.connect(domain, repository, route.query.get("format") ?? undefined)]);
  const ref = { domain, repository, format, package: pkg, namespace };
  if (p === "p" && pkg) crumbs.push([namespace ? `${namespace}/${pkg}` : pkg, links.package(ref)]);
  if (v === "v" && version) crumbs.push([version, links.version(ref, version)]);
  return (
    <nav className="crumbs" aria-label="Breadcrumbs">
      <ol>
        {crumbs.map(([label, to], i) => (
          <li key={to}>
            <a href={to} aria-current={i === crumbs.length - 1 ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function SettingsForm({ settings, onChange }: { settings: Settings; onChange(next: Settings): void }) {
  const [draft, setDraft] = useState(settings);
  const valid = accountPattern.test(draft.account) && regionPattern.test(draft.region);
  return (
    <form
      className="settings"
      aria-label="Account and region"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onChange(draft);
      }}
    >
      <label>
        Account
        <input
          name="account"
          inputMode="numeric"
          size={13}
          value={draft.account}
          onChange={(e) => setDraft({ ...draft, account: e.target.value.trim() })}
          aria-invalid={!accountPattern.test(draft.account)}
          title="12 digits"
        />
      </label>
      <label>
        Region
        <input
          name="region"
          size={12}
          value={draft.region}
          onChange={(e) => setDraft({ ...draft, region: e.target.value.trim() })}
          aria-invalid={!regionPattern.test(draft.region)}
        />
      </label>
      <button type="submit" disabled={!valid || (draft.account === settings.account && draft.region === settings.region)}>
        Switch
      </button>
    </form>
  );
}
