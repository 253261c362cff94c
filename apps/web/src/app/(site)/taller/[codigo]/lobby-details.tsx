import type { TBoardLobby } from "@lab/domain/board-views";
import { interpolate, type TLocale } from "@lab/domain/locale";
import { defaultRules, reminderRules, type TBoardLabels } from "~/board/board-format";
import type { TMessages } from "~/i18n/messages";

// The workshop as people wait for it: objective, agenda and rules (the seed's four when the
// workshop lists none), as the seed deck's slides show them before the activity. The
// workshop's own texts are Spanish: marked so on a page in another language.

export function LobbyDetails({
  objective,
  agenda,
  rules,
  labels,
  rulesLabels,
  locale,
}: {
  objective: string;
  agenda: TBoardLobby["agenda"];
  rules: TBoardLobby["rules"];
  labels: TMessages["board"]["lobby"];
  rulesLabels: TBoardLabels["rules"];
  locale: TLocale;
}) {
  const es = locale === "es" ? undefined : "es";
  const shown = reminderRules(rules, defaultRules(rulesLabels));
  return (
    <div className="board-lobby">
      <section aria-labelledby="sala-objetivo">
        <h2 id="sala-objetivo">{labels.objective}</h2>
        <p lang={es}>{objective}</p>
      </section>
      {agenda.length > 0 ? (
        <section aria-labelledby="sala-agenda">
          <h2 id="sala-agenda">{labels.agenda}</h2>
          <ol className="board-lobby__agenda">
            {agenda.map((item, i) => (
              // The agenda's order is its identity; titles may repeat.
              <li key={i}>
                <span lang={es}>{item.title}</span>
                {item.presenter ? (
                  <span className="muted" lang={es}>
                    {" "}
                    — {item.presenter}
                  </span>
                ) : null}
                {item.durationMinutes ? (
                  <span className="muted">
                    {" "}
                    {interpolate(labels.minutes, { minutes: item.durationMinutes })}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="sala-reglas">
        <h2 id="sala-reglas">{labels.rules}</h2>
        <dl className="rules" lang={shown.own ? es : undefined}>
          {shown.rules.map((rule) => (
            <div key={rule.title}>
              <dt>{rule.title}</dt>
              {rule.description ? <dd>{rule.description}</dd> : null}
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
