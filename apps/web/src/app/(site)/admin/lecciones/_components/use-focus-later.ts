import { useEffect, useState } from "react";

/**
 * Moves focus to an element once it is rendered: the field of a row just added, or the add
 * button after a row is removed, so keyboard and screen-reader users stay where they work.
 */
export function useFocusLater() {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
