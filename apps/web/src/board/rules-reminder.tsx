import type { TLocale } from "@lab/domain/locale";
import {
  BOARD_LABELS_ES,
  defaultRules,
  reminderRules,
  type TBoardLabels,
  type TBoardRule,
} from "./board-format";
import "./board.css";

// The workshop's rules as a compact strip that stays on the board (camera, microphone,
// speaking time, raising the hand), or the seed deck's four when the workshop has none.

export function RulesReminder({
  rules,
  labels = BOARD_LABELS_ES.rules,
  locale = "es",
}: {
  rules: readonly TBoardRule[];
  labels?: TBoardLabels["rules"];
  /** The interface's language: the workshop's own rules are Spanish, marked so in another. */
  locale?: TLocale;
}) {
  const shown = reminderRules(rules, defaultRules(labels));
  return (
    <aside className="board-rules" aria-label={labels.region}>
      <p className="board-rules__label">{labels.label}</p>
      <ul className="board-rules__list" lang={shown.own && locale !== "es" ? "es" : undefined}>
        {shown.rules.map((rule) => (
          <li key={rule.title} className="board-rules__item">
            <span className="board-rules__title">{rule.title}</span>
            {rule.description ? (
              <span className="board-rules__description">{rule.description}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
