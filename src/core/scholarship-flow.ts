/**
 * The scholarship check's screens, apart from their rendering: which screen comes after an
 * answer, after Back and after "See my result", which answers the summary lists, and whether
 * what a visitor typed is an answer. Plain functions, no DOM; the rule set's own logic (which
 * questions are asked, the outcome) is in `scholarship-rules.ts`.
 */
import {
  askedQuestions,
  decide,
  decidedEarly,
  nextUnanswered,
  parseWholeNumber,
  type Answer,
  type Answers,
  type Decision,
  type Question,
  type RuleSet,
} from './scholarship-rules.js';

/** A screen to show: the intro, one question (by id), "check your answers", or the outcome. */
export type Step =
  { screen: 'intro' } | { screen: 'question'; id: string } | { screen: 'summary' } | { screen: 'outcome'; decision: Decision };

/** The screens, by name. */
export type Screen = Step['screen'];

/** The questions asked that have an answer, in order: the rows of "check your answers". */
export function answeredQuestions(ruleSet: RuleSet, answers: Answers): Question[] {
  return askedQuestions(ruleSet, answers).filter((question) => answers[question.id] !== undefined);
}

/** The first question, from the intro. */
export function firstStep(ruleSet: RuleSet, answers: Answers): Step {
  return { screen: 'question', id: askedQuestions(ruleSet, answers)[0].id };
}

/**
 * After question `id` was answered (`answers` holds the answer): an answer that rules the
 * visitor out ends the questions at once; else the next question asked, then the summary.
 * From "check your answers" (`changing`), only a question the change opened is asked, then
 * the summary again.
 */
export function stepAfterAnswer(ruleSet: RuleSet, answers: Answers, id: string, changing: boolean): Step {
  const decision = decidedEarly(ruleSet, answers);
  if (decision) return { screen: 'outcome', decision };
  const asked = askedQuestions(ruleSet, answers);
  const next = changing ? nextUnanswered(ruleSet, answers, id) : asked[asked.findIndex((question) => question.id === id) + 1];
  return next ? { screen: 'question', id: next.id } : { screen: 'summary' };
}

/**
 * Back, from `screen` (and question `current`), never saving what is on screen (as on
 * GOV.UK): from the summary to the last question answered; from a question reached from the
 * summary (`changing`), to the summary; else to the question before, or from the first
 * question to the intro.
 */
export function stepBack(ruleSet: RuleSet, answers: Answers, screen: Screen, current: string, changing: boolean): Step {
  if (screen === 'summary') {
    const answered = answeredQuestions(ruleSet, answers);
    const last = answered[answered.length - 1];
    return last ? { screen: 'question', id: last.id } : { screen: 'intro' };
  }
  if (changing) return { screen: 'summary' };
  const asked = askedQuestions(ruleSet, answers);
  const previous = asked[asked.findIndex((question) => question.id === current) - 1];
  return previous ? { screen: 'question', id: previous.id } : { screen: 'intro' };
}

/**
 * "See my result": the outcome, decided early or from every answer. Should a question still
 * lack an answer and nothing be decided yet (Back from a change that opened one), that
 * question comes first.
 */
export function outcomeStep(ruleSet: RuleSet, answers: Answers): Step {
  const next = nextUnanswered(ruleSet, answers);
  const decision = decidedEarly(ruleSet, answers) ?? (next ? undefined : decide(ruleSet, answers));
  return decision ? { screen: 'outcome', decision } : { screen: 'question', id: next!.id };
}

/** Why what was typed or chosen is not an answer: the field at fault, and the key of its message. */
export interface AnswerProblem {
  field: string;
  problem: 'errChoose' | 'errNumber' | 'errSize' | 'errAmount';
}

/**
 * Reads the answer to `question` from its form's fields (`field(name)`: what the field holds,
 * '' when empty): the answer, or what is wrong with it. A household has 1 to 20 people; a
 * blank income means "I don't know" (the hint says so), and the rule set decides what that means.
 */
export function readAnswer(question: Question, field: (name: string) => string): Answer | AnswerProblem[] {
  const id = question.id;
  if (question.type === 'yes-no' || question.type === 'choice') {
    return field('answer') || [{ field: `${id}-0`, problem: 'errChoose' }];
  }
  if (question.type === 'number') {
    return parseWholeNumber(field('answer')) ?? [{ field: id, problem: 'errNumber' }];
  }
  const size = parseWholeNumber(field('size'));
  const amount = field('amount').trim() ? parseWholeNumber(field('amount')) : null;
  const problems: AnswerProblem[] = [];
  if (!size || size > 20) problems.push({ field: `${id}-size`, problem: 'errSize' });
  if (amount === undefined) problems.push({ field: `${id}-amount`, problem: 'errAmount' });
  return problems.length ? problems : { size: size!, amount: amount! };
}
