/** Everything the bot says that is not a knowledge-base answer, in one place for editors. */
export const HELPLINE = '01387 216 777';
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
} as const;

/** Hand-off to a person: what the visitor is told by the core and the agent API. */
export const handoffMessages = {
  agentJoined: (name: string) => `${name} from the helpline team has joined the chat. You are now talking to a person.`,
  agentEndedChat:
    'The person you were talking to has ended the chat. You are back with the assistant: ask me anything, ' +
    `or call the helpline on ${HELPLINE}.`,
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
