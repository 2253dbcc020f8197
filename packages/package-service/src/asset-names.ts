import { invalid } from "./errors";

// The asset-name rules of the User Guide (generic packages): Unicode letters (Lu, Ll, Lt, Lm, Lo),
// letter numbers (Nl), decimal digits (Nd), the punctuation below, and single inner spaces. Path
// separators, control characters and the names `.` and `..` can never appear, so an asset name is
// always safe as a path segment. At most 255 characters, as the API's AssetName allows.
const ALLOWED = /^[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}\p{Nd}~!@^&()\-`_+[\]{};,. ]+$/u;

const MAX_ASSET_NAME = 255;

/** Why the name is refused, or undefined when it is acceptable. */
export function assetNameProblem(name: string): string | undefined {
  if (name.length === 0) return "must not be empty";
  if ([...name].length > MAX_ASSET_NAME) return `must not be longer than ${MAX_ASSET_NAME} characters`;
  if (name === "." || name === "..") return `must not be "${name}"`;
  if (!ALLOWED.test(name)) {
    return "may contain only Unicode letters and numbers, spaces and the characters ~ ! @ ^ & ( ) - ` _ + [ ] { } ; , .";
  }
  if (name.startsWith(" ") || name.endsWith(" ")) return "must not start or end with a space";
  if (name.includes("  ")) return "must not contain consecutive spaces";
  return undefined;
}

export function checkAssetName(name: string): void {
  const problem = assetNameProblem(name);
  if (problem) throw invalid(`Invalid asset name "${name.length > 300 ? `${name.slice(0, 300)}…` : name}": the name ${problem}.`);
}
