/**
 * The strings of study mode, in English and French: in the study chunk, so a quiz never loads
 * them. What a card shows (the question, the verdict, the evidence) uses the player's strings.
 */
import type { StudyGrade } from '../engine/schedule.js';
import { primaryLanguage } from './messages.js';

export interface StudyMessages {
  lang: string;
  sessionTitle(bankTitle: string): string;
  dueNow: string;
  newCards: string;
  learning: string;
  learned: string;
  /** "Next card due in 10 minutes"; the time is already words ("in 10 minutes", "tomorrow"). */
  nextDue(when: string): string;
  noneWaiting: string;
  allDone: string;
  studyNow: string;
  studyAhead: string;
  studyAheadNote: string;
  endSession: string;
  cardNew: string;
  cardDue: string;
  cardAhead: string;
  cardPractice: string;
  left(due: number, fresh: number): string;
  gradeNames: Record<StudyGrade, string>;
  /** "Graded Good: back in 10 minutes." */
  graded(grade: string, when: string): string;
  nextCard: string;
  easy: string;
  guessed: string;
  /** The accessible name of an adjustment button: what it does and when the card comes back. */
  adjustmentName(label: string, grade: string, when: string): string;
  masteryTitle: string;
  masteryNote: string;
  noTopic: string;
  /** One topic's bar: "timeline: 75%" and the number of questions. */
  topicLine(percent: number, questions: number): string;
  weakestTitle: string;
  weakestNone: string;
  practise: string;
  practiseName(prompt: string): string;
  progressTitle: string;
  progressNote: string;
  exportProgress: string;
  importProgress: string;
  imported(cards: number, ignored: number): string;
  importFailed: string;
  storageUnavailable: string;
  storageFull: string;
  storageUnreadable: string;
  percent(value: number): string;
}

/** "in 10 minutes", "in 3 hours", "tomorrow", "in 8 days": minutes under an hour, hours under a day. */
export function relativeTime(lang: string, ms: number): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const studyEn: StudyMessages = {
  lang: 'en',
  sessionTitle: (title) => `Study: ${title}`,
  dueNow: 'Due now',
  newCards: 'New today',
  learning: 'Learning',
  learned: 'Learned',
  nextDue: (when) => `The next card is due ${when}.`,
  noneWaiting: 'No card is waiting: every card is new.',
  allDone: 'Nothing is due now. Well done.',
  studyNow: 'Study now',
  studyAhead: 'Study ahead',
  studyAheadNote: 'Studying ahead reviews the cards due soonest, before their time.',
  endSession: 'End session',
  cardNew: 'New card',
  cardDue: 'Review',
  cardAhead: 'Studying ahead',
  cardPractice: 'Practice',
  left: (due, fresh) => `${due} due, ${fresh} new left`,
  gradeNames: { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' },
  graded: (grade, when) => `Graded ${grade}: back ${when}.`,
  nextCard: 'Next card',
  easy: 'It was easy',
  guessed: 'I guessed',
  adjustmentName: (label, grade, when) => `${label}: grade ${grade}, back ${when}`,
  masteryTitle: 'Mastery by topic',
  masteryNote: 'How well you know each topic now: your last answer to each question, fading as time passes. Questions not studied yet count 0.',
  noTopic: 'No topic',
  topicLine: (percent, questions) => `${percent}% of ${plural(questions, 'question', 'questions')}`,
  weakestTitle: 'Weakest questions',
  weakestNone: 'Answer a few cards to see which questions need the most work.',
  practise: 'Practise',
  practiseName: (prompt) => `Practise: ${prompt}`,
  progressTitle: 'Your progress',
  progressNote: 'Progress is kept in this browser. To go on studying on another device, export it to a file and import that file there.',
  exportProgress: 'Export progress',
  importProgress: 'Import progress',
  imported: (cards, ignored) => `Imported ${plural(cards, 'card', 'cards')}${ignored ? ` (${plural(ignored, 'card', 'cards')} for questions no longer in the bank left out)` : ''}.`,
  importFailed: 'This file could not be imported, and your progress is unchanged.',
  storageUnavailable: 'This browser does not let the page keep your progress: export it before you leave.',
  storageFull: 'The browser’s storage is full, so your latest answers are not saved: export your progress to keep it.',
  storageUnreadable: 'The progress saved in this browser could not be read, so this session starts afresh.',
  percent: (value) => `${value}%`,
};

const studyFr: StudyMessages = {
  lang: 'fr',
  sessionTitle: (title) => `Réviser : ${title}`,
  dueNow: 'À revoir',
  newCards: 'Nouvelles aujourd’hui',
  learning: 'En apprentissage',
  learned: 'Apprises',
  nextDue: (when) => `La prochaine carte est à revoir ${when}.`,
  noneWaiting: 'Aucune carte en attente : toutes sont nouvelles.',
  allDone: 'Rien à revoir pour l’instant. Bravo.',
  studyNow: 'Réviser',
  studyAhead: 'Réviser en avance',
  studyAheadNote: 'Réviser en avance présente les cartes à revoir le plus tôt, avant leur date.',
  endSession: 'Terminer la séance',
  cardNew: 'Nouvelle carte',
  cardDue: 'Révision',
  cardAhead: 'En avance',
  cardPractice: 'Entraînement',
  left: (due, fresh) => `${due} à revoir, ${fresh} nouvelles restantes`,
  gradeNames: { again: 'À revoir', hard: 'Difficile', good: 'Correct', easy: 'Facile' },
  graded: (grade, when) => `Note : ${grade}. Retour ${when}.`,
  nextCard: 'Carte suivante',
  easy: 'C’était facile',
  guessed: 'J’ai deviné',
  adjustmentName: (label, grade, when) => `${label} : note ${grade}, retour ${when}`,
  masteryTitle: 'Maîtrise par thème',
  masteryNote: 'Votre maîtrise actuelle de chaque thème : votre dernière réponse à chaque question, qui s’estompe avec le temps. Les questions pas encore étudiées comptent 0.',
  noTopic: 'Sans thème',
  topicLine: (percent, questions) => `${percent} % de ${questions} question${questions === 1 ? '' : 's'}`,
  weakestTitle: 'Questions les plus fragiles',
  weakestNone: 'Répondez à quelques cartes pour voir les questions à travailler.',
  practise: 'S’entraîner',
  practiseName: (prompt) => `S’entraîner : ${prompt}`,
  progressTitle: 'Votre progression',
  progressNote: 'La progression est gardée dans ce navigateur. Pour continuer sur un autre appareil, exportez-la dans un fichier et importez ce fichier là-bas.',
  exportProgress: 'Exporter la progression',
  importProgress: 'Importer une progression',
  imported: (cards, ignored) => `${cards} carte${cards === 1 ? '' : 's'} importée${cards === 1 ? '' : 's'}${ignored ? ` (${ignored} pour des questions retirées de la banque, laissée${ignored === 1 ? '' : 's'} de côté)` : ''}.`,
  importFailed: 'Ce fichier n’a pas pu être importé ; votre progression est inchangée.',
  storageUnavailable: 'Ce navigateur ne permet pas de garder votre progression : exportez-la avant de partir.',
  storageFull: 'Le stockage du navigateur est plein : vos dernières réponses ne sont pas enregistrées. Exportez votre progression pour la garder.',
  storageUnreadable: 'La progression enregistrée dans ce navigateur n’a pas pu être lue : cette séance repart de zéro.',
  percent: (value) => `${value} %`,
};

/** The study strings for a BCP 47 tag: French for fr-*, English otherwise. */
export function studyMessages(lang: string): StudyMessages {
  return primaryLanguage(lang) === 'fr' ? studyFr : studyEn;
}
