import { minutesText } from '../messages';

/** Microsoft Teams: what agents see on hand-off cards and in hand-off threads (`src/teams/`); the visitor-facing wording is in `src/messages.ts`. */
export const teamsMessages = {
  card: {
    title: 'A visitor wants to talk to a person',
    urgent: 'URGENT',
    riskFlagged: 'The visitor wrote something suggesting a risk to life. They were given the emergency numbers.',
    priority: { urgent: 'Urgent', normal: 'Normal' } as Readonly<Record<string, string>>,
    facts: { priority: 'Priority', waitingSince: 'Waiting since', channel: 'From', topics: 'Asked about' },
    channels: { webchat: 'Website chat', directline: 'Website chat', msteams: 'Teams', emulator: 'Emulator' } as Readonly<Record<string, string>>,
    noTopics: 'Nothing yet',
    queued: 'Waiting for someone to take it.',
    active: (name: string) => `${name} is looking after this chat. Replies in this thread go to the visitor.`,
    ended: {
      agent: 'The chat has ended (ended by the helpline team).',
      visitor: 'The chat has ended (the visitor left).',
      timeout: 'The visitor went quiet and was taken out of the queue.',
    } as Readonly<Record<string, string>>,
    take: 'Take this chat',
    end: 'End chat',
  },
  thread: {
    soFar: 'The conversation so far:',
    speaker: { visitor: 'Visitor', bot: 'Assistant', agent: 'Helpline team' } as Readonly<Record<string, string>>,
    taken: (name: string) => `${name} has taken this chat. Replies in this thread go to the visitor.`,
    visitorSaid: (text: string) => `Visitor: ${text}`,
    riskFlagged: 'Risk to life: the visitor wrote something suggesting they may be in danger. They were given 999, Samaritans (116 123) and NHS 24 (111).',
    agentReminder: (minutes: number) => `The visitor has been waiting about ${minutesText(minutes)} for a reply.`,
  },
  /** Told to an agent when an action cannot be done: always what happened and what to do. */
  agent: {
    notStaff: "Only staff signed in to the board's Teams can take or answer visitors' chats.",
    gone: 'That chat no longer exists, so there is nothing to take or end.',
    takenByOther: (name: string) => `${name} is already looking after this chat.`,
    alreadyEnded: 'This chat has already ended.',
    onlyHolderEnds: (name: string) => `Only ${name}, who is looking after this chat, can end it.`,
    takeFirst: 'Take this chat first (the "Take this chat" button on the card), then reply in this thread.',
    notYours: (name: string) => `${name} is looking after this chat, so your message was not sent to the visitor.`,
    endedNotSent: 'This chat has ended, so your message was not sent to the visitor.',
    undelivered: "Your message is saved in the chat's record but could not reach the visitor: they may have closed the chat.",
    textOnly: 'Only typed messages can be passed to the visitor.',
    badAction: 'That button is out of date or not recognised. The chat is unchanged.',
    visitorNotTold: 'The visitor could not be told: they may have closed the chat.',
  },
  duty: {
    online: (until: string) => `You are taking chats until ${until}. New chats are posted in this channel. Say "offline" when you stop.`,
    offline: 'You are no longer taking chats.',
    closed: 'The helpline is closed now, so no chats come in. Say "online" when it opens.',
    status: (names: readonly string[]) => (names.length === 0 ? 'Nobody is taking chats right now.' : `Taking chats now: ${names.join(', ')}.`),
    help: 'In this channel, mention me with "online" to take chats, "offline" to stop, or "status" to see who is taking chats.',
  },
} as const;
