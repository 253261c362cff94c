import type { TBoardClusterView, TBoardNoteView, TBoardState } from "@lab/domain/board-state";
import { interpolate } from "@lab/domain/locale";

// Wording and grouping the board's screens share (participant's page, projector, moderators'
// console). Pure, so every screen says the same thing the same way.

/** Seconds as a countdown reads: "01:05". */
export function formatCountdown(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const mm = String(Math.floor(seconds / 60)).padStart(2, "0");
  const ss = String(seconds % 60).padStart(2, "0");
  return `${mm}:${ss}`;
}

/** Position (1 = next to speak) of `userId` in the queue, or null when their hand is down. */
export function queuePosition(queue: TBoardState["queue"], userId: string | null): number | null {
  if (!userId) return null;
  const index = queue.findIndex((hand) => hand.userId === userId);
  return index < 0 ? null : index + 1;
}

/**
 * The Spanish texts of the pieces every board screen shares. The moderators' console (Spanish
 * only) uses them as they are; the participants' pages pass messages' `board.shared` in the
 * reader's language, which repeats these byte for byte in Spanish (messages.test.ts).
 */
export const BOARD_LABELS_ES = {
  connection: { connecting: "Conectando…", live: "En vivo", reconnecting: "Reconectando…" },
  floor: {
    you: "Usted tiene la palabra",
    other: "Tiene la palabra: {name}",
    nobody: "Nadie tiene la palabra en este momento.",
    timer: "Tiempo de intervención restante",
    done: "Tiempo cumplido",
  },
  queue: { empty: "Nadie ha levantado la mano.", you: "(usted)" },
  notes: {
    types: "Tipos de capacidad",
    oneVote: "1 voto",
    votes: "{count} votos",
    empty: "Todavía no hay ideas en esta pregunta.",
    ungrouped: "Sin agrupar",
  },
  rules: {
    label: "Recuerde",
    region: "Reglas del taller",
    /**
     * The rules the seed deck gives ("REGLAS PARA EL TALLER"), shown when a workshop has none
     * of its own: camera, time, raising the hand (the deck's "Participación", here on the
     * board), microphone.
     */
    defaults: {
      camera: {
        title: "Encender cámara",
        description:
          "No olvides encender tu cámara para tener mayor interacción con todos los participantes.",
      },
      time: {
        title: "Cumplir con los tiempos",
        description:
          "Los participantes tendrán un tiempo estimado de 1 minuto máximo por pregunta para dar sus ideas (se tendrá un cronómetro).",
      },
      hand: {
        title: "Levantar la mano",
        description: "Si desea participar, levante la mano en el tablero y espere su turno.",
      },
      microphone: {
        title: "Micrófono en silencio",
        description:
          "Mantener el micrófono apagado mientras no intervenga para evitar interrupciones o ruidos de fondo.",
      },
    },
  },
  position: "Usted es el {position}.º en la fila",
  votesLeft: {
    none: "Ya usó todos sus votos",
    one: "Le queda 1 voto",
    other: "Le quedan {count} votos",
  },
};

export type TBoardLabels = typeof BOARD_LABELS_ES;

/** "Usted es el 2.º en la fila". */
export function queuePositionText(
  position: number,
  template: string = BOARD_LABELS_ES.position,
): string {
  return interpolate(template, { position });
}

/** "1 voto", "3 votos". */
export function votesText(
  count: number,
  labels: TBoardLabels["notes"] = BOARD_LABELS_ES.notes,
): string {
  return count === 1 ? labels.oneVote : interpolate(labels.votes, { count });
}

/** What the viewer may still give in the open round. */
export function votesLeftText(
  left: number,
  labels: TBoardLabels["votesLeft"] = BOARD_LABELS_ES.votesLeft,
): string {
  if (left <= 0) return labels.none;
  return left === 1 ? labels.one : interpolate(labels.other, { count: left });
}

export type TBoardRule = { title: string; description: string };

/** The seed deck's four rules, in the order the deck gives them. */
export function defaultRules(
  labels: TBoardLabels["rules"] = BOARD_LABELS_ES.rules,
): readonly TBoardRule[] {
  const { camera, time, hand, microphone } = labels.defaults;
  return [camera, time, hand, microphone];
}

/** The seed deck's rules in Spanish. */
export const DEFAULT_BOARD_RULES: readonly TBoardRule[] = defaultRules();

/**
 * The workshop's own rules when it has any (`own`: typed by people, so in Spanish), else the
 * seed deck's four in the interface's language.
 */
export function reminderRules(
  rules: readonly TBoardRule[],
  fallback: readonly TBoardRule[] = DEFAULT_BOARD_RULES,
): { rules: readonly TBoardRule[]; own: boolean } {
  const own = rules.filter((rule) => rule.title.trim() !== "");
  return own.length > 0 ? { rules: own, own: true } : { rules: fallback, own: false };
}

export type TNoteGroup = { cluster: TBoardClusterView | null; notes: TBoardNoteView[] };

/**
 * Notes by cluster, clusters in the order they were made, then the notes in none. Clusters
 * without notes are left out; with no clusters at all there is one group (cluster null).
 */
export function groupNotes(
  notes: readonly TBoardNoteView[],
  clusters: readonly TBoardClusterView[],
): TNoteGroup[] {
  const known = new Set(clusters.map((c) => c.id));
  const groups: TNoteGroup[] = clusters
    .map((cluster) => ({ cluster, notes: notes.filter((n) => n.clusterId === cluster.id) }))
    .filter((group) => group.notes.length > 0);
  const loose = notes.filter((n) => n.clusterId === null || !known.has(n.clusterId));
  if (loose.length > 0 || groups.length === 0) groups.push({ cluster: null, notes: loose });
  return groups;
}

/** The notes posted on the current question (none before the first question). */
export function currentNotes(
  notes: TBoardState["notes"],
  question: TBoardState["question"],
): TBoardNoteView[] {
  if (!question) return [];
  return notes.filter((note) => note.questionId === question.id);
}
