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

  function start() {
    setStatus('Starting the chat…');
    fetch(tokenUrl.href, { method: 'POST', credentials: 'omit', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      })
      .then(function (connection) {
        var directLine = window.WebChat.createDirectLine({
          token: connection.token,
          domain: new URL(connection.domain, tokenUrl).href.replace(/\/$/, ''),
          webSocket: connection.webSocket,
          pollingInterval: connection.pollingIntervalMs
        });
        var store = window.WebChat.createStore({});
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            store: store,
            // Azure ("dl_") ids travel inside Azure's token, where Web Chat reads them itself.
            userID: /^dl_/.test(connection.userId) ? undefined : connection.userId,
            locale: 'en-GB',
            nonce: nonce,
            styleOptions: styleOptions,
            cardActionMiddleware: cardActionMiddleware
          },
          chatEl
        );
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
