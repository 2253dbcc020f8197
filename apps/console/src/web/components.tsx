import { Fragment, useEffect, useRef, useState, type ReactNode } from "react";
import { errorMessage } from "./api";
import type { Loaded, Paged } from "./hooks";

/** An API error, worded as the server sent it, in a live region so screen readers announce it. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="message error" role="alert">
      {errorMessage(error)}
    </p>
  );
}

export function Notice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p className="message ok" role="status">
      {text}
    </p>
  );
}

/** Loading, error or content, so a failed call never leaves a blank page. */
export function Load<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorMessage error={state.error} />;
  if (state.data === undefined) return <p className="muted">Loading…</p>;
  return <>{children(state.data)}</>;
}

export function Pager<T>({ paged, label }: { paged: Paged<T>; label: string }) {
  if (!paged.hasPrevious && !paged.hasNext) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={paged.previous} disabled={!paged.hasPrevious || paged.loading}>
        ← Previous
      </button>
      <span>Page {paged.pageNumber}</span>
      <button type="button" onClick={paged.next} disabled={!paged.hasNext || paged.loading}>
        Next →
      </button>
    </nav>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="card">
      <header className="card-header">
        <h2 id={id}>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

export interface ActionState {
  busy: boolean;
  error?: unknown;
  done?: string;
  run(action: () => Promise<unknown>, done?: string): Promise<boolean>;
}

/** Runs one write at a time and keeps its outcome (the API's error, or what was done) for display. */
export function useAction(): ActionState {
  const [state, setState] = useState<{ busy: boolean; error?: unknown; done?: string }>({ busy: false });
  return {
    ...state,
    run: async (action, done) => {
      setState({ busy: true });
      try {
        await action();
        setState({ busy: false, done });
        return true;
      } catch (error) {
        setState({ busy: false, error });
        return false;
      }
    },
  };
}

export function ActionResult({ action }: { action: ActionState }) {
  return (
    <>
      <ErrorMessage error={action.error} />
      <Notice text={action.done} />
    </>
  );
}

/**
 * A button that asks before it acts, in a modal dialog (focus moves into it, Escape cancels).
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel = label,
  danger,
  disabled,
  onConfirm,
}: {
  label: string;
  question: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  disabled?: boolean;
  onConfirm(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);
  return (
    <>
      <button type="button" className={danger ? "danger" : undefined} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      <dialog ref={dialog} onClose={() => setOpen(false)} aria-label={label}>
        <div className="dialog-body">{question}</div>
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)} autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className={danger ? "danger" : "primary"}
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}

export function Time({ value }: { value?: Date }) {
  if (!value) return <span className="muted">—</span>;
  return (
    <time dateTime={value.toISOString()}>
      {value
        .toISOString()
        .replace("T", " ")
        .replace(/\.\d+Z$/, " UTC")}
    </time>
  );
}

export function Copyable({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="code-block">
      <pre tabIndex={0} aria-label={label}>
        <code>{text}</code>
      </pre>
      <button
        type="button"
        className="small"
        onClick={() =>
          navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}

export function formatBytes(size?: number): string {
  if (size === undefined) return "—";
  if (size < 1024) return `${size} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** A resource's facts as a definition list, in the order given; a missing or empty value shows as a dash. */
export function Facts({ facts }: { facts: Record<string, ReactNode> }) {
  return (
    <dl className="facts">
      {Object.entries(facts).map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value === undefined || value === null || value === "" ? <span className="muted">—</span> : value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export interface TableProps<T> {
  items: T[];
  empty: string;
  headers: ReactNode[];
  rowKey(item: T): string;
  cells(item: T): ReactNode[];
}

/** A list as a table (scrolling sideways on narrow screens), or a line saying it is empty. */
export function Table<T>({ items, empty, headers, rowKey, cells }: TableProps<T>) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            {headers.map((header, i) => (
              <th key={i}>{header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={rowKey(item)}>
              {cells(item).map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The current page of a paged list as a table, with the pager under it. */
export function PagedTable<T>({ paged, label, ...table }: { paged: Paged<T>; label: string } & Omit<TableProps<T>, "items">) {
  return (
    <>
      <Load state={paged}>{(page) => <Table items={page.items} {...table} />}</Load>
      <Pager paged={paged} label={label} />
    </>
  );
}
