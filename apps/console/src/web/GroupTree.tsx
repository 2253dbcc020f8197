import type { PackageGroupOriginRestriction, PackageGroupSummary } from "@aws-sdk/client-codeartifact";

const restrictionTypes = [
  ["PUBLISH", "publish"],
  ["EXTERNAL_UPSTREAM", "external upstream"],
  ["INTERNAL_UPSTREAM", "internal upstream"],
] as const;

/** A domain's package groups nested under their parents, each with its effective origin restrictions. */
export function GroupTree({ groups }: { groups: PackageGroupSummary[] }) {
  const children = new Map<string | undefined, PackageGroupSummary[]>();
  const arns = new Set(groups.map((g) => g.arn));
  for (const group of groups) {
    // A group whose parent is not in the list still shows, at the top.
    const parent = group.parent?.arn && arns.has(group.parent.arn) ? group.parent.arn : undefined;
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  for (const list of children.values()) list.sort((a, b) => a.pattern!.localeCompare(b.pattern!));
  if (groups.length === 0) return <p className="muted">No package groups.</p>;
  const render = (parent: string | undefined, level: number) => (
    <ul className={level === 1 ? "tree" : undefined} role={level === 1 ? "tree" : "group"} aria-label={level === 1 ? "Package groups" : undefined}>
      {(children.get(parent) ?? []).map((group) => (
        <li key={group.arn} role="treeitem" aria-level={level} aria-expanded={children.has(group.arn) ? true : undefined} aria-selected={false}>
          <div className="tree-node">
            <code className="pattern">{group.pattern}</code>
            {group.description && <span className="muted"> — {group.description}</span>}
            <div className="restrictions">
              {restrictionTypes.map(([type, label]) => (
                <Restriction key={type} label={label} restriction={group.originConfiguration?.restrictions?.[type]} />
              ))}
            </div>
          </div>
          {children.has(group.arn) && render(group.arn, level + 1)}
        </li>
      ))}
    </ul>
  );
  return render(undefined, 1);
}

function Restriction({ label, restriction }: { label: string; restriction?: PackageGroupOriginRestriction }) {
  const mode = restriction?.effectiveMode ?? restriction?.mode ?? "—";
  const inherited = restriction?.mode === "INHERIT" && restriction.inheritedFrom?.pattern;
  return (
    <span className={`badge mode-${mode.toLowerCase()}`} title={inherited ? `inherited from ${restriction.inheritedFrom!.pattern}` : undefined}>
      {label}: {mode}
      {inherited ? ` (from ${restriction.inheritedFrom!.pattern})` : ""}
    </span>
  );
}
