/*
 * The agent console: signs in with a console key (kept in sessionStorage, sent only as a Bearer
 * header, never in a URL or a log), follows the queue over server-sent events read with fetch
 * (EventSource cannot send the header), and talks to the visitor through the agent API.
 */
(function () {
  'use strict';

  const KEY_STORE = 'agentConsoleKey';
  /** How often an open chat is re-read for new messages. */
  const CHAT_POLL_MS = 1500;
  /** Well inside AgentIdleMinutes (the server works it out), so an agent with the console open stays online. */
  const PRESENCE_MS = Number(document.currentScript.getAttribute('data-presence-refresh-ms')) || 2 * 60_000;
  const CALLBACKS_MS = 20_000;
  const CLOCK_MS = 30_000;
  const RECONNECT_MS = 3000;

  const $ = (id) => document.getElementById(id);
  const el = {
    who: $('who'),
    whoName: $('who-name'),
    signOut: $('sign-out'),
    announcer: $('announcer'),
    signIn: $('sign-in'),
    signInForm: $('sign-in-form'),
    key: $('key'),
    signInError: $('sign-in-error'),
    signInButton: $('sign-in-button'),
    console: $('console'),
    queueTitle: $('queue-title'),
    queueCount: $('queue-count'),
    queueEmpty: $('queue-empty'),
    queueList: $('queue-list'),
    connection: $('connection'),
    callbacksTitle: $('callbacks-title'),
    callbacksCount: $('callbacks-count'),
    callbacksRefresh: $('callbacks-refresh'),
    callbacksError: $('callbacks-error'),
    callbacksEmpty: $('callbacks-empty'),
    callbacksList: $('callbacks-list'),
    chatTitle: $('chat-title'),
    chatEmpty: $('chat-empty'),
    chatBody: $('chat-body'),
    chatFacts: $('chat-facts'),
    chatNotice: $('chat-notice'),
    transcript: $('transcript'),
    transcriptLog: $('transcript-log'),
    composer: $('composer'),
    message: $('message'),
    messageError: $('message-error'),
    send: $('send'),
    endChat: $('end-chat'),
  };

  /** Everything that lives only while signed in. */
  let session = null;

  // ---------- HTTP ----------

  class SignedOut extends Error {}

  /** One agent API call; a 401 ends the session (the key was withdrawn) and throws. */
  async function api(method, path, body) {
    const headers = { Accept: 'application/json', Authorization: 'Bearer ' + session.key };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', credentials: 'omit' });
    const text = await res.text();
    let json;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch (_) {
      json = undefined;
    }
    if (res.status === 401) {
      endSession('Your console key is no longer accepted. Please sign in again.');
      throw new SignedOut();
    }
    return { status: res.status, body: json };
  }

  function errorCode(reply) {
    return reply.body && reply.body.error ? reply.body.error.code : undefined;
  }

  // ---------- small helpers ----------

  /**
   * Said together when several come at once (a chat claimed just as its risk flag arrives): set one after
   * the other, a screen reader reads only the last, and the risk could go unheard. A risk or an urgent chat
   * is said first.
   */
  let pendingAnnouncements = [];
  function announce(text) {
    pendingAnnouncements.push(text);
    if (pendingAnnouncements.length > 1) return;
    // Cleared first so the same words twice are still read out.
    el.announcer.textContent = '';
    window.setTimeout(() => {
      const said = pendingAnnouncements.sort((a, b) => Number(/^(?:Risk|Urgent)/.test(b)) - Number(/^(?:Risk|Urgent)/.test(a)));
      pendingAnnouncements = [];
      el.announcer.textContent = said.join(' ');
    }, 50);
  }

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function waitedFor(since) {
    const minutes = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 60_000));
    if (minutes < 1) return 'under a minute';
    if (minutes < 60) return plural(minutes, 'minute');
    const hours = Math.floor(minutes / 60);
    return plural(hours, 'hour') + (minutes % 60 === 0 ? '' : ' ' + plural(minutes % 60, 'minute'));
  }

  function timeOf(iso) {
    return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  }

  function dateTimeOf(iso) {
    return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }

  function channelName(channel) {
    return { directline: 'Web chat', webchat: 'Web chat', msteams: 'Teams', emulator: 'Emulator' }[channel] || channel;
  }

  function topicsOf(item) {
    return (item.lastTopics || []).map((t) => t.replace(/-/g, ' ')).join(', ');
  }

  /** `+447700900123` as people write it: `07700 900123`, `020 7946 0000`. */
  function ukNumber(e164) {
    const national = '0' + e164.replace(/^\+44/, '');
    if (/^02/.test(national)) return national.slice(0, 3) + ' ' + national.slice(3, 7) + ' ' + national.slice(7);
    return national.slice(0, 5) + ' ' + national.slice(5);
  }

  function setHidden(node, hidden) {
    node.hidden = hidden;
  }

  // ---------- sign in and out ----------

  async function signIn(key, restoring) {
    session = { key, agent: '', timers: [], stream: null, chat: null, queue: [], queueById: new Map(), queueEvents: 0, callbackIds: null };
    let reply;
    try {
      reply = await api('POST', '/api/agent/presence', { status: 'online' });
    } catch (error) {
      if (error instanceof SignedOut) {
        showSignInError(restoring ? 'Please sign in again.' : 'That key was not accepted. Check it and try again.');
        return;
      }
      session = null;
      showSignInError('Could not reach the server. Check your connection and try again.');
      return;
    }
    if (reply.status !== 200) {
      session = null;
      showSignInError(
        reply.status === 429 ? 'Too many failed sign-ins from here. Wait a minute, then try again.' : 'Signing in failed (' + reply.status + '). Please try again.',
      );
      return;
    }
    session.agent = reply.body.agent;
    sessionStorage.setItem(KEY_STORE, key);
    el.key.value = '';
    el.key.removeAttribute('aria-invalid');
    el.signInError.textContent = '';
    el.whoName.textContent = 'Signed in as ' + session.agent + ' · online';
    setHidden(el.signIn, true);
    setHidden(el.who, false);
    setHidden(el.console, false);
    el.queueTitle.focus();
    announce((restoring ? 'Welcome back, ' : 'Signed in as ') + session.agent + '. You are online.');

    openStream();
    loadCallbacks();
    session.timers.push(
      window.setInterval(() => void keepOnline(), PRESENCE_MS),
      window.setInterval(() => void loadCallbacks(), CALLBACKS_MS),
      window.setInterval(refreshWaitingTimes, CLOCK_MS),
    );
  }

  async function keepOnline() {
    if (!session) return;
    try {
      await api('POST', '/api/agent/presence', { status: 'online' });
    } catch (_) {
      // The next round tries again; a withdrawn key has already signed the console out.
    }
  }

  /** Stops every timer and stream and forgets the key; `why` is shown on the sign-in form. */
  function endSession(why) {
    if (!session) return;
    const ending = session;
    session = null;
    ending.timers.forEach((t) => window.clearInterval(t));
    if (ending.stream) ending.stream.abort();
    stopChatPolling(ending.chat);
    sessionStorage.removeItem(KEY_STORE);
    el.queueList.replaceChildren();
    el.callbacksList.replaceChildren();
    closeChatPanel();
    setHidden(el.console, true);
    setHidden(el.who, true);
    setHidden(el.signIn, false);
    if (why) showSignInError(why);
    el.key.focus();
  }

  async function signOut() {
    if (!session) return;
    try {
      await api('POST', '/api/agent/presence', { status: 'offline' });
    } catch (_) {
      // Signed out here either way; the server counts an unseen agent as offline after AgentIdleMinutes.
    }
    endSession();
    announce('Signed out. You are offline.');
  }

  function showSignInError(text) {
    el.signInError.textContent = text;
    el.key.setAttribute('aria-invalid', 'true');
  }

  el.signInForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = el.key.value.trim();
    if (key === '') {
      showSignInError('Type your console key.');
      el.key.focus();
      return;
    }
    el.signInButton.disabled = true;
    el.signInError.textContent = '';
    signIn(key, false).finally(() => {
      el.signInButton.disabled = false;
      if (!session) {
        if (el.signInError.textContent === '') showSignInError('That key was not accepted. Check it and try again.');
        el.key.focus();
      }
    });
  });

  el.signOut.addEventListener('click', () => void signOut());

  // Closing the tab takes the agent offline at once rather than after AgentIdleMinutes.
  window.addEventListener('pagehide', () => {
    if (!session) return;
    fetch('/api/agent/presence', {
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      headers: { Authorization: 'Bearer ' + session.key, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'offline' }),
    }).catch(() => undefined);
  });

  // ---------- the queue, live ----------

  function setConnection(text) {
    el.connection.textContent = text;
  }

  /** `GET /api/agent/events` read as a stream: `queue` replaces the list, `handoff` announces a newcomer. */
  function openStream() {
    if (!session) return;
    const current = session;
    const controller = new AbortController();
    current.stream = controller;
    const retry = () => {
      if (controller.signal.aborted || session !== current) return;
      setConnection('Connection lost: reconnecting…');
      window.setTimeout(openStream, RECONNECT_MS);
    };
    fetch('/api/agent/events', {
      headers: { Accept: 'text/event-stream', Authorization: 'Bearer ' + current.key },
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
    })
      .then(async (res) => {
        if (res.status === 401) return endSession('Your console key is no longer accepted. Please sign in again.');
        if (!res.ok || !res.body) throw new Error('events ' + res.status);
        setConnection('Live: new chats appear here at once.');
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const chunk = await reader.read();
          if (chunk.done) throw new Error('events ended');
          buffer += decoder.decode(chunk.value, { stream: true });
          const blocks = buffer.split(/\r?\n\r?\n/);
          buffer = blocks.pop();
          blocks.forEach(handleEvent);
        }
      })
      .catch(retry);
  }

  function handleEvent(block) {
    let name = 'message';
    const data = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') name = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0 || !session) return;
    const payload = JSON.parse(data.join('\n'));
    if (name === 'queue') {
      session.queueEvents += 1;
      renderQueue(payload);
    } else if (name === 'handoff') announceNewHandoff(payload);
  }

  function announceNewHandoff(item) {
    session.fresh = session.fresh || new Set();
    session.fresh.add(item.id);
    announce((item.priority === 'urgent' ? 'Urgent: a' : 'A') + ' new chat is waiting. ' + item.summary);
  }

  /** A fresh read, after this console changed something, rather than waiting for the stream. */
  async function refreshQueue() {
    if (!session) return;
    const current = session;
    const eventsBefore = current.queueEvents;
    const reply = await api('GET', '/api/agent/queue');
    // A `queue` event that came while this read was on its way may be newer than it (a risk flag
    // raised in between), and the stream sends only what differs from its own last event, so a
    // stale read shown over it would stay until the queue next changed. The stream wins then.
    if (reply.status === 200 && session === current && current.queueEvents === eventsBefore) renderQueue(reply.body);
  }

  function renderQueue(items) {
    if (!session) return;
    session.queue = items;
    const waiting = items.filter((i) => i.status === 'queued').length;
    el.queueCount.textContent = '(' + waiting + ' waiting)';
    setHidden(el.queueEmpty, items.length > 0);

    // Items are kept and updated in place, so a Claim button with focus keeps it.
    const focused = document.activeElement;
    const keep = new Map();
    for (const item of items) {
      const row = session.queueById.get(item.id) || makeQueueRow(item.id);
      fillQueueRow(row, item);
      keep.set(item.id, row);
    }
    for (const [id, row] of session.queueById) if (!keep.has(id)) row.remove();
    session.queueById = keep;
    items.forEach((item) => el.queueList.appendChild(keep.get(item.id)));
    if (focused && focused !== document.activeElement && focused.isConnected) focused.focus();
  }

  function makeQueueRow(id) {
    const row = make('li', 'ticket');
    row.dataset.id = id;
    const title = make('h3', 'ticket__title');
    title.id = 'ticket-' + id;
    const badges = make('p', 'ticket__badges');
    const meta = make('p', 'ticket__meta');
    const topics = make('p', 'ticket__topics');
    const button = make('button', 'button button--small');
    button.type = 'button';
    button.setAttribute('aria-describedby', title.id);
    button.addEventListener('click', () => {
      const item = session && session.queue.find((i) => i.id === id);
      if (!item) return;
      if (item.status === 'queued') void claim(id);
      else void openChat(id);
    });
    row.append(badges, title, meta, topics, button);
    row.parts = { title, badges, meta, topics, button };
    return row;
  }

  function fillQueueRow(row, item) {
    const { title, badges, meta, topics, button } = row.parts;
    title.textContent = item.summary || 'No summary';
    badges.replaceChildren();
    if (item.priority === 'urgent') badges.append(make('span', 'badge badge--urgent', 'Urgent'));
    if (item.risk) badges.append(make('span', 'badge badge--urgent', 'Risk flagged'));
    if (session.fresh && session.fresh.has(item.id)) badges.append(make('span', 'badge badge--new', 'New'));
    if (item.status === 'active') badges.append(make('span', 'badge', 'With ' + (item.claimedBy || 'an agent')));
    if (item.agentReminder) badges.append(make('span', 'badge badge--urgent', 'Waiting for a reply'));
    setHidden(badges, badges.childElementCount === 0);
    row.dataset.since = item.waitingSince;
    meta.textContent = 'Waiting ' + waitedFor(item.waitingSince) + ' · ' + channelName(item.channel);
    const t = topicsOf(item);
    topics.textContent = t ? 'Asked the assistant about: ' + t : '';
    setHidden(topics, !t);
    row.classList.toggle('ticket--urgent', item.priority === 'urgent' || Boolean(item.risk));
    const mine = item.status === 'active' && item.claimedBy === session.agent;
    button.textContent = item.status === 'queued' ? 'Claim chat' : 'Open chat';
    setHidden(button, item.status !== 'queued' && !mine);
  }

  function refreshWaitingTimes() {
    if (!session) return;
    for (const item of session.queue) {
      const row = session.queueById.get(item.id);
      if (row) row.parts.meta.textContent = 'Waiting ' + waitedFor(item.waitingSince) + ' · ' + channelName(item.channel);
    }
  }

  async function claim(id) {
    let reply;
    try {
      reply = await api('POST', '/api/agent/handoffs/' + encodeURIComponent(id) + '/claim', {});
    } catch (error) {
      if (!(error instanceof SignedOut)) queueProblem('Could not reach the server to claim the chat. Please try again.');
      return;
    }
    if (!session) return;
    if (reply.status === 200) {
      if (session.fresh) session.fresh.delete(id);
      // Said before the chat opens: a risk flag the chat shows is then said last (or with it, first), never replaced.
      announce('You have claimed the chat. The visitor has been told you joined.');
      await openChat(id, reply.body.handoff);
      void refreshQueue().catch(() => undefined);
      return;
    }
    const code = errorCode(reply);
    if (reply.status === 409 && code === 'claimed-by-another-agent') queueProblem('Someone else took this chat.');
    else if (reply.status === 409) queueProblem('That chat has already ended.');
    else if (reply.status === 404) queueProblem('That chat is no longer in the queue.');
    else queueProblem('Claiming the chat failed (' + reply.status + '). Please try again.');
    void refreshQueue().catch(() => undefined);
  }

  function queueProblem(text) {
    let note = document.getElementById('queue-error');
    if (!note) {
      note = make('p', 'error');
      note.id = 'queue-error';
      note.setAttribute('role', 'alert');
      el.queueEmpty.before(note);
    }
    note.textContent = text;
  }

  // ---------- one chat ----------

  /** Shows a chat and keeps reading it for new messages until it ends or another is opened. */
  async function openChat(id, known) {
    if (!session) return;
    stopChatPolling(session.chat);
    const note = document.getElementById('queue-error');
    if (note) note.textContent = '';
    const chat = { id, shown: 0, timer: 0, ended: false, handoff: null };
    session.chat = chat;
    el.transcript.replaceChildren();
    el.chatNotice.textContent = '';
    el.messageError.textContent = '';
    el.message.value = '';
    setHidden(el.chatEmpty, true);
    setHidden(el.chatBody, false);
    setHidden(el.composer, false);
    // Focus moves with the box, in the same task that shows it: the agent can start typing while the
    // transcript loads, and a later focus() would take back focus they had already moved on.
    el.message.focus();
    if (known) renderChat(chat, known);
    await readChat(chat);
    if (session && session.chat === chat) chat.timer = window.setInterval(() => void readChat(chat), CHAT_POLL_MS);
  }

  function stopChatPolling(chat) {
    if (chat) window.clearInterval(chat.timer);
  }

  async function readChat(chat) {
    if (chat.reading) return;
    chat.reading = true;
    try {
      const reply = await api('GET', '/api/agent/handoffs/' + encodeURIComponent(chat.id));
      if (!session || session.chat !== chat) return;
      if (reply.status === 200) renderChat(chat, reply.body);
      else if (reply.status === 404) endChatView(chat, 'This chat no longer exists.');
    } catch (_) {
      // A missed read is made up by the next one; the transcript is kept on the server.
    } finally {
      chat.reading = false;
    }
  }

  function renderChat(chat, handoff) {
    chat.handoff = handoff;
    el.chatTitle.textContent = 'Chat: ' + (handoff.summary || 'no summary');
    const facts = [
      ['Waiting since', dateTimeOf(handoff.waitingSince)],
      ['Channel', channelName(handoff.channel)],
      ['Priority', handoff.priority === 'urgent' ? 'Urgent' : 'Normal'],
    ];
    const topics = topicsOf(handoff);
    if (topics) facts.push(['Asked the assistant about', topics]);
    if (handoff.risk) facts.push(['Safety', 'Risk flagged at ' + timeOf(handoff.risk.lastFlaggedAt || handoff.risk.flaggedAt) + ' (' + (handoff.risk.reason || 'risk to life') + '). Follow the risk procedure.']);
    if (handoff.agentReminder) facts.push(['Reminder', 'The visitor has heard nothing since ' + timeOf(handoff.agentReminder.quietSince) + '.']);
    el.chatFacts.replaceChildren(...facts.flatMap(([k, v]) => [make('dt', '', k), make('dd', k === 'Safety' || k === 'Reminder' ? 'risk' : '', v)]));

    const flaggedAt = handoff.risk && (handoff.risk.lastFlaggedAt || handoff.risk.flaggedAt);
    if (flaggedAt && chat.riskSeen !== flaggedAt) {
      chat.riskSeen = flaggedAt;
      announce('Risk flagged in this chat (' + (handoff.risk.reason || 'risk to life') + '). Follow the risk procedure.');
    }

    const entries = handoff.transcript || [];
    // Follows new messages unless the agent has scrolled up to read earlier ones.
    const log = el.transcriptLog;
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    for (const entry of entries.slice(chat.shown)) el.transcript.appendChild(transcriptRow(entry));
    if (entries.length > chat.shown && (atBottom || chat.shown === 0)) log.scrollTop = log.scrollHeight;
    chat.shown = entries.length;

    if (handoff.status === 'closed' || handoff.status === 'abandoned') {
      const why =
        handoff.endedBy === 'agent'
          ? handoff.claimedByAgent === session.agent
            ? 'You ended the chat. The visitor has been told and is back with the assistant.'
            : 'This chat has ended. The visitor is back with the assistant.'
          : handoff.endedBy === 'timeout'
            ? 'The visitor stopped replying, so the chat was closed.'
            : 'The visitor has left the chat.';
      endChatView(chat, why);
    } else if (handoff.status === 'active' && handoff.claimedByAgent && handoff.claimedByAgent !== session.agent) {
      endChatView(chat, (handoff.claimedBy || 'Another agent') + ' is looking after this chat.');
    }
  }

  function transcriptRow(entry) {
    const mine = session && session.chat && session.chat.handoff && session.chat.handoff.claimedByAgent === session.agent;
    const who = { visitor: 'Visitor', bot: 'Assistant', agent: mine ? 'You' : 'Agent' }[entry.from] || entry.from;
    const row = make('li', 'line line--' + entry.from);
    const head = make('p', 'line__who');
    head.append(make('span', '', who + ' '), make('time', 'line__time', timeOf(entry.at)));
    head.lastChild.dateTime = entry.at;
    row.append(head, make('p', 'line__text', entry.text));
    return row;
  }

  function endChatView(chat, why) {
    if (chat.ended) return;
    chat.ended = true;
    stopChatPolling(chat);
    const hadFocus = el.composer.contains(document.activeElement);
    setHidden(el.composer, true);
    el.chatNotice.textContent = why;
    if (hadFocus) el.chatTitle.focus();
  }

  function closeChatPanel() {
    el.chatTitle.textContent = 'Chat';
    el.transcript.replaceChildren();
    el.chatFacts.replaceChildren();
    el.chatNotice.textContent = '';
    setHidden(el.chatBody, true);
    setHidden(el.chatEmpty, false);
  }

  el.message.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing) {
      event.preventDefault();
      el.composer.requestSubmit();
    }
  });

  el.composer.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chat = session && session.chat;
    if (!chat || chat.ended || el.send.disabled) return;
    const text = el.message.value.trim();
    if (text === '') {
      el.messageError.textContent = 'Type a message first.';
      return;
    }
    el.messageError.textContent = '';
    el.send.disabled = true;
    try {
      const reply = await api('POST', '/api/agent/handoffs/' + encodeURIComponent(chat.id) + '/messages', { text });
      if (reply.status === 201) {
        el.message.value = '';
      } else if (reply.status === 502) {
        el.message.value = '';
        el.messageError.textContent = 'Your message is saved but could not be delivered: the visitor may have left.';
      } else if (reply.status === 409) {
        el.messageError.textContent = 'This chat has ended or is no longer yours, so the message was not sent.';
      } else {
        el.messageError.textContent = 'Sending failed (' + reply.status + '). ' + ((reply.body && reply.body.error && reply.body.error.message) || '');
      }
      await readChat(chat);
    } catch (error) {
      if (!(error instanceof SignedOut)) el.messageError.textContent = 'Could not reach the server. Your message was not sent; please try again.';
    } finally {
      el.send.disabled = false;
    }
  });

  el.endChat.addEventListener('click', async () => {
    const chat = session && session.chat;
    if (!chat || chat.ended) return;
    el.endChat.disabled = true;
    try {
      const reply = await api('POST', '/api/agent/handoffs/' + encodeURIComponent(chat.id) + '/close');
      if (reply.status === 200) {
        renderChat(chat, reply.body.handoff);
        announce('Chat ended. The visitor is back with the assistant.');
        el.queueTitle.focus();
        void refreshQueue().catch(() => undefined);
      } else if (reply.status === 409) {
        await readChat(chat);
        el.messageError.textContent = 'This chat has already ended or is no longer yours.';
      } else {
        el.messageError.textContent = 'Ending the chat failed (' + reply.status + '). Please try again.';
      }
    } catch (error) {
      if (!(error instanceof SignedOut)) el.messageError.textContent = 'Could not reach the server. The chat is still open; please try again.';
    } finally {
      el.endChat.disabled = false;
    }
  });

  // ---------- callbacks ----------

  async function loadCallbacks() {
    if (!session) return;
    let reply;
    try {
      reply = await api('GET', '/api/agent/callbacks');
    } catch (error) {
      if (!(error instanceof SignedOut)) el.callbacksError.textContent = 'Could not load callback requests. Retrying shortly.';
      return;
    }
    if (!session) return;
    if (reply.status !== 200) {
      el.callbacksError.textContent = 'Could not load callback requests (' + reply.status + ').';
      return;
    }
    el.callbacksError.textContent = '';
    renderCallbacks(reply.body);
  }

  function renderCallbacks(list) {
    const known = session.callbackIds;
    const added = known ? list.filter((c) => !known.has(c.id)).length : 0;
    session.callbackIds = new Set(list.map((c) => c.id));
    el.callbacksCount.textContent = '(' + list.length + ')';
    setHidden(el.callbacksEmpty, list.length > 0);
    const focusedId = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.callback : undefined;
    el.callbacksList.replaceChildren(...list.map(callbackRow));
    if (focusedId) {
      const again = el.callbacksList.querySelector('[data-callback="' + CSS.escape(focusedId) + '"]');
      if (again) again.focus();
    }
    const urgent = known ? list.filter((c) => !known.has(c.id) && c.priority === 'urgent').length : 0;
    if (added > 0) announce((urgent > 0 ? 'Urgent: ' : '') + (added === 1 ? 'A new callback request has arrived.' : added + ' new callback requests have arrived.'));
  }

  function callbackRow(callback) {
    const row = make('li', 'ticket');
    const name = make('h3', 'ticket__title', callback.firstName);
    name.id = 'callback-' + callback.id;
    const phone = make('p', 'ticket__phone');
    const link = make('a', '', ukNumber(callback.phone));
    link.href = 'tel:' + callback.phone;
    phone.append('Phone: ', link);
    const when = make('p', 'ticket__meta', 'Asked ' + dateTimeOf(callback.createdAt));
    const done = make('button', 'button button--small', 'Mark done');
    done.type = 'button';
    done.dataset.callback = callback.id;
    done.setAttribute('aria-describedby', name.id);
    done.addEventListener('click', () => void markDone(callback, row));
    row.append(name);
    // Asked for after the crisis answer or risk said in the chat: listed first, and marked as such.
    if (callback.priority === 'urgent') {
      row.classList.add('ticket--urgent');
      const badges = make('p', 'ticket__badges');
      badges.append(make('span', 'badge badge--urgent', 'Urgent'));
      row.append(badges);
    }
    row.append(phone, when, done);
    return row;
  }

  async function markDone(callback, row) {
    let reply;
    try {
      reply = await api('POST', '/api/agent/callbacks/' + encodeURIComponent(callback.id) + '/done');
    } catch (error) {
      if (!(error instanceof SignedOut)) el.callbacksError.textContent = 'Could not reach the server. Please try again.';
      return;
    }
    if (!session) return;
    if (reply.status !== 200 && reply.status !== 404) {
      el.callbacksError.textContent = 'Marking the request done failed (' + reply.status + ').';
      return;
    }
    // Focus moves to the next request's button, or the heading when none is left.
    const next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    session.callbackIds.delete(callback.id);
    const left = el.callbacksList.childElementCount;
    el.callbacksCount.textContent = '(' + left + ')';
    setHidden(el.callbacksEmpty, left > 0);
    if (next) next.querySelector('button').focus();
    else el.callbacksTitle.focus();
    announce('Callback for ' + callback.firstName + ' marked done.');
  }

  el.callbacksRefresh.addEventListener('click', () => void loadCallbacks());

  // ---------- start ----------

  const saved = sessionStorage.getItem(KEY_STORE);
  if (saved) {
    void signIn(saved, true).then(() => {
      if (!session && el.signInError.textContent === '') showSignInError('Please sign in again.');
    });
  } else {
    el.key.focus();
  }
})();
