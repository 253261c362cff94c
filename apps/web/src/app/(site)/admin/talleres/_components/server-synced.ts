import { useState } from "react";

/**
 * Form state that starts from the server's data and follows it after each refresh, unless the
 * person has unsaved edits: after a save, the refreshed data (with new ids) replaces the form's.
 */
export function useServerSynced<T>(server: T) {
  const key = JSON.stringify(server);
  const [state, setState] = useState(server);
  const [dirty, setDirty] = useState(false);
  const [seen, setSeen] = useState(key);
  if (seen !== key) {
    setSeen(key);
    if (!dirty) setState(server);
  }
  return {
    value: state,
    edit(next: T | ((previous: T) => T)) {
      setState(next);
      setDirty(true);
    },
    /** Saved: the next data from the server replaces the form's. */
    saved() {
      setDirty(false);
    },
  };
}
