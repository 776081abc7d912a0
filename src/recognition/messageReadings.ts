import type { Audience } from '../knowledge/topicSchema';
import { withAboutTheBotRead } from './aboutTheBot';
import { withMisusedAccountAdvised } from './accountMisused';
import { withToldIfAffectedAnswered, withWhatToDoWhenAssumed } from './assumedAffected';
import { withCamhsAnswered, withCamhsOnlyForAChild, withCamhsRuledOut } from './camhsNamed';
import { withChildsWorryAnswered } from './childsWorry';
import { withCareDelayAnswered, withCareGoingAheadAnswered } from './careAffected';
import { withCareNotDataDeclined } from './careNotData';
import { withCompensationAsked } from './compensationAsked';
import { withScamContactFirst } from './contactedByScammer';
import type { DecisionGrounds, DecisionThresholds } from './decide';
import { withEverydayScamDeclined } from './everydayScam';
import { withFeelingAboutTheLeakSupported, withWhatToDoForTheWorried } from './feelingAboutTheLeak';
import { withDetailsChecked } from './identityDetails';
import { withLeakedFilesShared } from './leakedFilesShared';
import { withLetterFromTheBoardRead } from './letterFromTheBoard';
import type { Recognition } from './recognizer';
import { withHumanBeingAskedFor, withOurHelplineAnswered, withPersonHereOverHelpline } from './ourHelpline';
import { withBeyondTheAnswersDeclined } from './beyondTheAnswers';
import { ElsewhereReading } from './elsewhere';
import { withOtherMattersDeclined } from './otherMatters';
import { withPressContactRead } from './pressContact';
import { withIdentityFraudAdvised, withWhatTheLeakHoldsAnswered } from './whatTheLeakHolds';
import { withOwnDataAskedAsStaff, withStaffTopicFirst } from './staffSide';

/** A message giving details to be checked, or a patient's question relayed by staff, is about the leak however its names and numbers read. */
const DETAILS_GIVEN_OUT_OF_SCOPE = 0.45;
/** Where staff telling of a feeling about the leak are pointed: occupational health and the staff wellbeing services. */
const STAFF_SUPPORT_TOPIC_ID = 'staff-wellbeing';
/** Likewise a message telling of a scammer's contact with the person's records or a demand. */
const SCAM_CONTACT_OUT_OF_SCOPE = 0.45;

export interface MessageReadingsOptions extends DecisionGrounds {
  /** Other boards and hospitals, and the places here (`knowledge/local-names.yaml`). */
  readonly places?: { readonly elsewhere: readonly string[]; readonly here: readonly string[] };
}

/**
 * The readings around the recogniser, in the order they apply: what people actually write that the
 * recogniser's scores get wrong (a scammer's contact, an everyday scam, a complaint about care, a question about the bot, a
 * feeling or a letter about the leak, CAMHS named, the staff side, details given to be checked). Each is a pure function in its own module; this holds what
 * they need from the knowledge base, built once.
 */
export class MessageReadings {
  /** What a message about a scammer's contact may still be asking before what to do about it. */
  private readonly keptOverScamContact: ReadonlySet<string>;
  /** What a message giving details to be checked may still be asking first. */
  private readonly keptOverDetailsChecked: ReadonlySet<string>;
  /** Each public topic's staff version (a staff topic's `publicAlternative`, read backwards). */
  private readonly staffVersionOf = new Map<string, string>();
  /** What the readings of a message the recogniser would have declined (a feeling, a letter) leave above their topic: the crisis topic (for the check-in) and a person asked for. */
  private readonly keptOverDeclined: ReadonlySet<string>;
  /** What a public question told in other words (care delayed by the attack, being told if affected) leaves first: the crisis answer, a person, and in Teams a staff topic ("results taking longer, is that the cyber stuff" is how staff work now). */
  private readonly keptOverPublicQuestion: ReadonlySet<string>;
  private readonly supportTopicId: string;
  private readonly humanTopicId: string;
  private readonly thresholds: DecisionThresholds;
  private readonly elsewhere: ElsewhereReading;

  constructor(options: MessageReadingsOptions) {
    this.elsewhere = new ElsewhereReading(options.places?.elsewhere ?? [], options.places?.here ?? []);
    const conversational = options.topics.filter((t) => t.kind === 'conversational').map((t) => t.id);
    for (const topic of options.topics) if (topic.audience === 'staff' && topic.publicAlternative !== undefined) this.staffVersionOf.set(topic.publicAlternative, topic.id);
    this.keptOverScamContact = new Set([options.crisisTopicId, options.humanTopicId, 'helpline', 'staff-report-suspicious', ...conversational]);
    this.keptOverDetailsChecked = new Set([options.crisisTopicId, options.humanTopicId, 'scam-contact', 'staff-patient-enquiries', 'children-camhs']);
    this.keptOverDeclined = new Set([options.crisisTopicId, options.humanTopicId]);
    this.keptOverPublicQuestion = new Set([...this.keptOverDeclined, ...options.topics.filter((t) => t.audience === 'staff').map((t) => t.id)]);
    this.supportTopicId = options.supportTopicId;
    this.humanTopicId = options.humanTopicId;
    this.thresholds = options.thresholds;
  }

  /** `readable` is the text the recogniser read (personal details taken out); `written` is the message as sent. */
  apply(recognition: Recognition, readable: string, written: string, audience: Audience): Recognition {
    const { answer, outOfScope } = this.thresholds;
    let read = withScamContactFirst(recognition, readable, this.keptOverScamContact, { inScope: SCAM_CONTACT_OUT_OF_SCOPE, answer });
    read = withEverydayScamDeclined(read, readable, outOfScope);
    read = withCareNotDataDeclined(read, readable, outOfScope);
    read = withBeyondTheAnswersDeclined(read, readable, outOfScope);
    read = withOtherMattersDeclined(read, readable, outOfScope);
    read = withAboutTheBotRead(read, readable, outOfScope);
    read = withWhatToDoForTheWorried(read, readable, this.keptOverDeclined, this.thresholds);
    read = withFeelingAboutTheLeakSupported(read, readable, audience === 'staff' ? STAFF_SUPPORT_TOPIC_ID : this.supportTopicId, this.keptOverDeclined, this.thresholds);
    // A feeling told about the letter ("crying all day since the letter came") was read first.
    read = withLetterFromTheBoardRead(read, readable, this.keptOverDeclined, this.thresholds);
    read = withCamhsAnswered(read, readable, this.keptOverDeclined, this.thresholds);
    read = withCamhsRuledOut(read, readable);
    read = withCamhsOnlyForAChild(read, readable);
    read = withChildsWorryAnswered(read, readable, this.keptOverDeclined, this.thresholds);
    read = withCareGoingAheadAnswered(read, readable, this.keptOverDeclined, this.thresholds);
    read = withCareDelayAnswered(read, readable, this.keptOverPublicQuestion, this.thresholds);
    read = withOurHelplineAnswered(read, readable, this.keptOverDeclined, this.thresholds);
    read = withPersonHereOverHelpline(read, readable, this.humanTopicId);
    read = withHumanBeingAskedFor(read, readable, this.humanTopicId, this.keptOverDeclined, { inScope: SCAM_CONTACT_OUT_OF_SCOPE, answer });
    read = withWhatTheLeakHoldsAnswered(read, readable);
    if (audience === 'public') read = withIdentityFraudAdvised(read, readable);
    read = withPressContactRead(read, readable, audience, { inScope: SCAM_CONTACT_OUT_OF_SCOPE, answer, outOfScope });
    read = withWhatToDoWhenAssumed(read, readable, this.keptOverScamContact, { inScope: SCAM_CONTACT_OUT_OF_SCOPE, answer });
    read = withToldIfAffectedAnswered(read, readable, this.keptOverPublicQuestion, { inScope: SCAM_CONTACT_OUT_OF_SCOPE, answer });
    read = withMisusedAccountAdvised(read, readable, { inScope: SCAM_CONTACT_OUT_OF_SCOPE, answer });
    read = withCompensationAsked(read, readable, this.keptOverScamContact, { inScope: SCAM_CONTACT_OUT_OF_SCOPE, answer });
    read = withLeakedFilesShared(read, readable, this.keptOverDeclined, { inScope: SCAM_CONTACT_OUT_OF_SCOPE, answer });
    read = audience === 'staff' ? withStaffTopicFirst(read, readable, this.staffVersionOf, { inScope: DETAILS_GIVEN_OUT_OF_SCOPE, answer }) : withOwnDataAskedAsStaff(read, readable, { inScope: DETAILS_GIVEN_OUT_OF_SCOPE, answer });
    read = this.elsewhere.apply(read, readable, outOfScope);
    // The details themselves are gone from `readable`: they are looked for in what was written.
    return withDetailsChecked(read, written, this.keptOverDetailsChecked, { inScope: DETAILS_GIVEN_OUT_OF_SCOPE, answer });
  }
}
