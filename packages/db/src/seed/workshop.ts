import type { InstitutionType, PrismaClient } from "../generated/prisma/client";

// The workshop of 16 December 2024 that started the lab, as its deck states it
// (shared/seed-document). Facilitators' names stay private until they consent (Ley 1581).
// It is created as held (CLOSED): the deck records no outcomes. Invented outcomes, to show
// the results page, are in ./workshop-demo.ts.

type TSeedInstitution = { name: string; type: InstitutionType; parent?: string; website?: string };

export const SEED_INSTITUTIONS: TSeedInstitution[] = [
  {
    name: "Alcaldía de Bucaramanga",
    type: "ENTIDAD_PUBLICA",
    website: "https://www.bucaramanga.gov.co",
  },
  { name: "Secretaría Jurídica", type: "ENTIDAD_PUBLICA", parent: "Alcaldía de Bucaramanga" },
  { name: "Oficina TIC", type: "ENTIDAD_PUBLICA", parent: "Alcaldía de Bucaramanga" },
  { name: "Extituto de Política Abierta", type: "SOCIEDAD_CIVIL" },
  {
    name: "Universidad Industrial de Santander (UIS)",
    type: "UNIVERSIDAD",
    website: "https://www.uis.edu.co",
  },
];

const PESTROL_2020 =
  "Espacios que procuran, como su nombre engloba, innovar para mejorar la provisión de bienes y servicios públicos a la sociedad, buscando incrementar el valor público a través de la colaboración y la participación colectiva (Pestrol, 2020).";

export const SEED_WORKSHOP = {
  slug: "bucaramanga-avanza-con-innovacion-2024",
  title:
    "Bucaramanga avanza con innovación: construyendo colaboraciones para el futuro Laboratorio de Innovación Pública",
  // 16 December 2024; the deck gives no hour, so 9:00 in Bogotá (UTC−5) is a placeholder.
  startsAt: new Date("2024-12-16T14:00:00.000Z"),
  place: "Sesión virtual",
  objective:
    "Mapear capacidades externas y explorar cómo estos actores clave pueden aportar a la funcionalidad del laboratorio para identificar posibles alianzas estratégicas a futuro.",
  purpose:
    "Este espacio busca reunir a las universidades y centros de productividad de la región para trabajar conjuntamente en el diseño y proyección del Laboratorio de Innovación Pública, una iniciativa que busca promover la transparencia, la participación ciudadana y la transformación de la gestión pública en Bucaramanga. Además nos permitirá construir un panorama más claro para orientar los próximos pasos de manera colaborativa.",
  projectObjective:
    "Diseñar un Laboratorio de Innovación Pública para la Alcaldía de Bucaramanga que fomente la participación activa de la comunidad en la co-creación de soluciones innovadoras para los retos urbanos, integrando a los ciudadanos en los procesos de diseño, implementación y evaluación de políticas públicas y proyectos municipales.",
  diagnosticObjective:
    "Realizar un diagnóstico sobre las condiciones actuales de la Alcaldía de Bucaramanga para la estructuración e implementación futura de un Laboratorio de Innovación Pública, analizando experiencias nacionales e internacionales, y evaluando su potencial para fortalecer la innovación en la gestión pública y la participación ciudadana.",
  background: [
    "En un mundo en constante cambio, la innovación pública no es un lujo, es una necesidad. Nos permite crear gobiernos más adaptables, cercanos y efectivos.",
    "La innovación pública permite soluciones más personalizadas y accesibles, mejorando la experiencia ciudadana al interactuar con el gobierno.",
    `¿Qué son los laboratorios de innovación pública? ${PESTROL_2020}`,
    "Son una herramienta fundamental en los gobiernos abiertos para promover la transparencia, la participación ciudadana y la colaboración entre múltiples actores.",
    "Contexto: 36 laboratorios en el continente americano y 40 en el continente europeo; en total, 76 laboratorios con enfoque a la innovación pública.",
    "A través de este taller, esperamos construir una visión compartida para el Laboratorio de Innovación Pública y abrir la puerta a posibles alianzas estratégicas en su futura implementación.",
  ].join("\n\n"),
  agenda: [
    { title: "Innovación y la cultura del dato", presenter: "Profesional de la Oficina TIC" },
    { title: "¿Qué es la innovación pública?" },
    { title: "Laboratorios de innovación pública y su importancia" },
    { title: "Objetivo y propósito del taller" },
    { title: "Explicación del taller" },
    { title: "Socialización de resultados" },
  ],
  rules: [
    {
      title: "Encender cámara",
      description:
        "No olvides encender tu cámara para tener mayor interacción con todos los participantes.",
    },
    {
      title: "Cumplir con los tiempos",
      description:
        "Los participantes tendrán un tiempo estimado de 1 minuto máximo por pregunta para dar sus ideas (se tendrá un cronómetro).",
    },
    {
      title: "Participación",
      description: "Si desea participar, puede levantar la mano que se encuentra en la reunión.",
    },
    {
      title: "Micrófono en silencio",
      description:
        "Mantener el micrófono apagado mientras no intervenga para evitar interrupciones o ruidos de fondo.",
    },
  ],
  specificObjectives: [
    "Realizar una revisión de literatura sobre experiencias exitosas de laboratorios de innovación pública en el continente Americano y Europeo.",
    "Analizar el estado actual de los procesos de innovación y participación ciudadana en la Alcaldía de Bucaramanga.",
    "Identificar las capacidades internas físicas, humanas, tecnológicas, económicas y sociales que dispone la Alcaldía de Bucaramanga.",
    "Caracterizar los actores clave internos y externos actuales y potenciales de la Alcaldía de Bucaramanga para la estructuración e implementación futura del Laboratorio de Innovación Pública.",
    "Desarrollar recomendaciones y conclusiones basadas en los hallazgos encontrados del diagnóstico para optimizar la implementación futura del Laboratorio de Innovación Pública en la Alcaldía de Bucaramanga.",
  ],
  facilitators: [
    {
      personName: "Juan Pablo Guzmán",
      role: "Facilitador",
      institution: "Extituto de Política Abierta",
    },
    { personName: "Tatiana Ruiz Cañas", role: "Facilitadora", institution: "Secretaría Jurídica" },
    { personName: "Jeyson Arley Castillo", role: "Facilitador", institution: "Oficina TIC" },
    {
      personName: "Juan Andrés Cortés",
      role: "Practicante",
      institution: "Universidad Industrial de Santander (UIS)",
    },
    {
      personName: "Laura Vanessa Grimaldos",
      role: "Practicante",
      institution: "Universidad Industrial de Santander (UIS)",
    },
  ], // The deck gives the workshop's objective ("Mapear capacidades externas y explorar cómo
  // estos actores clave pueden aportar a la funcionalidad del laboratorio para identificar
  // posibles alianzas estratégicas a futuro") but not the question put to participants: this
  // guiding question is derived from that stated objective, using the diagnostic's five
  // capacity types (specific objective 3). One minute per intervention, as the rules say.
  question: {
    text: "¿Qué capacidades físicas, humanas, tecnológicas, económicas y sociales puede aportar su institución al Laboratorio de Innovación Pública, y en qué alianzas estratégicas le gustaría participar?",
    secondsPerIntervention: 60,
  },
};

export async function seedInstitutions(prisma: PrismaClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const institution of SEED_INSTITUTIONS) {
    const parentId = institution.parent ? ids.get(institution.parent) : undefined;
    const row = await prisma.institution.upsert({
      where: { name: institution.name },
      create: {
        name: institution.name,
        type: institution.type,
        city: "Bucaramanga",
        website: institution.website ?? null,
        parentId: parentId ?? null,
      },
      update: {},
      select: { id: true },
    });
    ids.set(institution.name, row.id);
  }
  return ids;
}

/**
 * Idempotent: the workshop is created once with everything the deck says about it; its
 * guiding question is added to a workshop seeded before it existed. Returns the workshop's id.
 */
export async function seedWorkshop(prisma: PrismaClient): Promise<string> {
  const institutions = await seedInstitutions(prisma);
  const w = SEED_WORKSHOP;
  const exists = await prisma.workshop.findUnique({
    where: { slug: w.slug },
    select: { id: true, _count: { select: { questions: true } } },
  });
  if (exists) {
    if (exists._count.questions === 0) {
      await prisma.workshopQuestion.create({
        data: { workshopId: exists.id, order: 1, ...w.question },
      });
    }
    return exists.id;
  }
  const created = await prisma.workshop.create({
    data: {
      slug: w.slug,
      title: w.title,
      startsAt: w.startsAt,
      place: w.place,
      objective: w.objective,
      purpose: w.purpose,
      projectObjective: w.projectObjective,
      diagnosticObjective: w.diagnosticObjective,
      background: w.background,
      status: "CLOSED",
      agendaItems: {
        create: w.agenda.map((item, i) => ({
          order: i + 1,
          title: item.title,
          presenter: item.presenter ?? null,
        })),
      },
      rules: { create: w.rules.map((rule, i) => ({ order: i + 1, ...rule })) },
      specificObjectives: {
        create: w.specificObjectives.map((text, i) => ({ order: i + 1, text })),
      },
      questions: { create: [{ order: 1, ...w.question }] },
      facilitators: {
        create: w.facilitators.map((f, i) => {
          const institutionId = institutions.get(f.institution);
          if (!institutionId) throw new Error(`Seed institution missing: ${f.institution}`);
          return { order: i + 1, personName: f.personName, role: f.role, institutionId };
        }),
      },
    },
    select: { id: true },
  });
  return created.id;
}
