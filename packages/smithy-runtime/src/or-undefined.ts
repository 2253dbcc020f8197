/**
 * Wraps a parser that throws on bad input into one that answers undefined instead, for callers
 * that treat "not parseable" as an ordinary outcome (no match, or their own error message).
 */
export function orUndefined<R>(parse: (text: string) => R): (text: string) => R | undefined {
  return (text) => {
    try {
      return parse(text);
    } catch {
      return undefined;
    }
  };
}
