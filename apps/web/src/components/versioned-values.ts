import { useEffect, useRef, useState } from "react";

// A form over a record that others may save too (an indicator's ficha, a dataset's metadata).
// The page loads the values with a version token; saves carry the token, so a save over
// someone else's is refused (CONFLICT). When the page brings a new version (router.refresh):
// after our own save it is taken as is; after a conflict it is merged with what this person
// typed (their edits stay, for a second save); with unsaved edits and no conflict yet, the
// loaded token is kept, so saving them is refused and the person sees what changed.

type TAdopt = "saved" | "conflict" | null;

export function useVersionedValues<F extends string, V extends Record<F, string>, K>(
  fields: readonly F[],
  initial: V,
  loadedVersion: K,
) {
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  const [version, setVersion] = useState(loadedVersion);
  const adopt = useRef<TAdopt>(null);
  const [ack, setAck] = useState(0);

  // Runs when a new version arrives (or a save or conflict is acknowledged), not on keystrokes.
  useEffect(() => {
    if (loadedVersion === version) return;
    const dirty = fields.some((f) => values[f] !== base[f]);
    if (dirty && !adopt.current) return;
    const merge = adopt.current === "conflict";
    setValues((current) => {
      const next = { ...initial };
      if (merge) for (const f of fields) if (current[f] !== base[f]) next[f] = current[f];
      return next;
    });
    setBase(initial);
    setVersion(loadedVersion);
    adopt.current = null;
  }, [loadedVersion, ack]);

  const acknowledge = (how: Exclude<TAdopt, null>) => {
    adopt.current = how;
    setAck((n) => n + 1);
  };
  return {
    values,
    setValues,
    /** The values as loaded: what "changed" is measured against. */
    base,
    /** The token to send with the next save. */
    version,
    /** Our save went through: take the next version as is. */
    saved: () => acknowledge("saved"),
    /** Someone else saved first: merge their version with our edits. */
    conflicted: () => acknowledge("conflict"),
  };
}
