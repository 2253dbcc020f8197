import type { RenderedDocument } from "@codeartifact-local/format-kit";
import type { SimpleForm } from "./accept";
import { fileHref, type PypiCall } from "./call";
import { loadProjectView, type ProjectView } from "./project-view";
import { PypiError } from "./replies";

// The project page in its two forms: PEP 503 HTML (with PEP 592 yanks and PEP 658/714 metadata
// attributes) and PEP 691 JSON. Both carry `sha256` digests, `requires-python`, and the core
// metadata digest under the PEP 714 name and the older PEP 658 one (pip before 23.2 reads only the
// latter).

/** The project page as text; kept only when no live external index contributed to it. */
export async function renderProjectPage(call: PypiCall, project: string, form: SimpleForm): Promise<RenderedDocument> {
  const view = await loadProjectView(call, project);
  if (view.files.length === 0) {
    if (view.service.externalProblem)
      throw new PypiError(502, `Project ${project} is not in repository ${call.repository.name} or its upstreams, and ${view.service.externalProblem}.`);
    throw new PypiError(404, `Project ${project} was not found in repository ${call.repository.name}, its upstream repositories or external connections.`);
  }
  const body = form === "json" ? JSON.stringify(projectJson(view)) : projectHtml(view);
  return { body, cacheable: view.service.graph.externalConnections.length === 0 };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function projectHtml(view: ProjectView): string {
  const lines = view.files.map((file) => {
    const href = `${fileHref(file.version, file.filename)}${file.sha256 ? `#sha256=${file.sha256}` : ""}`;
    let attributes = `href="${escapeHtml(href)}"`;
    if (file.requiresPython) attributes += ` data-requires-python="${escapeHtml(file.requiresPython)}"`;
    if (file.coreMetadata !== undefined) {
      const value = file.coreMetadata === true ? "true" : `sha256=${file.coreMetadata}`;
      attributes += ` data-dist-info-metadata="${value}" data-core-metadata="${value}"`;
    }
    if (file.yanked !== undefined) attributes += ` data-yanked="${file.yanked === true ? "" : escapeHtml(file.yanked)}"`;
    return `    <a ${attributes}>${escapeHtml(file.filename)}</a><br/>`;
  });
  const title = `Links for ${escapeHtml(view.project)}`;
  return [
    "<!DOCTYPE html>",
    "<html>",
    "  <head>",
    '    <meta name="pypi:repository-version" content="1.1">',
    `    <title>${title}</title>`,
    "  </head>",
    "  <body>",
    `    <h1>${title}</h1>`,
    ...lines,
    "  </body>",
    "</html>",
    "",
  ].join("\n");
}

export function projectJson(view: ProjectView): Record<string, unknown> {
  const versions = [...new Set(view.files.map((f) => f.version))];
  return {
    meta: { "api-version": "1.1" },
    name: view.project,
    versions,
    files: view.files.map((file) => {
      const entry: Record<string, unknown> = {
        filename: file.filename,
        url: fileHref(file.version, file.filename),
        hashes: file.sha256 ? { sha256: file.sha256 } : {},
      };
      if (file.size !== undefined) entry.size = file.size;
      if (file.requiresPython) entry["requires-python"] = file.requiresPython;
      if (file.coreMetadata !== undefined) {
        const value = file.coreMetadata === true ? true : { sha256: file.coreMetadata };
        entry["core-metadata"] = value;
        entry["dist-info-metadata"] = value;
      }
      if (file.yanked !== undefined) entry.yanked = file.yanked;
      return entry;
    }),
  };
}
