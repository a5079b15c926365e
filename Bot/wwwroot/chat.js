// Starts Web Chat against the bot's own embedded Direct Line (same origin, so no CORS and no secret in the page).
// The token and conversation id live in sessionStorage: reloading the tab resumes the same conversation, and
// Direct Line replays its transcript. A token that no longer works falls back to a fresh conversation. The page
// speaks the language of ?locale= or of the browser, if the bot speaks it, else English.
(() => {
  'use strict';

  // The page's own words in each language the bot speaks (Web Chat brings its own for its controls). The product
  // name and the study's title are not translated.
  const pageTexts = {
    en: {
      description: "GuidanceBot: guidance for working with cooperatives in forced displacement, drawn from the ILO's 2020 study.",
      tagline: "Working with cooperatives in forced displacement: guidance from the ILO's 2020 study",
      chat: 'Conversation with GuidanceBot',
      failure: 'GuidanceBot could not be reached. Reload the page to try again.',
    },
    fr: {
      description: "GuidanceBot : des conseils pour travailler avec les coopératives en situation de déplacement forcé, tirés de l'étude de l'OIT de 2020.",
      tagline: "Travailler avec les coopératives en situation de déplacement forcé : conseils tirés de l'étude de l'OIT de 2020",
      chat: 'Conversation avec GuidanceBot',
      failure: 'Impossible de joindre GuidanceBot. Rechargez la page pour réessayer.',
    },
    es: {
      description: 'GuidanceBot: orientación para trabajar con cooperativas en contextos de desplazamiento forzado, basada en el estudio de la OIT de 2020.',
      tagline: 'Trabajar con cooperativas en contextos de desplazamiento forzado: orientación basada en el estudio de la OIT de 2020',
      chat: 'Conversación con GuidanceBot',
      failure: 'No se pudo conectar con GuidanceBot. Vuelva a cargar la página para intentarlo de nuevo.',
    },
    ar: {
      description: 'GuidanceBot: توجيهات للعمل مع التعاونيات في سياقات التهجير القسري، مستمدة من دراسة منظمة العمل الدولية لعام 2020.',
      tagline: 'العمل مع التعاونيات في سياقات التهجير القسري: توجيهات مستمدة من دراسة منظمة العمل الدولية لعام 2020',
      chat: 'محادثة مع GuidanceBot',
      failure: 'تعذّر الاتصال بـ GuidanceBot. أعد تحميل الصفحة للمحاولة مرة أخرى.',
    },
  };
  const rightToLeft = new Set(['ar']);

  // A BCP 47 language tag and nothing else ("fr", "es-419", "ar-EG"): ?locale= is typed by anyone.
  const languageTag = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
  const languageOf = tag => tag.split('-')[0].toLowerCase();

  // ?locale= first, then the browser's languages in the user's order: the first one the bot speaks. It is given
  // to Web Chat as is (a region such as fr-CA also shapes Web Chat's dates), and the bot reduces it to "fr".
  function chooseLocale() {
    const asked = new URLSearchParams(location.search).get('locale');
    const candidates = [asked, ...(navigator.languages || []), navigator.language];
    const spoken = candidates.find(tag =>
      typeof tag === 'string' && tag.length <= 35 && languageTag.test(tag) && Object.hasOwn(pageTexts, languageOf(tag)));
    return spoken || 'en-US';
  }

  const locale = chooseLocale();
  const language = languageOf(locale);
  const dir = rightToLeft.has(language) ? 'rtl' : 'ltr';
  const texts = pageTexts[language];
  document.documentElement.lang = locale;
  document.documentElement.dir = dir;
  document.querySelector('meta[name="description"]').content = texts.description;
  document.getElementById('tagline').textContent = texts.tagline;

  const storageKey = 'guidancebot.webchat.session';
  const domain = `${location.origin}/v3/directline`;
  const chat = document.getElementById('webchat');
  const status = document.getElementById('status');
  chat.setAttribute('aria-label', texts.chat);
  status.textContent = texts.failure;

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

  // A fresh token opens its conversation (POST /conversations with the locale, so the welcome is in the user's
  // language); a saved one reconnects to the conversation it already has (GET /conversations/{id}).
  function render(session, resumed) {
    const directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain,
      webSocket: true,
      conversationStartProperties: { locale },
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
    // Every activity Web Chat sends carries the locale; dir lays the transcript and the cards right to left.
    window.WebChat.renderWebChat({ directLine, userID, locale, dir, styleOptions }, chat);
  }

  const saved = readSession();
  (saved ? Promise.resolve(saved) : startSession()).then(session => render(session, saved !== null), showFailure);
})();
