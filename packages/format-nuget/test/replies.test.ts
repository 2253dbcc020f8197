import { describe, expect, it } from "vitest";
import { splitChallenges } from "../src/replies";

describe("challenges", () => {
  it("splits the kit's combined challenge into one per scheme, keeping each scheme's parameters", () => {
    expect(splitChallenges('Bearer realm="d/r", Basic realm="d/r"')).toEqual(['Bearer realm="d/r"', 'Basic realm="d/r"']);
    expect(splitChallenges('Bearer realm="a, b", error="x", Basic realm="a"')).toEqual(['Bearer realm="a, b", error="x"', 'Basic realm="a"']);
    expect(splitChallenges('Basic realm="only"')).toEqual(['Basic realm="only"']);
  });
});
