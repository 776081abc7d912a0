import { telHref } from './rendering/linkify';

/** Everything the bot says that is not a knowledge-base answer, in one place for editors. */
export const HELPLINE = '01387 216 777';
/** For messages sent outside the visitor's turn, which do not pass through the reply builder's linkify. */
const HELPLINE_LINK = `[${HELPLINE}](${telHref(HELPLINE)})`;
/** "1 minute", "5 minutes": shared with the Teams wording (`src/teams/teamsMessages.ts`). */
export const minutesText = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);
export const HELPLINE_HOURS = '9am to 6pm Monday to Friday and 9am to 1pm on Saturday (closed Sunday)';

export const messages = {
  welcomeSuggestions: ['what-happened', 'am-i-affected', 'helpline'] as const,
  clarify: 'I want to make sure I give you the right answer. Did you mean one of these?',
  fallback:
    "Sorry, I can't help with that. I can answer questions about the cyber attack on NHS Dumfries and Galloway: " +
    'what happened, what data was published, what to do, and how to get help. ' +
    `For anything else, you can call the helpline on ${HELPLINE}, ${HELPLINE_HOURS}. ` +
    'For health advice, call NHS 24 on 111 or speak to your GP.',
  secondFallback:
    "I'm sorry I'm not managing to help. You may find it easier to talk to a person: " +
    `call the helpline on ${HELPLINE}, ${HELPLINE_HOURS}.`,
  talkToPerson: 'Talk to a person',
  longMessage: 'That was a long message, so I have read only the first part of it.',
  noText: "I can only read typed messages. Please type your question and I'll do my best to help.",
  turnError:
    `Sorry, something went wrong on my side. Please try again in a moment, or call the helpline on ${HELPLINE}, ` +
    `${HELPLINE_HOURS}.`,
  followUpsLead: 'You might also want to know:',
  alsoAsked: 'You also asked about something else. Tap below for that answer.',
  supportOffered: 'If all this is worrying you, there is support too. Tap below.',
  checkIn: 'If you are thinking about harming yourself, or you are in danger now, please call 999. Samaritans are free to call on 116 123, any time.',
  checkInOffer: 'Would you like to talk to a person now?',
  /** A bare "no", "not now" or "ok" after an answer: acknowledged, not answered again. */
  acknowledged: `OK. Is there anything else I can help with? You can ask me about the cyber attack, or call the helpline on ${HELPLINE}.`,
  /** The same after the urgent-help answer (or the check-in): its numbers stay, briefly, and so does a person. */
  acknowledgedUrgent: 'OK. If you are in danger now, call 999. Samaritans are free to call on 116 123, any time.',
  acknowledgedUrgentPerson: 'If you change your mind, you can talk to a person at any time.',
  acknowledgedUrgentHelpline: `To talk to a person from the helpline team, call ${HELPLINE}, ${HELPLINE_HOURS}.`,
} as const;

/** Hand-off to a person: what the visitor is told by the core and the agent API. */
export const handoffMessages = {
  agentJoined: (name: string) => `${name} from the helpline team has joined the chat. You are now talking to a person.`,
  agentEndedChat:
    'The person you were talking to has ended the chat. You are back with the assistant: ask me anything, ' +
    `or call the helpline on ${HELPLINE_LINK}.`,
  phoneProblem: {
    empty: 'Please type a UK phone number we can call you on.',
    'not-a-number': 'That does not look like a phone number. Please type just the number, for example 07700 900123 or 01387 216777.',
    'too-short': 'That number looks too short. UK numbers have 10 or 11 digits, for example 07700 900123.',
    'too-long': 'That number looks too long. UK numbers have 10 or 11 digits, for example 07700 900123.',
    foreign: 'Sorry, we can only call UK numbers. Please give a UK mobile or landline number.',
    premium: 'Sorry, we cannot call premium-rate or personal numbers (starting 09, 084, 087 or 070). Please give a mobile or landline number.',
    'not-supported': 'Sorry, we can only call UK mobiles and landlines: numbers starting 01, 02, 03 or 07.',
  },
  firstNameProblem: {
    empty: 'Please type your first name.',
    'too-long': 'That is a bit long for a first name. Please type just your first name (up to 40 letters).',
    'not-a-name': 'Please type just your first name, using letters (spaces, hyphens and apostrophes are fine).',
  },
} as const;

/** Where to turn at once, for someone who may be at risk. */
const URGENT_NUMBERS = 'If you are in danger now, call 999. Samaritans are free on 116 123 at any time, and NHS 24 is on 111, day and night.';

/** Hand-off to a person: what the visitor is told while asking for one, waiting, and talking. */
export const handoffFlowMessages = {
  consent:
    'I can put you through to a person from the NHS Dumfries and Galloway helpline team. ' +
    'They will see this conversation, including what you have typed so far. ' +
    'Please do not share bank details or passwords. Shall I go ahead?',
  offerAfterFallbacks:
    "I'm sorry I'm not managing to help. Would you like to talk to a person from the helpline team? " +
    `You can also call the helpline on ${HELPLINE}.`,
  /** The second fallback when the safety check-in follows it and offers the person itself: offered once. */
  notManagingBeforeCheckIn: `I'm sorry I'm not managing to help. You can call the helpline on ${HELPLINE}, ${HELPLINE_HOURS}.`,
  consentRetry: 'Please choose "Yes, go ahead" or "No thanks". You can type "cancel" to go back to the assistant.',
  yesGoAhead: 'Yes, go ahead',
  noThanks: 'No thanks',
  backToBot: `OK, you are back with the assistant. Ask me anything, or call the helpline on ${HELPLINE}.`,
  queued: (position: number) => (position === 1 ? 'You are next in the queue for a person.' : `You are number ${position} in the queue for a person.`),
  waitEstimate: (minutes: number) => `Recent chats have waited about ${minutesText(minutes)}.`,
  waitUnknown: 'I cannot say how long the wait will be.',
  /** `timeoutMinutes` undefined: an urgent visitor, who keeps their place however long they are silent. */
  whileWaiting: (timeoutMinutes: number | undefined) =>
    'You can keep typing here and the person will see it. ' +
    (timeoutMinutes === undefined ? '' : `To keep your place, please send a message at least every ${minutesText(timeoutMinutes)}. `) +
    'Type "end chat" to leave the queue.',
  positionChanged: (position: number) => (position === 1 ? 'You are now next in the queue.' : `You are now number ${position} in the queue.`),
  alreadyQueued: (position: number) => `You are already in the queue: ${position === 1 ? 'you are next' : `number ${position}`}. Type "end chat" to leave it.`,
  alreadyTalking: 'You are already talking to a person. Type "end chat" to go back to the assistant.',
  passedOn: 'Thanks. The person who takes your chat will see that.',
  relayTextOnly: 'I can only pass on typed messages. Please type what you want to say.',
  endChatButton: 'End chat',
  leftQueue: `You have left the queue. You are back with the assistant: ask me anything, or call the helpline on ${HELPLINE}.`,
  endedChat: `You have ended the chat. You are back with the assistant: ask me anything, or call the helpline on ${HELPLINE}.`,
  /** `moved`: flagging them urgent put them ahead of someone; otherwise their place is only restated. */
  riskWhileWaiting: (position: number, moved: boolean) =>
    'If you are in danger now, call 999. Samaritans are free on 116 123 at any time, and NHS 24 is on 111. ' +
    `I have told the team, and ${
      moved
        ? position === 1
          ? 'you have been moved to the front of the queue'
          : `you have been moved up the queue: you are now number ${position}`
        : position === 1
          ? 'you are next in the queue'
          : `you are number ${position} in the queue`
    }.`,
  riskWhileTalking:
    'If you are in danger now, call 999. Samaritans are free on 116 123 at any time, and NHS 24 is on 111. ' +
    'I have let the person you are talking to know.',
  timedOut: (minutes: number) =>
    `We have not heard from you for ${minutesText(minutes)}, so you have been taken out of the queue. ` +
    `If you still want to talk to a person, type "Talk to a person", or call the helpline on ${HELPLINE_LINK}.`,
  /**
   * A visitor still waiting when the helpline closes. An urgent one keeps their place however long they
   * are silent, and hears the crisis numbers first; anyone else is pointed to the phone line.
   */
  closedWhileWaiting: (nextOpen: string | undefined, urgent: boolean) =>
    `${urgent ? `${URGENT_NUMBERS} ` : ''}The helpline team has stopped taking chats for now${nextOpen === undefined ? '' : ` and is next available ${nextOpen}`}. ` +
    (urgent
      ? 'You keep your place in the queue, and the person who takes your chat will see what you write here. Type "end chat" to leave the queue.'
      : `You can call the helpline on ${HELPLINE_LINK} when it is open, or type "end chat" to leave the queue.`),
  closedNow: (nextOpen: string | undefined) =>
    nextOpen === undefined ? 'The helpline team is not taking chats right now.' : `The helpline team is not taking chats right now. They are next available ${nextOpen}.`,
  nobodyFree: 'Nobody from the helpline team is free to chat right now.',
  phoneHours: (hours: string) => `You can call the helpline on ${HELPLINE}: ${hours}.`,
  urgentNumbers: URGENT_NUMBERS,
  callbackOffer: 'Would you like the team to phone you back? I would only need your first name and a UK phone number, used only to call you.',
  callbackOfferRetry: 'Please choose "Yes, phone me back" or "No thanks". You can type "cancel" to go back to the assistant.',
  yesCallMe: 'Yes, phone me back',
  noCallback: 'No thanks',
  askFirstName: 'What is your first name? Just your first name, please.',
  askPhone: (firstName: string) => `Thanks, ${firstName}. Which UK phone number should the team call? A mobile or landline, for example 07700 900123.`,
  callbackSaved: (firstName: string, phone: string, when: string | undefined) =>
    `Thank you, ${firstName}. The helpline team will call you on ${phone} ${when === undefined ? 'as soon as they can' : `when they are next available, ${when}`}. ` +
    'You are back with the assistant now if you have other questions.',
  /** After an urgent callback is saved: where to turn while they wait for the call. */
  untilTheyCall: `Until they call: ${URGENT_NUMBERS}`,
  callbackGaveUp: `Sorry, I could not take those details. You can call the helpline on ${HELPLINE}, or type "Talk to a person" to try again.`,
  callbackDeclined: `OK. You are back with the assistant: ask me anything, or call the helpline on ${HELPLINE}.`,
  omnichannelPassing: 'I am passing you to the helpline team now. Please stay in this chat.',
  omnichannelAccepted: 'A person from the helpline team has joined the chat.',
  omnichannelFailed: (hours: string) => `Sorry, I could not reach the team just now. Please call the helpline on ${HELPLINE}: ${hours}.`,
  omnichannelCompleted: `Your chat with the team has ended. You are back with the assistant: ask me anything, or call the helpline on ${HELPLINE}.`,
} as const;

/** The queue summary agents see: why the visitor came, written by the bot (never their own words). */
export const handoffSummaries = {
  asked: 'Asked to talk to a person.',
  fallbacks: 'The assistant could not answer twice in a row and offered a person.',
  crisis: 'Urgent: the safety check saw risk-to-life wording and the urgent-help answer was given.',
  'check-in': 'Urgent: the assistant asked whether they were safe (their message may hold risk it did not recognise) and they accepted a person.',
  recentTopics: (titles: readonly string[]) => `Recent topics: ${titles.join('; ')}.`,
} as const;

/** Tap-to-call cards on helpline and urgent-help answers (`src/rendering/callCard.ts`). */
export const callCardMessages = {
  title: 'Tap to call',
  /** Who answers each number the knowledge base gives; a number not listed is shown on its own. */
  names: {
    '01387216777': 'the helpline',
    '116123': 'Samaritans',
    '111': 'NHS 24',
    '0800838587': 'Breathing Space',
    '101': 'Police Scotland',
  } as Readonly<Record<string, string>>,
  button: (number: string, name: string | undefined) => (name === undefined ? `Call ${number}` : `Call ${name} on ${number}`),
} as const;
