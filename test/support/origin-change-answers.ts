import type { ConfirmOriginChange, OriginChangeFacts } from '../../src/main/accounts/origin-change';

/**
 * Stands where the app shows its native "change address?" dialog: records what main asked and
 * answers as the test decides (yes unless told otherwise, as a user confirming would).
 */
export class OriginChangeAnswers {
  readonly asked: OriginChangeFacts[] = [];
  answer = true;

  readonly confirm: ConfirmOriginChange = async (facts) => {
    this.asked.push(facts);
    return this.answer;
  };
}
