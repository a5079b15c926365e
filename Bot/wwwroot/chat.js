// Starts Web Chat against the bot's own embedded Direct Line (same origin, so no CORS and no secret in the page).
// The token and conversation id live in sessionStorage: reloading the tab resumes the same conversation, and
// Direct Line replays its transcript. A token that no longer works falls back to a fresh conversation.
(() => {
  'use strict';

  const storageKey = 'guidancebot.webchat.session';
  const domain = `${location.origin}/v3/directline`;
  const chat = document.getElementById('webchat');
  const status = document.getElementById('status');

  // Web Chat's Direct Line connection states (botframework-directlinejs ConnectionStatus).
  const online = 2;
  const broken = new Set([3 /* ExpiredToken */, 4 /* FailedToConnect */, 5 /* Ended */]);

  const styleOptions = {
    accent: '#1f5a96',
    backgroundColor: '#f4f7fb',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#d5e0ec',
    bubbleBorderRadius: 10,
    bubbleFromUserBackground: '#1f5a96',
    bubbleFromUserBorderColor: '#1f5a96',
    bubbleFromUserBorderRadius: 10,
    bubbleFromUserTextColor: '#ffffff',
    botAvatarInitials: 'GB',
    botAvatarBackgroundColor: '#17467a',
    sendBoxButtonColor: '#1f5a96',
    suggestedActionBorderColor: '#1f5a96',
    suggestedActionTextColor: '#1f5a96',
    suggestedActionBorderRadius: 8,
    hideUploadButton: true,
  };

  function readSession() {
    try {
      const session = JSON.parse(sessionStorage.getItem(storageKey));
      return session && session.expiresAt > Date.now() ? session : null;
    } catch {
      return null;
    }
  }

  async function startSession() {
    const response = await fetch('api/directline/token', { method: 'POST', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(`The token request answered ${response.status}.`);
    }

    const { token, expires_in: expiresIn, userId, conversationId } = await response.json();
    const session = { token, userId, conversationId, expiresAt: Date.now() + expiresIn * 1000 };
    sessionStorage.setItem(storageKey, JSON.stringify(session));
    return session;
  }

  function showFailure(error) {
    console.warn('GuidanceBot chat could not start:', error);
    status.hidden = false;
  }

  // A fresh token opens its conversation (POST /conversations, which brings the welcome); a saved one
  // reconnects to the conversation it already has (GET /conversations/{id}).
  function render(session, resumed) {
    const directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain,
      webSocket: true,
      ...(resumed ? { conversationId: session.conversationId } : {}),
    });

    let wasOnline = false;
    const subscription = directLine.connectionStatus$.subscribe(state => {
      wasOnline ||= state === online;
      if (!broken.has(state) || wasOnline) {
        return;
      }

      subscription.unsubscribe();
      directLine.end();
      sessionStorage.removeItem(storageKey);
      if (resumed) {
        startSession().then(fresh => render(fresh, false), showFailure);
      } else {
        showFailure(new Error(`Direct Line connection state ${state}.`));
      }
    });

    // Web Chat takes a "dl_" user id only from inside the token (so nobody can forge one); other ids it is given.
    const userID = session.userId && !session.userId.startsWith('dl_') ? session.userId : undefined;
    window.WebChat.renderWebChat({ directLine, userID, locale: 'en-US', styleOptions }, chat);
  }

  const saved = readSession();
  (saved ? Promise.resolve(saved) : startSession()).then(session => render(session, saved !== null), showFailure);
})();
