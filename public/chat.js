/* The chat page: gets a token from this server, then runs Web Chat over Direct Line (local or Azure). */
(function () {
  'use strict';

  var script = document.currentScript;
  var nonce = script.nonce;
  var tokenUrl = new URL(script.getAttribute('data-token-url'), window.location.href);
  var talkText = script.getAttribute('data-talk-text');
  var helpline = script.getAttribute('data-helpline');
  var statusEl = document.getElementById('chat-status');
  var chatEl = document.getElementById('webchat');
  var talkButton = document.getElementById('talk-to-person');

  // NHS identity colours; every pair meets WCAG AA contrast.
  var NHS_BLUE = '#005EB8';
  var NHS_DARK_BLUE = '#003087';
  var TEXT = '#212B32';
  var SECONDARY_TEXT = '#4C6272';
  var BORDER = '#768692';

  var styleOptions = {
    accent: NHS_BLUE,
    primaryFont: 'Arial, "Helvetica Neue", Helvetica, sans-serif',
    backgroundColor: '#FFFFFF',
    subtle: SECONDARY_TEXT,
    bubbleBackground: '#F0F4F5',
    bubbleBorderColor: '#D8DDE0',
    bubbleBorderRadius: 4,
    bubbleTextColor: TEXT,
    bubbleFromUserBackground: NHS_BLUE,
    bubbleFromUserBorderColor: NHS_BLUE,
    bubbleFromUserBorderRadius: 4,
    bubbleFromUserTextColor: '#FFFFFF',
    bubbleMinWidth: 0,
    bubbleMaxWidth: 640,
    hideUploadButton: true,
    sendBoxBackground: '#FFFFFF',
    sendBoxTextColor: TEXT,
    sendBoxPlaceholderColor: SECONDARY_TEXT,
    sendBoxButtonColor: NHS_BLUE,
    sendBoxBorderTop: 'solid 2px ' + BORDER,
    sendBoxHeight: 48,
    sendBoxTextWrap: true,
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 4,
    suggestedActionBackgroundColor: '#FFFFFF',
    suggestedActionBorderColor: NHS_BLUE,
    suggestedActionTextColor: NHS_BLUE,
    suggestedActionBackgroundColorOnHover: '#E8EDEE',
    suggestedActionKeyboardFocusIndicatorBorderColor: TEXT,
    suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
    sendBoxButtonKeyboardFocusIndicatorBorderColor: TEXT,
    sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
    notificationText: TEXT,
    timestampColor: SECONDARY_TEXT,
    // Replies are the bot's own Markdown; raw HTML in a message is shown as text, never rendered.
    markdownRenderHTML: false
  };

  function setStatus(text) {
    statusEl.textContent = text;
    statusEl.hidden = !text;
  }

  // Tap-to-call buttons on cards: dial in place rather than opening an empty tab.
  var cardActionMiddleware = function () {
    return function (next) {
      return function (args) {
        var action = args.cardAction;
        if (action && action.type === 'openUrl' && /^tel:\+?\d+$/.test(action.value)) {
          window.location.href = action.value;
          return;
        }
        return next(args);
      };
    };
  };

  // directlinejs ConnectionStatus values.
  var ONLINE = 2;
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  // The local Direct Line conversation (id, token, user id, watermark), kept for this tab only, so the
  // page can reconnect to it after the server restarts, and pick it up again after a reload.
  var SAVED_KEY = 'chat-conversation';

  var store = window.WebChat.createStore({});
  var conversation = null;
  var current = null;
  var reconnecting = false;
  var failures = 0;

  function save() {
    try {
      sessionStorage.setItem(SAVED_KEY, JSON.stringify(conversation));
    } catch (e) {
      // Storage may be off (private browsing): reconnecting still works while the page is open.
    }
  }

  function savedConversation() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(SAVED_KEY) || 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' && typeof saved.domain === 'string' ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function newConversation() {
    return fetch(tokenUrl.href, { method: 'POST', credentials: 'omit', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      })
      .then(function (connection) {
        return {
          conversationId: connection.conversationId,
          token: connection.token,
          userId: connection.userId,
          domain: new URL(connection.domain, tokenUrl).href.replace(/\/$/, ''),
          webSocket: connection.webSocket,
          pollingIntervalMs: connection.pollingIntervalMs,
          watermark: ''
        };
      });
  }

  // A fresh token for the same conversation. Rejects with `gone` when it cannot be resumed (the
  // server no longer knows it or its token), and plainly while the server cannot be reached.
  function refreshed(saved) {
    return fetch(saved.domain + '/tokens/refresh', { method: 'POST', credentials: 'omit', headers: { Authorization: 'Bearer ' + saved.token } }).then(function (response) {
      if (response.status === 401 || response.status === 403 || response.status === 404) throw { gone: true };
      if (!response.ok) throw new Error('refresh ' + response.status);
      return response.json().then(function (body) {
        return Object.assign({}, saved, { token: body.token });
      });
    });
  }

  // directlinejs stops polling for good after one failed poll (the server restarting, a 5xx) without
  // changing its connection status, so the page watches its requests: a failed poll starts a
  // reconnection, and what the conversation has reached (token, watermark) is kept for it. Web Chat's
  // createDirectLine passes no `ajax` option through, so the instance's own is wrapped (directlinejs
  // 0.15, pinned with Web Chat; test/webchat/reconnect.test.ts fails if that changes).
  function watchRequests(directLine) {
    var services = directLine.services;
    if (!services || typeof services.ajax !== 'function') return;
    var ajax = services.ajax;
    services.ajax = function (request) {
      var url = String(request.url || '');
      var poll = request.method === 'GET' && /\/activities\?/.test(url);
      var tokenReply = request.method === 'POST' && /\/(tokens\/refresh|conversations)$/.test(url);
      return ajax(request).do(
        function (result) {
          var body = result.response || {};
          if (poll) failures = 0;
          if (poll && typeof body.watermark === 'string' && body.watermark !== conversation.watermark) {
            conversation.watermark = body.watermark;
            save();
          }
          if (tokenReply && typeof body.token === 'string') {
            conversation.token = body.token;
            save();
          }
        },
        function (error) {
          // 403 and 404 end up in the connection status, which is watched too.
          if (poll && error.status !== 403 && error.status !== 404) reconnect();
        }
      );
    };
  }

  // Web Chat over a Direct Line for `next`, reading from `watermark` on; the store (and so the
  // transcript on screen) stays the same across reconnections.
  function connect(next, watermark) {
    var previous = current;
    conversation = next;
    var local = !next.webSocket;
    if (local) save();
    var directLine = window.WebChat.createDirectLine({
      token: next.token,
      domain: next.domain,
      webSocket: next.webSocket,
      pollingInterval: next.pollingIntervalMs,
      watermark: watermark
    });
    current = directLine;
    if (local) {
      watchRequests(directLine);
      directLine.connectionStatus$.subscribe(function (status) {
        if (directLine !== current) return;
        if (status === ONLINE && !reconnecting) setStatus('');
        else if (status === EXPIRED_TOKEN || status === FAILED_TO_CONNECT || status === ENDED) reconnect();
      });
    }
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        // Azure ("dl_") ids travel inside Azure's token, where Web Chat reads them itself.
        userID: /^dl_/.test(next.userId) ? undefined : next.userId,
        locale: 'en-GB',
        nonce: nonce,
        styleOptions: styleOptions,
        cardActionMiddleware: cardActionMiddleware
      },
      chatEl
    );
    if (previous) {
      try {
        previous.end();
      } catch (e) {
        // Already ended.
      }
    }
  }

  // Back to the same conversation with a refreshed token, from the last watermark, so nothing said
  // meanwhile is lost; a new conversation only when the old one cannot be resumed.
  function reconnect() {
    if (reconnecting || !conversation) return;
    reconnecting = true;
    setStatus('Reconnecting…');
    var attempt = function () {
      failures += 1;
      refreshed(conversation)
        .then(
          function (fresh) {
            return { next: fresh, watermark: conversation.watermark };
          },
          function (problem) {
            if (!problem || !problem.gone) throw problem;
            return newConversation().then(function (fresh) {
              return { next: fresh, watermark: '' };
            });
          }
        )
        .then(function (target) {
          reconnecting = false;
          connect(target.next, target.watermark);
        })
        .catch(function () {
          if (failures >= 6) setStatus('Still trying to reconnect. You can also call the helpline on ' + helpline + '.');
          setTimeout(attempt, backoff());
        });
    };
    // A first failure is retried at once; repeated ones (no poll has worked since) wait longer each time.
    if (failures === 0) attempt();
    else setTimeout(attempt, backoff());
  }

  function backoff() {
    return Math.min(500 * Math.pow(2, Math.max(0, failures - 1)), 8000);
  }

  function start() {
    setStatus('Starting the chat…');
    // After a reload, this tab's conversation carries on if it still can (read from its start, since
    // the page is empty again); otherwise, or on a first visit, a new one starts.
    var saved = savedConversation();
    var resumed = saved ? refreshed(saved).catch(function () { return null; }) : Promise.resolve(null);
    resumed
      .then(function (fresh) {
        return fresh || newConversation();
      })
      .then(function (next) {
        connect(next, '');
        talkButton.disabled = false;
        // A message-back: the visitor sees the phrase, and the bot gets `value.action` and starts the
        // hand-off without having to recognise the words.
        talkButton.addEventListener('click', function () {
          store.dispatch({
            type: 'WEB_CHAT/SEND_MESSAGE_BACK',
            payload: { text: talkText, displayText: talkText, value: { action: 'handoff' } }
          });
        });
        setStatus('');
      })
      .catch(function () {
        setStatus('Sorry, the chat could not start. Please try again later, or call the helpline on ' + helpline + '.');
      });
  }

  start();
})();
