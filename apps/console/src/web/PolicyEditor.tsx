import { useEffect, useState } from "react";
import { ConfirmButton, ErrorMessage, ActionResult, useAction } from "./components";
import { useLoad } from "./hooks";

/**
 * A resource policy as JSON text: read, replaced, deleted. "No policy" is the API's
 * ResourceNotFoundException, shown as an empty editor rather than an error.
 */
export function PolicyEditor({
  resource,
  load,
  save,
  remove,
}: {
  resource: string;
  load(): Promise<string | undefined>;
  save(document: string): Promise<unknown>;
  remove(): Promise<unknown>;
}) {
  const policy = useLoad(async () => {
    try {
      return { document: await load() };
    } catch (error) {
      if (error instanceof Error && error.name === "ResourceNotFoundException") return { document: undefined };
      throw error;
    }
  }, [resource]);
  const [text, setText] = useState("");
  useEffect(() => setText(policy.data?.document ? pretty(policy.data.document) : ""), [policy.data]);
  const action = useAction();
  return (
    <>
      <ErrorMessage error={policy.error} />
      {policy.data && !policy.data.document && <p className="muted">No resource policy is set.</p>}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (await action.run(() => save(text), "Policy saved.")) policy.reload();
        }}
      >
        <label className="block">
          Policy document (JSON)
          <textarea name="policy" rows={8} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} placeholder={placeholder(resource)} />
        </label>
        <div className="row">
          <button type="submit" className="primary" disabled={action.busy || !text.trim()}>
            Save policy
          </button>
          <ConfirmButton
            label="Delete policy"
            danger
            disabled={!policy.data?.document || action.busy}
            question={<p>Delete the resource policy of {resource}?</p>}
            onConfirm={async () => {
              if (await action.run(remove, "Policy deleted.")) policy.reload();
            }}
          />
        </div>
      </form>
      <ActionResult action={action} />
    </>
  );
}

function pretty(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 2);
  } catch {
    return document;
  }
}

function placeholder(resource: string): string {
  return JSON.stringify(
    {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "codeartifact:*", Resource: resource }],
    },
    null,
    2,
  );
}
