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
