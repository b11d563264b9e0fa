/**
 * Every string of <cite-quiz-builder>, in English and French. Both live in the builder's chunk:
 * a page with only the player never loads them. Bank text is never here.
 */
import type { QuestionType } from '../engine/index.js';
import { number, primaryLanguage } from './messages.js';

export interface BuilderMessages {
  lang: string;
  loading: string;
  loadFailed(reason: string): string;
  unreachable(url: string): string;
  bankSummary(title: string, count: number): string;
  questionsHeading: string;
  search: string;
  tag: string;
  type: string;
  difficulty: string;
  any: string;
  typeNames: Record<QuestionType, string>;
  shown(shown: number, total: number, picked: number): string;
  noMatch: string;
  pickAllShown: string;
  clearPicks: string;
  randomCount: string;
  pickRandom: string;
  pickedRandom(count: number): string;
  pickColumn: string;
  prompt: string;
  tags: string;
  answer: string;
  evidence: string;
  pick(id: string): string;
  preview: string;
  previewQuestion(id: string): string;
  previewTitle(id: string): string;
  check: string;
  close: string;
  settingsHeading: string;
  poolAll: string;
  poolPicked(count: number): string;
  perLearner: string;
  perLearnerHelp: string;
  seed: string;
  seedHelp: string;
  newSeed: string;
  feedback: string;
  feedbackModes: Record<'immediate' | 'end' | 'none', string>;
  passMark: string;
  timeLimit: string;
  timeLimitHelp: string;
  extendAllowed: string;
  extendHelp: string;
  attempts: string;
  attemptsHelp: string;
  shuffle: string;
  source: string;
  sourceModes: Record<'open' | 'closed', string>;
  language: string;
  languagePage: string;
  livePreview: string;
  outputsHeading: string;
  embed: string;
  iframe: string;
  link: string;
  json: string;
  copy(what: string): string;
  copied: string;
  copyFailed: string;
  openLink: string;
  coverageHeading: string;
  coverage(tested: number, total: number, questions: number): string;
  nextUntested: string;
  untestedAt(index: number, count: number): string;
  allTested: string;
  sourceText: string;
}

const percentOf = (part: number, whole: number) => (whole ? Math.floor((part / whole) * 100) : 0);

const builderEn: BuilderMessages = {
  lang: 'en',
  loading: 'Loading the question bank…',
  loadFailed: (reason) => `The question bank cannot be used: ${reason}`,
  unreachable: (url) => `${url} could not be loaded.`,
  bankSummary: (title, count) => `${title}: ${count} question${count === 1 ? '' : 's'}`,
  questionsHeading: 'Questions',
  search: 'Search',
  tag: 'Tag',
  type: 'Type',
  difficulty: 'Difficulty',
  any: 'Any',
  typeNames: { single: 'One answer', multiple: 'Several answers', 'true-false': 'True or false', match: 'Match', order: 'Order', cloze: 'Fill in the blanks' },
  shown: (shown, total, picked) => `Showing ${shown} of ${total} questions · ${picked} picked`,
  noMatch: 'No question matches these filters.',
  pickAllShown: 'Pick all shown',
  clearPicks: 'Clear picks',
  randomCount: 'How many',
  pickRandom: 'Pick at random from those shown',
  pickedRandom: (count) => `Picked ${count} question${count === 1 ? '' : 's'} at random.`,
  pickColumn: 'Pick',
  prompt: 'Question',
  tags: 'Tags',
  answer: 'Correct answer',
  evidence: 'Evidence',
  pick: (id) => `Pick question ${id}`,
  preview: 'Preview',
  previewQuestion: (id) => `Preview question ${id}`,
  previewTitle: (id) => `Question ${id} as learners see it`,
  check: 'Check answer',
  close: 'Close',
  settingsHeading: 'Settings',
  poolAll: 'No question picked: the quiz draws from the whole bank.',
  poolPicked: (count) => `The quiz draws from the ${count} picked question${count === 1 ? '' : 's'}.`,
  perLearner: 'Questions per learner',
  perLearnerHelp: 'Drawn at random from those the quiz draws from; empty: all of them.',
  seed: 'Seed',
  seedHelp: 'Every learner gets the same questions in the same order; empty: each learner their own.',
  newSeed: 'New seed',
  feedback: 'Feedback',
  feedbackModes: { immediate: 'After each question', end: 'At the end', none: 'None: the score only' },
  passMark: 'Pass mark (%)',
  timeLimit: 'Time limit (minutes)',
  timeLimitHelp: '0: no time limit.',
  extendAllowed: 'Learners may add time or turn the limit off',
  extendHelp: 'Untick only when the limit is essential, such as an exam (WCAG 2.2.1).',
  attempts: 'Attempts per learner',
  attemptsHelp: '0: no limit. Counted in the learner’s browser.',
  shuffle: 'Shuffle questions and choices',
  source: 'The source',
  sourceModes: { open: 'Open during the quiz', closed: 'Closed until the results' },
  language: 'Language of the quiz',
  languagePage: 'The page’s language',
  livePreview: 'Live preview',
  outputsHeading: 'Put it on a page',
  embed: 'Embed (HTML)',
  iframe: 'Iframe (sites that do not allow scripts, LMS pages)',
  link: 'Link',
  json: 'Settings (JSON)',
  copy: (what) => `Copy: ${what}`,
  copied: 'Copied',
  copyFailed: 'Could not copy: the text is selected, press Ctrl+C.',
  openLink: 'Open the quiz',
  coverageHeading: 'Coverage of the source',
  coverage: (tested, total, questions) =>
    `The ${questions} question${questions === 1 ? '' : 's'} the quiz draws from test ${tested} of ${total} sentences of the source (${percentOf(tested, total)}%).`,
  nextUntested: 'Next untested passage',
  untestedAt: (index, count) => `Untested passage ${index} of ${count}`,
  allTested: 'Every sentence of the source is tested.',
  sourceText: 'The source, with quoted passages marked',
};

const builderFr: BuilderMessages = {
  lang: 'fr',
  loading: 'Chargement de la banque de questions…',
  loadFailed: (reason) => `La banque de questions est inutilisable : ${reason}`,
  unreachable: (url) => `${url} n’a pas pu être chargé.`,
  bankSummary: (title, count) => `${title} : ${count} question${count < 2 ? '' : 's'}`,
  questionsHeading: 'Questions',
  search: 'Rechercher',
  tag: 'Thème',
  type: 'Type',
  difficulty: 'Difficulté',
  any: 'Tous',
  typeNames: { single: 'Une réponse', multiple: 'Plusieurs réponses', 'true-false': 'Vrai ou faux', match: 'Association', order: 'Mise en ordre', cloze: 'Texte à trous' },
  shown: (shown, total, picked) => `${shown} question${shown < 2 ? '' : 's'} affichée${shown < 2 ? '' : 's'} sur ${total} · ${picked} choisie${picked < 2 ? '' : 's'}`,
  noMatch: 'Aucune question ne correspond à ces filtres.',
  pickAllShown: 'Choisir toutes celles affichées',
  clearPicks: 'Tout désélectionner',
  randomCount: 'Combien',
  pickRandom: 'Choisir au hasard parmi celles affichées',
  pickedRandom: (count) => `${count} question${count < 2 ? '' : 's'} choisie${count < 2 ? '' : 's'} au hasard.`,
  pickColumn: 'Choisir',
  prompt: 'Question',
  tags: 'Thèmes',
  answer: 'Bonne réponse',
  evidence: 'Citation',
  pick: (id) => `Choisir la question ${id}`,
  preview: 'Aperçu',
  previewQuestion: (id) => `Aperçu de la question ${id}`,
  previewTitle: (id) => `La question ${id} telle que la voient les élèves`,
  check: 'Vérifier',
  close: 'Fermer',
  settingsHeading: 'Réglages',
  poolAll: 'Aucune question choisie : le quiz puise dans toute la banque.',
  poolPicked: (count) => `Le quiz puise dans ${count === 1 ? 'la question choisie' : `les ${count} questions choisies`}.`,
  perLearner: 'Questions par élève',
  perLearnerHelp: 'Tirées au hasard parmi celles où le quiz puise ; vide : toutes.',
  seed: 'Graine',
  seedHelp: 'Tous les élèves ont les mêmes questions dans le même ordre ; vide : chacun le sien.',
  newSeed: 'Nouvelle graine',
  feedback: 'Correction',
  feedbackModes: { immediate: 'Après chaque question', end: 'À la fin', none: 'Aucune : le score seulement' },
  passMark: 'Seuil de réussite (%)',
  timeLimit: 'Temps limite (minutes)',
  timeLimitHelp: '0 : pas de limite.',
  extendAllowed: 'Les élèves peuvent ajouter du temps ou supprimer la limite',
  extendHelp: 'À décocher seulement si la limite est essentielle, comme pour un examen (WCAG 2.2.1).',
  attempts: 'Tentatives par élève',
  attemptsHelp: '0 : sans limite. Comptées dans le navigateur de l’élève.',
  shuffle: 'Mélanger les questions et les réponses',
  source: 'Le texte source',
  sourceModes: { open: 'Consultable pendant le quiz', closed: 'Fermé jusqu’aux résultats' },
  language: 'Langue du quiz',
  languagePage: 'Celle de la page',
  livePreview: 'Aperçu en direct',
  outputsHeading: 'Mettre le quiz sur une page',
  embed: 'Intégration (HTML)',
  iframe: 'Iframe (sites sans scripts, plateformes de cours)',
  link: 'Lien',
  json: 'Réglages (JSON)',
  copy: (what) => `Copier : ${what}`,
  copied: 'Copié',
  copyFailed: 'Copie impossible : le texte est sélectionné, appuyez sur Ctrl+C.',
  openLink: 'Ouvrir le quiz',
  coverageHeading: 'Couverture du texte source',
  coverage: (tested, total, questions) =>
    `${questions === 1 ? 'La question' : `Les ${number('fr', questions)} questions`} où le quiz puise ${questions === 1 ? 'porte' : 'portent'} sur ${tested} des ${total} phrases du texte (${percentOf(tested, total)} %).`,
  nextUntested: 'Passage non couvert suivant',
  untestedAt: (index, count) => `Passage non couvert ${index} sur ${count}`,
  allTested: 'Chaque phrase du texte est couverte.',
  sourceText: 'Le texte source, passages cités surlignés',
};

/** The builder's strings for a BCP 47 tag: French for fr-*, else English. */
export function builderMessages(lang: string): BuilderMessages {
  return primaryLanguage(lang) === 'fr' ? builderFr : builderEn;
}
