// PEP 691 content negotiation on the simple page: the JSON and HTML forms of v1 (and `latest`),
// `text/html` and `*/*` for the HTML form; nothing acceptable is a 406, as on CodeArtifact.

export type SimpleForm = "json" | "html";

export const JSON_TYPE = "application/vnd.pypi.simple.v1+json";
export const HTML_TYPE = "application/vnd.pypi.simple.v1+html";

const FORMS: Record<string, SimpleForm> = {
  [JSON_TYPE]: "json",
  "application/vnd.pypi.simple.latest+json": "json",
  [HTML_TYPE]: "html",
  "application/vnd.pypi.simple.latest+html": "html",
  "text/html": "html",
  "text/*": "html",
  "*/*": "html",
};

/** The form the client prefers (highest q, then header order), or undefined when none is acceptable. */
export function negotiate(accept: string | undefined): SimpleForm | undefined {
  if (accept === undefined || accept.trim() === "") return "html";
  let best: { form: SimpleForm; q: number } | undefined;
  for (const part of accept.split(",")) {
    const [type, ...params] = part.trim().split(";");
    const form = FORMS[type.trim().toLowerCase()];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!form || !(q > 0)) continue;
    if (!best || q > best.q) best = { form, q };
  }
  return best?.form;
}
