import { describe, expect, it } from "vitest";
import {
  INSTITUTION_TYPE_LABELS,
  INSTITUTION_TYPE_LABELS_EN,
  INSTITUTION_TYPE_LABELS_ES,
  INSTITUTION_TYPES,
  WORKSHOP_STATUS_LABELS,
  WORKSHOP_STATUS_LABELS_EN,
  WORKSHOP_STATUS_LABELS_ES,
  WORKSHOP_STATUSES,
} from "./workshop";

describe("workshop labels", () => {
  it("name every institution type in Spanish and English", () => {
    expect(INSTITUTION_TYPES.map((t) => INSTITUTION_TYPE_LABELS_EN[t])).toEqual([
      "University",
      "Productivity center",
      "Public entity",
      "Company",
      "Civil society",
      "International organization",
      "Other",
    ]);
    expect(INSTITUTION_TYPE_LABELS).toEqual({
      es: INSTITUTION_TYPE_LABELS_ES,
      en: INSTITUTION_TYPE_LABELS_EN,
    });
    expect(INSTITUTION_TYPE_LABELS.es.UNIVERSIDAD).toBe("Universidad");
  });

  it("name every workshop status in Spanish and English", () => {
    expect(WORKSHOP_STATUSES.map((s) => WORKSHOP_STATUS_LABELS_EN[s])).toEqual([
      "Scheduled",
      "In progress",
      "Held",
      "Results published",
    ]);
    expect(WORKSHOP_STATUS_LABELS).toEqual({
      es: WORKSHOP_STATUS_LABELS_ES,
      en: WORKSHOP_STATUS_LABELS_EN,
    });
    expect(WORKSHOP_STATUS_LABELS.es.CLOSED).toBe("Realizado");
  });
});
