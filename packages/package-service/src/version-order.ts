// The version order of formats without an adapter of their own (generic packages, and formats
// whose endpoint is not built yet). The store orders version strings byte-wise; clients expect
// "1.10.0" after "1.9.0": SemVer 2.0 precedence where both strings are SemVer, otherwise a natural
// ordering (numeric runs compared as numbers). Formats supply their own order (formats.ts).

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function compareNumeric(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, "");
  const y = b.replace(/^0+(?=\d)/, "");
  return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
}

function compareSemver(a: RegExpExecArray, b: RegExpExecArray): number {
  for (let i = 1; i <= 3; i++) {
    const c = compareNumeric(a[i], b[i]);
    if (c !== 0) return c;
  }
  const pa = a[4];
  const pb = b[4];
  // A pre-release sorts before the release it precedes.
  if (pa === undefined || pb === undefined) return pa === pb ? 0 : pa === undefined ? 1 : -1;
  const xs = pa.split(".");
  const ys = pb.split(".");
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    const c = xn && yn ? compareNumeric(x, y) : xn ? -1 : yn ? 1 : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return xs.length - ys.length;
}

function compareNatural(a: string, b: string): number {
  const xs = a.match(/\d+|\D+/g) ?? [];
  const ys = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    const xn = /^\d/.test(x);
    const yn = /^\d/.test(y);
    const c = xn && yn ? compareNumeric(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return xs.length - ys.length;
}

/** SemVer precedence, else natural order; 0 for equal-ranking strings. */
export function compareVersions(a: string, b: string): number {
  const sa = SEMVER.exec(a);
  const sb = SEMVER.exec(b);
  return sa && sb ? compareSemver(sa, sb) : compareNatural(a, b);
}
