// Maven's version order (the rules of ComparableVersion in maven-artifact 3.8, which the mvn on
// these machines uses for ranges and LATEST/RELEASE). No maintained npm library implements it: the
// one published port (mvncmp) orders `1-1` before `1-sp` and compares qualifiers with
// localeCompare, both unlike Maven; hence this small implementation.
//
// A version is split into items: runs of digits (numbers, any size), runs of letters (qualifiers),
// separated by `.` or `-`, or by a switch between digits and letters. `-` (and a digit/letter
// switch) opens a nested list. Trailing "null" items (0, "", "final", "ga", "release") are dropped
// from each list. Qualifiers rank alpha < beta < milestone < rc = cr < snapshot < "" = ga = final =
// release < sp < any other qualifier (those by text); a/b/m directly followed by a digit mean
// alpha/beta/milestone.

type Item = { kind: "int"; digits: string } | { kind: "string"; value: string } | { kind: "list"; items: Item[] };

const QUALIFIERS = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
const ALIASES: Record<string, string> = { ga: "", final: "", release: "", cr: "rc" };
const SHORTHANDS: Record<string, string> = { a: "alpha", b: "beta", m: "milestone" };
const RELEASE_RANK = String(QUALIFIERS.indexOf(""));

function qualifierRank(value: string): string {
  const i = QUALIFIERS.indexOf(value);
  return i < 0 ? `${QUALIFIERS.length}-${value}` : String(i);
}

function stringItem(text: string, followedByDigit: boolean): Item {
  const value = followedByDigit && text.length === 1 ? (SHORTHANDS[text] ?? text) : text;
  return { kind: "string", value: ALIASES[value] ?? value };
}

function intItem(text: string): Item {
  return { kind: "int", digits: text.replace(/^0+/, "") };
}

const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isNull(item: Item): boolean {
  if (item.kind === "int") return item.digits === "";
  if (item.kind === "string") return qualifierRank(item.value) === RELEASE_RANK;
  return item.items.length === 0;
}

/** Drops trailing null items; a nested list stops the walk only when it is not null itself. */
function normalize(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i];
    if (isNull(item)) list.splice(i, 1);
    else if (item.kind !== "list") break;
  }
}

/** Parses a version string into Maven's item tree. */
export function parseMavenVersion(version: string): Item {
  const text = version.toLowerCase();
  const root: Item[] = [];
  let list = root;
  const lists: Item[][] = [root];
  let inDigits = false;
  let start = 0;
  const open = () => {
    const nested: Item[] = [];
    list.push({ kind: "list", items: nested });
    list = nested;
    lists.push(nested);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "." || c === "-") {
      list.push(i === start ? intItem("0") : inDigits ? intItem(text.slice(start, i)) : stringItem(text.slice(start, i), false));
      start = i + 1;
      if (c === "-") open();
    } else if (c >= "0" && c <= "9") {
      if (!inDigits && i > start) {
        list.push(stringItem(text.slice(start, i), true));
        start = i;
        open();
      }
      inDigits = true;
    } else {
      if (inDigits && i > start) {
        list.push(intItem(text.slice(start, i)));
        start = i;
        open();
      }
      inDigits = false;
    }
  }
  if (text.length > start) list.push(inDigits ? intItem(text.slice(start)) : stringItem(text.slice(start), false));
  for (let i = lists.length - 1; i >= 0; i--) normalize(lists[i]);
  return { kind: "list", items: root };
}

/** Compares an item with another, or with nothing (`undefined`: the item is past the end of the other list). */
function compareItems(a: Item, b: Item | undefined): number {
  if (a.kind === "int") {
    if (!b) return a.digits === "" ? 0 : 1;
    if (b.kind !== "int") return 1;
    return a.digits.length - b.digits.length || textOrder(a.digits, b.digits);
  }
  if (a.kind === "string") {
    if (!b) return textOrder(qualifierRank(a.value), RELEASE_RANK);
    if (b.kind === "string") return textOrder(qualifierRank(a.value), qualifierRank(b.value));
    return -1;
  }
  if (!b) {
    for (const item of a.items) {
      const c = compareItems(item, undefined);
      if (c !== 0) return c;
    }
    return 0;
  }
  if (b.kind === "int") return -1;
  if (b.kind === "string") return 1;
  for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) {
    const x = a.items[i];
    const y = b.items[i];
    const c = x === undefined ? -compareItems(y, undefined) : compareItems(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

/** Maven's order of two version strings: negative, zero (equal in Maven's eyes, e.g. `1.0` and `1`) or positive. */
export function compareMavenVersions(a: string, b: string): number {
  return Math.sign(compareItems(parseMavenVersion(a), parseMavenVersion(b)));
}
