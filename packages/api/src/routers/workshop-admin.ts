import {
  ZAllianceIdInput,
  ZAllianceInput,
  ZAttendeeIdInput,
  ZAttendeeInput,
  ZContributionIdInput,
  ZContributionInput,
  ZCreateWorkshopInput,
  ZInstitutionIdInput,
  ZInstitutionInput,
  ZMergeInstitutionsInput,
  ZMilestoneIdInput,
  ZMilestoneInput,
  ZSaveAgendaInput,
  ZSaveCapacityMapInput,
  ZSaveFacilitatorsInput,
  ZSaveQuestionsInput,
  ZSaveRulesInput,
  ZSaveSpecificObjectivesInput,
  ZSetWorkshopStatusInput,
  ZUpdateWorkshopInput,
  ZWorkshopIdInput,
  ZWorkshopRevisionInput,
  ZWorkshopSlugInput,
} from "@lab/domain/workshop-admin";
import {
  ZCapacityProfileView,
  ZDeleteWorkshopResult,
  ZInstitutionAdminView,
  ZMergeResult,
  ZPublishResultsResult,
  ZRevisionResult,
  ZWorkshopAdminSummary,
  ZWorkshopAdminView,
} from "@lab/domain/workshop-admin-views";
import {
  ZApplyAttendeeImportInput,
  ZAttendeeImportInput,
  ZAttendeeImportPreview,
  ZAttendeeImportResult,
} from "@lab/domain/workshop-attendee-import";
import { z } from "zod";
import type { TPublicTopic } from "../public-cache";
import {
  createWorkshop,
  deleteWorkshop,
  getWorkshopForStaff,
  listWorkshopsForStaff,
  saveAgenda,
  saveFacilitators,
  saveQuestions,
  saveRules,
  saveSpecificObjectives,
  updateWorkshop,
} from "../services/workshop-admin";
import {
  deleteAlliance,
  deleteMilestone,
  saveAlliance,
  saveMilestone,
} from "../services/workshop-admin-alliances";
import { saveCapacityMap, suggestCapacityMap } from "../services/workshop-admin-capacity";
import { deleteContribution, saveContribution } from "../services/workshop-admin-contributions";
import {
  deleteInstitution,
  listInstitutions,
  mergeInstitutions,
  saveInstitution,
} from "../services/workshop-admin-institutions";
import { publishResults, setWorkshopStatus } from "../services/workshop-admin-publish";
import {
  applyAttendeeImport,
  deleteAttendee,
  previewAttendeeImport,
  saveAttendee,
} from "../services/workshop-admin-register";
import { createTRPCRouter, permittedProcedure, type TContext } from "../trpc";

// The staff's workshops (ADMIN, EDITOR, PUBLISHER): thin calls into services/workshop-admin*.
// Every write announces "workshops" on the bus in its transaction; this instance also forgets
// at once, so the person's next public page already shows the change.

async function forget<T>(
  ctx: TContext,
  change: Promise<T>,
  topics: TPublicTopic[] = ["workshops"],
): Promise<T> {
  const result = await change;
  for (const topic of topics) ctx.cache?.invalidate(topic);
  return result;
}

const ZId = z.object({ id: z.string() });

export const workshopAdminRouter = createTRPCRouter({
  list: permittedProcedure("workshopAdmin.list")
    .output(z.array(ZWorkshopAdminSummary))
    .query(({ ctx }) => listWorkshopsForStaff(ctx.prisma)),

  bySlug: permittedProcedure("workshopAdmin.bySlug")
    .input(ZWorkshopSlugInput)
    .output(ZWorkshopAdminView)
    .query(({ ctx, input }) => getWorkshopForStaff(ctx.prisma, input.slug)),

  create: permittedProcedure("workshopAdmin.create")
    .input(ZCreateWorkshopInput)
    .output(z.object({ id: z.string(), slug: z.string() }))
    .mutation(({ ctx, input }) => forget(ctx, createWorkshop(ctx.prisma, ctx.session, input))),

  update: permittedProcedure("workshopAdmin.update")
    .input(ZUpdateWorkshopInput)
    .output(ZRevisionResult)
    .mutation(({ ctx, input }) => forget(ctx, updateWorkshop(ctx.prisma, ctx.session, input))),

  // Both recompute the indicators fed by workshops, hence the second topic.
  setStatus: permittedProcedure("workshopAdmin.setStatus")
    .input(ZSetWorkshopStatusInput)
    .output(ZRevisionResult)
    .mutation(({ ctx, input }) =>
      forget(ctx, setWorkshopStatus(ctx.prisma, ctx.session, input), ["workshops", "indicators"]),
    ),

  publishResults: permittedProcedure("workshopAdmin.publishResults")
    .input(ZWorkshopRevisionInput)
    .output(ZPublishResultsResult)
    .mutation(({ ctx, input }) =>
      forget(ctx, publishResults(ctx.prisma, ctx.session, input), ["workshops", "indicators"]),
    ),

  delete: permittedProcedure("workshopAdmin.delete")
    .input(ZWorkshopRevisionInput)
    .output(ZDeleteWorkshopResult)
    .mutation(({ ctx, input }) => forget(ctx, deleteWorkshop(ctx.prisma, ctx.session, input))),

  saveAgenda: permittedProcedure("workshopAdmin.saveAgenda")
    .input(ZSaveAgendaInput)
    .output(ZRevisionResult)
    .mutation(({ ctx, input }) => forget(ctx, saveAgenda(ctx.prisma, ctx.session, input))),

  saveRules: permittedProcedure("workshopAdmin.saveRules")
    .input(ZSaveRulesInput)
    .output(ZRevisionResult)
    .mutation(({ ctx, input }) => forget(ctx, saveRules(ctx.prisma, ctx.session, input))),

  saveSpecificObjectives: permittedProcedure("workshopAdmin.saveSpecificObjectives")
    .input(ZSaveSpecificObjectivesInput)
    .output(ZRevisionResult)
    .mutation(({ ctx, input }) =>
      forget(ctx, saveSpecificObjectives(ctx.prisma, ctx.session, input)),
    ),

  saveQuestions: permittedProcedure("workshopAdmin.saveQuestions")
    .input(ZSaveQuestionsInput)
    .output(ZRevisionResult)
    .mutation(({ ctx, input }) => forget(ctx, saveQuestions(ctx.prisma, ctx.session, input))),

  saveFacilitators: permittedProcedure("workshopAdmin.saveFacilitators")
    .input(ZSaveFacilitatorsInput)
    .output(ZRevisionResult)
    .mutation(({ ctx, input }) => forget(ctx, saveFacilitators(ctx.prisma, ctx.session, input))),

  // The attendance register: personal data, never public.
  saveAttendee: permittedProcedure("workshopAdmin.saveAttendee")
    .input(ZAttendeeInput)
    .output(ZId)
    .mutation(({ ctx, input }) => forget(ctx, saveAttendee(ctx.prisma, ctx.session, input))),

  deleteAttendee: permittedProcedure("workshopAdmin.deleteAttendee")
    .input(ZAttendeeIdInput)
    .output(z.object({ deleted: z.string() }))
    .mutation(({ ctx, input }) =>
      forget(ctx, deleteAttendee(ctx.prisma, ctx.session, input.attendeeId)),
    ),

  // A mutation although it writes nothing: the file travels in the request's body.
  previewAttendeeImport: permittedProcedure("workshopAdmin.previewAttendeeImport")
    .input(ZAttendeeImportInput)
    .output(ZAttendeeImportPreview)
    .mutation(({ ctx, input }) => previewAttendeeImport(ctx.prisma, input)),

  applyAttendeeImport: permittedProcedure("workshopAdmin.applyAttendeeImport")
    .input(ZApplyAttendeeImportInput)
    .output(ZAttendeeImportResult)
    .mutation(({ ctx, input }) => forget(ctx, applyAttendeeImport(ctx.prisma, ctx.session, input))),

  saveContribution: permittedProcedure("workshopAdmin.saveContribution")
    .input(ZContributionInput)
    .output(ZId)
    .mutation(({ ctx, input }) => forget(ctx, saveContribution(ctx.prisma, ctx.session, input))),

  deleteContribution: permittedProcedure("workshopAdmin.deleteContribution")
    .input(ZContributionIdInput)
    .output(z.object({ deleted: z.literal(true) }))
    .mutation(({ ctx, input }) =>
      forget(ctx, deleteContribution(ctx.prisma, ctx.session, input.contributionId)),
    ),

  saveCapacityMap: permittedProcedure("workshopAdmin.saveCapacityMap")
    .input(ZSaveCapacityMapInput)
    .output(ZRevisionResult)
    .mutation(({ ctx, input }) => forget(ctx, saveCapacityMap(ctx.prisma, ctx.session, input))),

  suggestCapacityMap: permittedProcedure("workshopAdmin.suggestCapacityMap")
    .input(ZWorkshopIdInput)
    .output(z.array(ZCapacityProfileView))
    .query(({ ctx, input }) => suggestCapacityMap(ctx.prisma, input.workshopId)),

  saveAlliance: permittedProcedure("workshopAdmin.saveAlliance")
    .input(ZAllianceInput)
    .output(ZId)
    .mutation(({ ctx, input }) => forget(ctx, saveAlliance(ctx.prisma, ctx.session, input))),

  deleteAlliance: permittedProcedure("workshopAdmin.deleteAlliance")
    .input(ZAllianceIdInput)
    .output(z.object({ deleted: z.string() }))
    .mutation(({ ctx, input }) =>
      forget(ctx, deleteAlliance(ctx.prisma, ctx.session, input.allianceId)),
    ),

  saveMilestone: permittedProcedure("workshopAdmin.saveMilestone")
    .input(ZMilestoneInput)
    .output(ZId)
    .mutation(({ ctx, input }) => forget(ctx, saveMilestone(ctx.prisma, ctx.session, input))),

  deleteMilestone: permittedProcedure("workshopAdmin.deleteMilestone")
    .input(ZMilestoneIdInput)
    .output(z.object({ deleted: z.literal(true) }))
    .mutation(({ ctx, input }) =>
      forget(ctx, deleteMilestone(ctx.prisma, ctx.session, input.milestoneId)),
    ),

  institutions: permittedProcedure("workshopAdmin.institutions")
    .output(z.array(ZInstitutionAdminView))
    .query(({ ctx }) => listInstitutions(ctx.prisma)),

  saveInstitution: permittedProcedure("workshopAdmin.saveInstitution")
    .input(ZInstitutionInput)
    .output(ZInstitutionAdminView)
    .mutation(({ ctx, input }) => forget(ctx, saveInstitution(ctx.prisma, ctx.session, input))),

  // Refused, with the reason, while anything refers to the institution: merge it instead.
  deleteInstitution: permittedProcedure("workshopAdmin.deleteInstitution")
    .input(ZInstitutionIdInput)
    .output(z.object({ deleted: z.string() }))
    .mutation(({ ctx, input }) =>
      forget(ctx, deleteInstitution(ctx.prisma, ctx.session, input.institutionId)),
    ),

  mergeInstitutions: permittedProcedure("workshopAdmin.mergeInstitutions")
    .input(ZMergeInstitutionsInput)
    .output(ZMergeResult)
    .mutation(({ ctx, input }) => forget(ctx, mergeInstitutions(ctx.prisma, ctx.session, input))),
});
