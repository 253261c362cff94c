import type { TRole } from "@lab/domain/role";

/**
 * Over what a role may act: "any" (everything the procedure reaches) or "ownOffice" (ADMIN on
 * every indicator, EDITOR only on those owned by one of their offices; enforced by
 * `assertCanEditIndicator` in ./authorization, called by the service before it writes).
 */
export type TScope = "any" | "ownOffice";

/** "public": anyone, signed in or not. Otherwise the roles that may call it, and over what. */
export type TRule = "public" | { roles: readonly TRole[]; scope: TScope };

/**
 * Who may do what: every tRPC procedure of the app router, by path. Procedures declare their
 * entry with `permittedProcedure(path)` (or use `publicProcedure` for "public" ones).
 * tests/integration/authorization.test.ts fails for a procedure missing here and calls each one
 * as every kind of user, expecting exactly this table.
 */
export const PERMISSIONS = {
  "indicators.list": "public",
  "indicators.bySlug": "public",
  // Returns only what the caller may edit (see editableIndicatorsWhere).
  "indicators.editable": { roles: ["ADMIN", "EDITOR"], scope: "any" },
  "indicators.workspace": { roles: ["ADMIN", "EDITOR"], scope: "ownOffice" },
  "indicators.create": { roles: ["ADMIN"], scope: "any" },
  // Editors' changes are drafts; only `publish` puts them on the public site.
  "indicators.recordObservation": { roles: ["ADMIN", "EDITOR"], scope: "ownOffice" },
  "indicators.deleteObservation": { roles: ["ADMIN", "EDITOR"], scope: "ownOffice" },
  "indicators.updateMetadata": { roles: ["ADMIN", "EDITOR"], scope: "ownOffice" },
  "indicators.submit": { roles: ["ADMIN", "EDITOR"], scope: "ownOffice" },
  "indicators.reject": { roles: ["ADMIN"], scope: "any" },
  "indicators.publish": { roles: ["ADMIN"], scope: "any" },
  // Every signed-in user, on their own account only.
  "account.changePassword": {
    roles: ["ADMIN", "EDITOR", "PUBLISHER", "PARTICIPANT"],
    scope: "any",
  },
  // Read only: nothing in the app edits or deletes audit entries.
  "audit.forIndicator": { roles: ["ADMIN", "EDITOR"], scope: "ownOffice" },
  "audit.list": { roles: ["ADMIN"], scope: "any" },
  "workshops.list": "public",
  "workshops.bySlug": "public",
  // Accounts and offices: the administration only.
  "users.list": { roles: ["ADMIN"], scope: "any" },
  "users.create": { roles: ["ADMIN"], scope: "any" },
  "users.update": { roles: ["ADMIN"], scope: "any" },
  "users.setActive": { roles: ["ADMIN"], scope: "any" },
  "users.resetPassword": { roles: ["ADMIN"], scope: "any" },
  "offices.list": { roles: ["ADMIN"], scope: "any" },
  "offices.create": { roles: ["ADMIN"], scope: "any" },
  // The open-data catalog as citizens see it: published datasets only.
  "datasets.search": "public",
  "datasets.bySlug": "public",
  // The open-data catalog's publishers (the TIC office), on every dataset.
  "datasets.mine": { roles: ["ADMIN", "PUBLISHER"], scope: "any" },
  "datasets.forPublisher": { roles: ["ADMIN", "PUBLISHER"], scope: "any" },
  "datasets.formOptions": { roles: ["ADMIN", "PUBLISHER"], scope: "any" },
  "datasets.create": { roles: ["ADMIN", "PUBLISHER"], scope: "any" },
  "datasets.updateMetadata": { roles: ["ADMIN", "PUBLISHER"], scope: "any" },
  "datasets.updateColumns": { roles: ["ADMIN", "PUBLISHER"], scope: "any" },
  "datasets.publishVersion": { roles: ["ADMIN", "PUBLISHER"], scope: "any" },
  "datasets.rollback": { roles: ["ADMIN", "PUBLISHER"], scope: "any" },
  "datasets.unpublish": { roles: ["ADMIN", "PUBLISHER"], scope: "any" },
  // Workshops and their outcomes (issue #6): every staff role edits them; the attendance
  // register's personal data is read only here, never by a public procedure.
  "workshopAdmin.list": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.bySlug": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.create": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.update": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.setStatus": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.publishResults": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.delete": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveAgenda": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveRules": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveSpecificObjectives": {
    roles: ["ADMIN", "EDITOR", "PUBLISHER"],
    scope: "any",
  },
  "workshopAdmin.saveQuestions": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveFacilitators": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveAttendee": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.deleteAttendee": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.previewAttendeeImport": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.applyAttendeeImport": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveContribution": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.deleteContribution": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveCapacityMap": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.suggestCapacityMap": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveAlliance": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.deleteAlliance": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveMilestone": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.deleteMilestone": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.institutions": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.saveInstitution": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.deleteInstitution": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "workshopAdmin.mergeInstitutions": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  // Data-culture lessons (issue #7): citizens read published lessons and check answers without
  // an account; a signed-in reader of any role keeps their own progress on the server.
  "lessons.list": "public",
  "lessons.bySlug": "public",
  "lessons.checkAnswer": "public",
  "lessons.myProgress": { roles: ["ADMIN", "EDITOR", "PUBLISHER", "PARTICIPANT"], scope: "any" },
  "lessons.saveProgress": { roles: ["ADMIN", "EDITOR", "PUBLISHER", "PARTICIPANT"], scope: "any" },
  // Every staff role writes and publishes lessons.
  "lessonAdmin.list": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "lessonAdmin.bySlug": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "lessonAdmin.create": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "lessonAdmin.update": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "lessonAdmin.check": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "lessonAdmin.publish": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "lessonAdmin.unpublish": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "lessonAdmin.saveModule": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  // Workshop participants create their own account (no session yet) and choose their
  // institution from the registered ones.
  "participants.register": "public",
  "participants.institutions": "public",
  // The live board: anyone may see a lobby; any signed-in account may join and take part
  // (members only: the services check the seat); staff moderate.
  "board.lobby": "public",
  "board.join": { roles: ["ADMIN", "EDITOR", "PUBLISHER", "PARTICIPANT"], scope: "any" },
  "board.postNote": { roles: ["ADMIN", "EDITOR", "PUBLISHER", "PARTICIPANT"], scope: "any" },
  "board.raiseHand": { roles: ["ADMIN", "EDITOR", "PUBLISHER", "PARTICIPANT"], scope: "any" },
  "board.lowerHand": { roles: ["ADMIN", "EDITOR", "PUBLISHER", "PARTICIPANT"], scope: "any" },
  "board.vote": { roles: ["ADMIN", "EDITOR", "PUBLISHER", "PARTICIPANT"], scope: "any" },
  "boardAdmin.ensure": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.open": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.openQuestion": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.giveFloor": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.endFloor": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.removeHand": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.hideNote": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.saveCluster": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.openVoting": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.closeVoting": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
  "boardAdmin.close": { roles: ["ADMIN", "EDITOR", "PUBLISHER"], scope: "any" },
} as const satisfies Record<string, TRule>;

/** Pages and REST routes outside tRPC (checked by the page or the route's handler). */
export const PAGE_PERMISSIONS = {
  "admin.access": ["ADMIN", "EDITOR", "PUBLISHER"],
  // POST /api/admin/datasets/{slug}/versions (rest/dataset-upload-handler.ts), any dataset.
  "datasets.upload": ["ADMIN", "PUBLISHER"],
  // The live board's moderators: its console, every dot of hidden tallies, the projector.
  "board.moderate": ["ADMIN", "EDITOR", "PUBLISHER"],
} as const satisfies Record<string, readonly TRole[]>;

export type TProcedurePath = keyof typeof PERMISSIONS;

/** The procedures that need a signed-in role: what `permittedProcedure` accepts. */
export type TGuardedPath = {
  [P in TProcedurePath]: (typeof PERMISSIONS)[P] extends "public" ? never : P;
}[TProcedurePath];

export type TPermission = TProcedurePath | keyof typeof PAGE_PERMISSIONS;

export function ruleFor(permission: TPermission): TRule {
  if (permission in PERMISSIONS) return PERMISSIONS[permission as TProcedurePath];
  return { roles: PAGE_PERMISSIONS[permission as keyof typeof PAGE_PERMISSIONS], scope: "any" };
}

/** Whether the role may call it at all (an "ownOffice" scope is checked per indicator). */
export function roleAllows(role: TRole, permission: TPermission): boolean {
  const rule = ruleFor(permission);
  return rule === "public" || rule.roles.includes(role);
}
