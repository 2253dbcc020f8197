import { useCallback, useEffect, useRef, useState } from "react";

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload(): void;
}

/** Runs `load` when `deps` change (and on `reload()`); a stale answer never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const call = ++latest.current;
    setState((previous) => ({ data: previous.data, loading: true }));
    load().then(
      (data) => call === latest.current && setState({ data, loading: false }),
      (error: unknown) => call === latest.current && setState({ error, loading: false }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

export interface Paged<T> extends Loaded<Page<T>> {
  pageNumber: number;
  hasPrevious: boolean;
  hasNext: boolean;
  next(): void;
  previous(): void;
}

/**
 * One page of a list at a time, moving with the API's own tokens: the tokens of the pages already
 * seen are kept so "previous" goes back without a new kind of request.
 */
export function usePaged<T>(loadPage: (token: string | undefined) => Promise<Page<T>>, deps: unknown[]): Paged<T> {
  const [tokens, setTokens] = useState<Array<string | undefined>>([undefined]);
  // New inputs (a filter, another repository) start again from the first page.
  const [depsOfTokens, setDepsOfTokens] = useState(deps);
  const sameDeps = deps.length === depsOfTokens.length && deps.every((d, i) => Object.is(d, depsOfTokens[i]));
  if (!sameDeps) {
    setDepsOfTokens(deps);
    setTokens([undefined]);
  }
  const token = sameDeps ? tokens[tokens.length - 1] : undefined;
  const loaded = useLoad(() => loadPage(token), [...deps, token]);
  return {
    ...loaded,
    pageNumber: tokens.length,
    hasPrevious: tokens.length > 1,
    hasNext: Boolean(loaded.data?.nextToken),
    next: () => loaded.data?.nextToken && setTokens([...tokens, loaded.data.nextToken]),
    previous: () => tokens.length > 1 && setTokens(tokens.slice(0, -1)),
  };
}
