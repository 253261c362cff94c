import type {
  AllianceStatus,
  CapacityLevel,
  CapacityType,
  ContributionStatus,
  InstitutionType,
  PrismaClient,
} from "../generated/prisma/client";
import { SEED_WORKSHOP } from "./workshop";

// DEMO outcomes of the seed workshop, so that its results page shows what one looks like:
// invented institutions, attendees, contributions, capacity map and alliances, every row
// flagged `isDemo` (the interface says "Demostración"). Nothing here is what the deck states;
// `npm run db:seed -- --no-demo` removes it all (removeWorkshopDemo). Institutions and people
// are fictional; emails use the reserved example.org domain.

const DEMO_INSTITUTIONS: { key: string; name: string; type: InstitutionType; city: string }[] = [
  {
    key: "utn",
    name: "Universidad Tecnológica del Nororiente",
    type: "UNIVERSIDAD",
    city: "Bucaramanga",
  },
  {
    key: "ucs",
    name: "Universidad Ciudadana de Santander",
    type: "UNIVERSIDAD",
    city: "Floridablanca",
  },
  {
    key: "cpo",
    name: "Centro de Productividad e Innovación del Oriente",
    type: "CENTRO_PRODUCTIVIDAD",
    city: "Bucaramanga",
  },
  {
    key: "cpd",
    name: "Centro de Desarrollo Productivo Santandereano",
    type: "CENTRO_PRODUCTIVIDAD",
    city: "Girón",
  },
  { key: "sci", name: "Soluciones Cívicas Digitales S.A.S.", type: "EMPRESA", city: "Bucaramanga" },
  { key: "cdt", name: "Corporación Datos para Todos", type: "SOCIEDAD_CIVIL", city: "Bucaramanga" },
];

/** Consent as an attendee gives it (Ley 1581): what, what for, and the name's publication. */
export const DEMO_CONSENT_TEXT =
  "Autorizo a la Alcaldía de Bucaramanga (Laboratorio de Innovación Pública) a tratar mis datos personales (nombre, correo, institución y rol) para registrar mi asistencia a este taller y contactarme sobre sus resultados, conforme a la Ley 1581 de 2012. Mi nombre solo se publica si lo autorizo de forma expresa.";

export const DEMO_ATTENDEES: {
  personName: string;
  email: string;
  institution: string;
  role: string;
  attended: boolean;
}[] = [
  {
    personName: "Mariana Quintero Rueda",
    email: "mariana.quintero@example.org",
    institution: "utn",
    role: "Directora de extensión",
    attended: true,
  },
  {
    personName: "Andrés Felipe Serrano",
    email: "andres.serrano@example.org",
    institution: "utn",
    role: "Docente investigador",
    attended: true,
  },
  {
    personName: "Camila Duarte Pinzón",
    email: "camila.duarte@example.org",
    institution: "ucs",
    role: "Coordinadora de proyección social",
    attended: true,
  },
  {
    personName: "Julián Ardila Mantilla",
    email: "julian.ardila@example.org",
    institution: "cpo",
    role: "Gerente de proyectos",
    attended: true,
  },
  {
    personName: "Sofía Rangel Ortiz",
    email: "sofia.rangel@example.org",
    institution: "cpo",
    role: "Analista de innovación",
    attended: true,
  },
  {
    personName: "Daniel Esteban Plata",
    email: "daniel.plata@example.org",
    institution: "cpd",
    role: "Director",
    attended: true,
  },
  {
    personName: "Valentina Gómez Arenas",
    email: "valentina.gomez@example.org",
    institution: "sci",
    role: "Líder de producto",
    attended: true,
  },
  {
    personName: "Santiago Jaimes León",
    email: "santiago.jaimes@example.org",
    institution: "cdt",
    role: "Coordinador de datos",
    attended: true,
  },
  {
    personName: "Laura Camargo Vesga",
    email: "laura.camargo@example.org",
    institution: "cdt",
    role: "Voluntaria",
    attended: true,
  },
  // Registered, did not come: counted as registered only.
  {
    personName: "Nicolás Prada Suárez",
    email: "nicolas.prada@example.org",
    institution: "ucs",
    role: "Docente",
    attended: false,
  },
];

type TDemoContribution = {
  by: string; // attendee email (staff only) — the institution follows from it
  text: string;
  capacityTypes: CapacityType[];
  tags: string[];
  votes: number;
  status: ContributionStatus;
};

const DEMO_CONTRIBUTIONS: TDemoContribution[] = [
  {
    by: "mariana.quintero@example.org",
    text: "Semilleros de investigación en ciencia de datos que trabajen con los datos abiertos de la Alcaldía.",
    capacityTypes: ["HUMANA"],
    tags: ["datos abiertos", "formación"],
    votes: 14,
    status: "COMMITMENT",
  },
  {
    by: "andres.serrano@example.org",
    text: "Laboratorio de cómputo disponible dos tardes por semana para prototipar servicios digitales.",
    capacityTypes: ["FISICA", "TECNOLOGICA"],
    tags: ["prototipos"],
    votes: 9,
    status: "PROPOSAL",
  },
  {
    by: "andres.serrano@example.org",
    text: "Docentes para evaluar con rigor los pilotos del laboratorio.",
    capacityTypes: ["HUMANA"],
    tags: ["evaluación"],
    votes: 6,
    status: "IDEA",
  },
  {
    by: "camila.duarte@example.org",
    text: "Estudiantes en práctica social que acompañen los talleres en las comunas.",
    capacityTypes: ["HUMANA", "SOCIAL"],
    tags: ["comunas", "participación"],
    votes: 11,
    status: "PROPOSAL",
  },
  {
    by: "camila.duarte@example.org",
    text: "Auditorio para 120 personas para las jornadas abiertas de co-creación.",
    capacityTypes: ["FISICA"],
    tags: ["espacios"],
    votes: 4,
    status: "IDEA",
  },
  {
    by: "julian.ardila@example.org",
    text: "Metodología de retos de innovación abierta con empresas de la región.",
    capacityTypes: ["SOCIAL", "ECONOMICA"],
    tags: ["retos", "empresas"],
    votes: 12,
    status: "COMMITMENT",
  },
  {
    by: "sofia.rangel@example.org",
    text: "Cofinanciar dos prototipos al año mediante la convocatoria regional de innovación.",
    capacityTypes: ["ECONOMICA"],
    tags: ["financiación"],
    votes: 15,
    status: "PROPOSAL",
  },
  {
    by: "sofia.rangel@example.org",
    text: "Mentorías en diseño de servicios para los equipos de la Alcaldía.",
    capacityTypes: ["HUMANA"],
    tags: ["formación"],
    votes: 3,
    status: "IDEA",
  },
  {
    by: "daniel.plata@example.org",
    text: "Red de empresas aliadas para probar soluciones en entornos reales.",
    capacityTypes: ["SOCIAL"],
    tags: ["empresas"],
    votes: 7,
    status: "IDEA",
  },
  {
    by: "daniel.plata@example.org",
    text: "Plataforma de gestión de proyectos que el laboratorio puede usar sin costo.",
    capacityTypes: ["TECNOLOGICA"],
    tags: ["herramientas"],
    votes: 2,
    status: "IDEA",
  },
  {
    by: "valentina.gomez@example.org",
    text: "Equipo de desarrollo para un prototipo de trámite en línea, en modalidad pro bono.",
    capacityTypes: ["TECNOLOGICA", "HUMANA"],
    tags: ["prototipos", "trámites"],
    votes: 10,
    status: "COMMITMENT",
  },
  {
    by: "santiago.jaimes@example.org",
    text: "Jornadas de alfabetización de datos con organizaciones comunitarias.",
    capacityTypes: ["SOCIAL", "HUMANA"],
    tags: ["cultura del dato", "comunas"],
    votes: 13,
    status: "PROPOSAL",
  },
  {
    by: "laura.camargo@example.org",
    text: "Voluntariado para documentar y publicar los resultados de cada taller.",
    capacityTypes: ["SOCIAL"],
    tags: ["transparencia"],
    votes: 5,
    status: "IDEA",
  },
  {
    by: "santiago.jaimes@example.org",
    text: "Sede comunitaria en el norte de la ciudad para encuentros con la ciudadanía.",
    capacityTypes: ["FISICA", "SOCIAL"],
    tags: ["espacios", "comunas"],
    votes: 8,
    status: "IDEA",
  },
];

type TDemoOffer = { type: CapacityType; level: CapacityLevel; description: string };

/** What staff wrote in the capacity map for some institutions; the rest is suggested. */
const DEMO_PROFILES: { institution: string; potentialRole: string; offers: TDemoOffer[] }[] = [
  {
    institution: "utn",
    potentialRole: "Aliado académico: investigación, evaluación de pilotos y formación.",
    offers: [
      {
        type: "HUMANA",
        level: "STRONG",
        description: "Semilleros de ciencia de datos y docentes evaluadores.",
      },
      {
        type: "TECNOLOGICA",
        level: "SOME",
        description: "Laboratorio de cómputo dos tardes por semana.",
      },
      { type: "FISICA", level: "SOME", description: "Salas de cómputo para prototipado." },
    ],
  },
  {
    institution: "cpo",
    potentialRole: "Articulador con el sector productivo y cofinanciador de prototipos.",
    offers: [
      {
        type: "ECONOMICA",
        level: "STRONG",
        description: "Convocatoria regional: dos prototipos al año.",
      },
      {
        type: "SOCIAL",
        level: "STRONG",
        description: "Metodología de retos de innovación abierta.",
      },
    ],
  },
  {
    institution: "cdt",
    potentialRole: "Puente con organizaciones comunitarias y cultura del dato.",
    offers: [
      {
        type: "SOCIAL",
        level: "STRONG",
        description: "Red de organizaciones comunitarias y voluntariado.",
      },
      { type: "ECONOMICA", level: "NONE", description: "" },
    ],
  },
];

const DEMO_ALLIANCES: {
  title: string;
  purpose: string;
  labFunction: string;
  status: AllianceStatus;
  statusChangedAt: string;
  startedAt?: string;
  institutions: string[];
  milestones: { date: string; note: string; percent: number }[];
}[] = [
  {
    title: "Semillero de datos abiertos",
    purpose: "Formar estudiantes que analicen y reutilicen los datos abiertos de la Alcaldía.",
    labFunction: "FORMACION",
    status: "ACTIVE",
    statusChangedAt: "2025-02-15T15:00:00.000Z",
    startedAt: "2025-02-15T15:00:00.000Z",
    institutions: ["utn", "cdt"],
    milestones: [
      { date: "2025-02-15", note: "Carta de intención firmada.", percent: 20 },
      { date: "2025-05-30", note: "Primer semillero con 25 estudiantes.", percent: 55 },
      { date: "2025-09-30", note: "Tres análisis publicados en el portal de datos.", percent: 80 },
    ],
  },
  {
    title: "Prototipos de servicios digitales",
    purpose: "Prototipar y probar con la ciudadanía un trámite en línea por semestre.",
    labFunction: "EXPERIMENTACION",
    status: "AGREED",
    statusChangedAt: "2025-03-10T15:00:00.000Z",
    institutions: ["cpo", "sci"],
    milestones: [
      { date: "2025-03-10", note: "Acuerdo de trabajo aprobado.", percent: 10 },
      { date: "2025-06-20", note: "Primer prototipo probado con 40 personas.", percent: 35 },
    ],
  },
  {
    title: "Fondo de cofinanciación para retos urbanos",
    purpose:
      "Reunir recursos de los centros de productividad para financiar retos del laboratorio.",
    labFunction: "FINANCIACION",
    status: "POTENTIAL",
    statusChangedAt: "2024-12-16T16:00:00.000Z",
    institutions: ["cpo", "cpd"],
    milestones: [],
  },
];

/** When the demo results were "published": a few days after the workshop. */
const DEMO_RESULTS_PUBLISHED_AT = new Date("2024-12-20T21:00:00.000Z");

/**
 * Adds the demo outcomes to the seed workshop, once (a workshop that already has demo
 * contributions is left alone), and publishes its results if it was merely held.
 */
export async function seedWorkshopDemo(prisma: PrismaClient, workshopId: string): Promise<void> {
  const done = await prisma.contribution.count({ where: { workshopId, isDemo: true } });
  if (done > 0) return;
  await prisma.$transaction(
    async (tx) => {
      const institutionIds = new Map<string, string>();
      for (const i of DEMO_INSTITUTIONS) {
        const row = await tx.institution.upsert({
          where: { name: i.name },
          create: { name: i.name, type: i.type, city: i.city, isDemo: true },
          update: {},
          select: { id: true },
        });
        institutionIds.set(i.key, row.id);
      }
      const id = (key: string) => {
        const found = institutionIds.get(key);
        if (!found) throw new Error(`Demo institution missing: ${key}`);
        return found;
      };
      const question = await tx.workshopQuestion.findFirst({
        where: { workshopId },
        orderBy: { order: "asc" },
        select: { id: true },
      });
      const checkIn = new Date("2024-12-16T13:55:00.000Z");
      const attendeeIds = new Map<string, { id: string; institutionId: string }>();
      for (const a of DEMO_ATTENDEES) {
        const institutionId = id(a.institution);
        const row = await tx.workshopAttendee.upsert({
          where: { workshopId_email: { workshopId, email: a.email } },
          create: {
            workshopId,
            personName: a.personName,
            email: a.email,
            institutionId,
            role: a.role,
            consentAt: new Date("2024-12-13T15:00:00.000Z"),
            consentText: DEMO_CONSENT_TEXT,
            attended: a.attended,
            checkedInAt: a.attended ? checkIn : null,
            isDemo: true,
          },
          update: {},
          select: { id: true },
        });
        attendeeIds.set(a.email, { id: row.id, institutionId });
      }
      // One minute apart from 10:00 in Bogotá, so the order of record is the order given.
      const start = Date.parse("2024-12-16T15:00:00.000Z");
      await tx.contribution.createMany({
        data: DEMO_CONTRIBUTIONS.map((c, i) => {
          const attendee = attendeeIds.get(c.by);
          if (!attendee) throw new Error(`Demo attendee missing: ${c.by}`);
          return {
            workshopId,
            questionId: question?.id ?? null,
            text: c.text,
            institutionId: attendee.institutionId,
            attendeeId: attendee.id,
            capacityTypes: c.capacityTypes,
            tags: c.tags,
            votes: c.votes,
            status: c.status,
            source: "STAFF" as const,
            isDemo: true,
            createdAt: new Date(start + i * 60_000),
          };
        }),
      });
      for (const p of DEMO_PROFILES) {
        await tx.capacityProfile.create({
          data: {
            workshopId,
            institutionId: id(p.institution),
            potentialRole: p.potentialRole,
            isDemo: true,
            // createMany: one statement (Prisma runs a nested `create` list's inserts at once,
            // which node-postgres deprecates inside a transaction).
            offers: {
              createMany: {
                data: p.offers.map((o) => ({
                  capacityType: o.type,
                  level: o.level,
                  description: o.description,
                })),
              },
            },
          },
        });
      }
      for (const a of DEMO_ALLIANCES) {
        const alliance = await tx.alliance.create({
          data: {
            workshopId,
            title: a.title,
            purpose: a.purpose,
            labFunction: a.labFunction,
            status: a.status,
            statusChangedAt: new Date(a.statusChangedAt),
            startedAt: a.startedAt ? new Date(a.startedAt) : null,
            isDemo: true,
            createdAt: new Date("2024-12-16T16:00:00.000Z"),
          },
          select: { id: true },
        });
        await tx.allianceInstitution.createMany({
          data: a.institutions.map((key) => ({ allianceId: alliance.id, institutionId: id(key) })),
        });
        await tx.allianceMilestone.createMany({
          data: a.milestones.map((m) => ({
            allianceId: alliance.id,
            date: new Date(`${m.date}T00:00:00.000Z`),
            note: m.note,
            percent: m.percent,
          })),
        });
      }
      // Results exist now: publish them, unless staff already moved the workshop on.
      await tx.workshop.updateMany({
        where: { id: workshopId, status: "CLOSED" },
        data: { status: "RESULTS_PUBLISHED", resultsPublishedAt: DEMO_RESULTS_PUBLISHED_AT },
      });
    },
    { timeout: 60_000 },
  );
}

/**
 * Removes every demo workshop record (`--no-demo`): demo alliances, capacity profiles,
 * contributions, attendees, workshops, and demo institutions no real record points to. The
 * seed workshop goes back to "held" when no results are left.
 */
export async function removeWorkshopDemo(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await tx.alliance.deleteMany({ where: { isDemo: true } });
      await tx.capacityProfile.deleteMany({ where: { isDemo: true } });
      await tx.contribution.deleteMany({ where: { isDemo: true } });
      await tx.workshopAttendee.deleteMany({ where: { isDemo: true } });
      await tx.workshop.deleteMany({ where: { isDemo: true } });
      await tx.institution.deleteMany({
        where: {
          isDemo: true,
          attendees: { none: {} },
          contributions: { none: {} },
          capacityProfiles: { none: {} },
          alliances: { none: {} },
          facilitators: { none: {} },
          children: { none: {} },
        },
      });
      const seed = await tx.workshop.findUnique({
        where: { slug: SEED_WORKSHOP.slug },
        select: {
          id: true,
          status: true,
          _count: { select: { contributions: true, capacityProfiles: true, alliances: true } },
        },
      });
      const c = seed?._count;
      if (
        seed?.status === "RESULTS_PUBLISHED" &&
        c &&
        c.contributions + c.capacityProfiles + c.alliances === 0
      ) {
        await tx.workshop.update({
          where: { id: seed.id },
          data: { status: "CLOSED", resultsPublishedAt: null },
        });
      }
    },
    { timeout: 60_000 },
  );
}
