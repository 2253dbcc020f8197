// Source repository URLs compared the way a registry maps them to package identifiers (section
// 4.5): `https://github.com/mona/LinkedList`, `https://github.com/mona/LinkedList.git`,
// `git@github.com:mona/LinkedList.git` and `ssh://git@github.com/mona/LinkedList` are one
// repository. The scheme, user, a trailing `.git` or `/` and letter case do not tell them apart.

/** The comparable form of a repository URL: `host/path`, lowercased; undefined when it names no repository. */
export function repositoryKey(url: string): string | undefined {
  let text = url.trim().toLowerCase();
  if (text === "" || /[\s\\]/.test(text)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(text);
  if (scheme) {
    text = text.slice(scheme[0].length);
  } else {
    // scp-like syntax: [user@]host:path
    const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.*)$/.exec(text);
    if (!scp) return undefined;
    text = `${scp[1]}/${scp[2]}`;
  }
  text = text.replace(/^[^@/]*@/, ""); // user info
  text = text.replace(/[?#].*$/, "");
  const slash = text.indexOf("/");
  if (slash <= 0) return undefined;
  const host = text.slice(0, slash).replace(/:\d+$/, "");
  let path = text.slice(slash + 1).replace(/\/+$/, "");
  if (path.endsWith(".git")) path = path.slice(0, -4);
  path = path.replace(/\/+$/, "");
  if (path === "") return undefined;
  return `${host}/${path}`;
}
