import { BOARD_MESSAGES_ES } from "@lab/domain/board";
import { COLUMN_TYPE_LABELS_ES } from "@lab/domain/dataset-view";
import { DATA_CONSENT_TITLE } from "@lab/domain/participant-signup";
import { CHANGE_BADGE_LABELS_ES } from "@lab/ui/indicators/change-badge";
import { DEMO_BADGE_LABELS_ES } from "@lab/ui/indicators/demo-badge";
import { EMBED_CODE_LABELS_ES } from "@lab/ui/indicators/embed-code";
import { INDICATOR_CARD_LABELS_ES } from "@lab/ui/indicators/indicator-card";
import { INDICATOR_CHART_LABELS_ES } from "@lab/ui/indicators/indicator-chart";
import { SERIES_TABLE_LABELS_ES } from "@lab/ui/indicators/series-table";
import { TARGET_PROGRESS_LABELS_ES } from "@lab/ui/indicators/target-progress";
import { GOV_CO_BAR_LABELS_ES } from "@lab/ui/layout/gov-co-bar";
import { SITE_FOOTER_LABELS_ES } from "@lab/ui/layout/site-footer";
import { SITE_HEADER_LABELS_ES } from "@lab/ui/layout/site-header";
import { describe, expect, it } from "vitest";
import { BOARD_LABELS_ES } from "../board/board-format";
import { en } from "./messages/en";
import { es } from "./messages/es";

type TTree = { [key: string]: string | TTree };

/** Every leaf as [dotted key, text], in a stable order. */
function leaves(tree: TTree, prefix = ""): [string, string][] {
  return Object.entries(tree)
    .flatMap(([key, value]): [string, string][] =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
    )
    .sort(([a], [b]) => a.localeCompare(b));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("interface messages", () => {
  const spanish = leaves(es);
  const english = leaves(en);

  it("have exactly the same keys in Spanish and English, at every level", () => {
    expect(english.map(([key]) => key)).toEqual(spanish.map(([key]) => key));
    expect(spanish.length).toBeGreaterThan(100);
  });

  it("are never empty nor only spaces", () => {
    for (const [key, text] of [...spanish, ...english]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("use the same placeholders in both languages", () => {
    const english = new Map(leaves(en));
    for (const [key, text] of spanish) {
      expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it("offer the other language, named in that language", () => {
    expect(es.chrome.switchLanguage).toBe("English");
    expect(en.chrome.switchLanguage).toBe("Español");
  });

  // The components keep their Spanish defaults for other callers; the Spanish pages pass these
  // messages instead, so both must read the same, byte for byte.
  it("repeat the ui components' Spanish defaults exactly", () => {
    expect(es.card.change).toEqual(CHANGE_BADGE_LABELS_ES);
    expect(es.card.demo).toEqual(DEMO_BADGE_LABELS_ES);
    expect(es.card.target).toEqual(TARGET_PROGRESS_LABELS_ES);
    expect(es.card).toEqual(INDICATOR_CARD_LABELS_ES);
    expect(es.indicator.embedCode).toEqual(EMBED_CODE_LABELS_ES);
    expect(es.indicator.chart).toEqual(INDICATOR_CHART_LABELS_ES);
    expect(es.indicator.table).toEqual(SERIES_TABLE_LABELS_ES);
    expect(es.chrome.govCoBar).toEqual(GOV_CO_BAR_LABELS_ES);
    expect(es.chrome.header).toEqual(SITE_HEADER_LABELS_ES);
    expect(es.chrome.footer).toEqual(SITE_FOOTER_LABELS_ES);
    expect(es.dataset.columnTypes).toEqual(COLUMN_TYPE_LABELS_ES);
  });

  // The board's shared pieces keep Spanish defaults for the moderators' console, and a few
  // texts are the domain's own: the Spanish pages must say exactly the same.
  it("repeat the board's Spanish defaults and the domain's wording exactly", () => {
    expect(es.board.shared).toEqual(BOARD_LABELS_ES);
    expect(es.board.join.invalidCode).toBe(BOARD_MESSAGES_ES.invalidCode);
    expect(es.board.notFound.body).toBe(BOARD_MESSAGES_ES.unknownCode);
    expect(es.signup.form.consentTitle).toBe(DATA_CONSENT_TITLE);
  });
});
