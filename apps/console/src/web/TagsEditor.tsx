import { ListTagsForResourceCommand, TagResourceCommand, UntagResourceCommand } from "@aws-sdk/client-codeartifact";
import { useState } from "react";
import { useApi } from "./api";
import { ActionResult, Load, useAction } from "./components";
import { useLoad } from "./hooks";

/** The tags of a domain or repository, by its ARN. */
export function TagsEditor({ arn }: { arn: string }) {
  const { client } = useApi();
  const tags = useLoad(async () => (await client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags ?? [], [client, arn]);
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  const action = useAction();
  return (
    <>
      <Load state={tags}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No tags.</p>
          ) : (
            <ul className="tags">
              {list.map((tag) => (
                <li key={tag.key}>
                  <span className="tag">
                    {tag.key}={tag.value}
                  </span>
                  <button
                    type="button"
                    className="small"
                    aria-label={`Remove tag ${tag.key}`}
                    onClick={async () => {
                      if (await action.run(() => client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: [tag.key!] })), `Removed tag ${tag.key}.`))
                        tags.reload();
                    }}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Load>
      <form
        className="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (await action.run(() => client.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key, value }] })), `Tagged ${key}=${value}.`)) {
            setKey("");
            setValue("");
            tags.reload();
          }
        }}
      >
        <label>
          Key
          <input name="tag-key" value={key} onChange={(e) => setKey(e.target.value)} required />
        </label>
        <label>
          Value
          <input name="tag-value" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <button type="submit" disabled={action.busy}>
          Add tag
        </button>
      </form>
      <ActionResult action={action} />
    </>
  );
}
