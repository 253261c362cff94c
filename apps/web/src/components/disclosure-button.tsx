import { type ReactNode, type Ref, useMemo, useRef } from "react";

// Buttons that open a panel beside them (an inline editor, a confirmation): they say whether
// their panel is open, and focus goes back to the one that opened it when the panel closes.

/** Buttons by key, so focus can return to the one that opened a panel. */
export function useButtonRegistry() {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  return useMemo(
    () => ({
      /** The ref for the button known as `key`. */
      register: (key: string) => (element: HTMLButtonElement | null) => {
        if (element) buttons.current.set(key, element);
        else buttons.current.delete(key);
      },
      /** Focuses that button; false when it is no longer on the page. */
      focus: (key: string): boolean => {
        const button = buttons.current.get(key);
        button?.focus();
        return button !== undefined;
      },
    }),
    [],
  );
}

export function DisclosureButton({
  buttonRef,
  expanded,
  label,
  variant = "secondary",
  onClick,
  children,
}: {
  buttonRef?: Ref<HTMLButtonElement>;
  /** Whether the panel this button opens is open. */
  expanded: boolean;
  /** The full name, when the visible text alone is ambiguous (one per row of a table). */
  label?: string;
  variant?: "secondary" | "danger";
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      ref={buttonRef}
      className={`button button--${variant} button--small`}
      aria-label={label}
      aria-expanded={expanded}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
