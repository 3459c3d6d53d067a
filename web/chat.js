// Pathways web chat: a small Direct Line 3.0 client with polling (no WebSocket, no framework),
// built for cheap phones and slow networks.
(function () {
  'use strict';
  var API = '/v3/directline';
  var SESSION_KEY = 'pathways.session';
  var OUTBOX_KEY = 'pathways.outbox';
  var languages = JSON.parse(document.getElementById('languages').textContent);
  var strings = JSON.parse(document.getElementById('strings').textContent);
  var log = document.getElementById('log');
  var statusLine = document.getElementById('status');
  var form = document.getElementById('composer');
  var input = document.getElementById('input');
  var session = null;
  var watermark = '';
  var pollTimer = null;
  var idlePolls = 0;
  var locale = 'en';
  // What the person wrote, in order, until the server has it: kept across network failures and sent
  // again with the same clientActivityID, which the server answers once however often it arrives.
  var outbox = [];
  var sending = false;
  var retryTimer = null;
  var retryDelay = 0;
  var starting = null;
  var erased = false;

  function t(key) {
    return (strings[locale] && strings[locale][key]) || strings.en[key] || key;
  }

  function setLocale(code) {
    var lang = languages.filter(function (l) { return l.code === code; })[0];
    if (!lang) return;
    locale = code;
    document.documentElement.lang = code;
    document.documentElement.dir = lang.dir;
    document.title = t('title');
    document.getElementById('title').textContent = t('botName');
    input.placeholder = t('placeholder');
    document.getElementById('input-label').textContent = t('placeholder');
    document.getElementById('send').textContent = t('send');
    var exit = document.getElementById('exit');
    exit.textContent = t('quickExit');
    exit.title = t('quickExitHint');
  }

  // Quick exit for shared phones: wipe what this page keeps, blank it, and replace it in history so Back cannot return.
  function quickExit() {
    clearTimeout(pollTimer);
    clearTimeout(retryTimer);
    outbox = [];
    try { sessionStorage.clear(); localStorage.clear(); } catch { /* storage may be disabled */ }
    document.body.innerHTML = '';
    location.replace('/neutral.html');
  }

  function request(method, path, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (session) headers.Authorization = 'Bearer ' + session.token;
    return fetch(API + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined }).then(function (res) {
      return res.json().then(function (data) {
        if (!res.ok) throw Object.assign(new Error(data.error ? data.error.message : 'HTTP ' + res.status), { status: res.status });
        return data;
      });
    });
  }

  function addMessage(text, who, dir) {
    var item = document.createElement('li');
    item.className = 'msg ' + who;
    item.setAttribute('dir', dir || 'auto');
    item.textContent = text;
    log.appendChild(item);
    item.scrollIntoView({ block: 'end' });
    return item;
  }

  function clearChoices() {
    var old = log.querySelectorAll('.choices');
    for (var i = 0; i < old.length; i++) old[i].parentNode.removeChild(old[i]);
  }

  function addChoices(actions) {
    var list = document.createElement('li');
    list.className = 'choices';
    actions.forEach(function (action) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.title;
      button.setAttribute('dir', 'auto');
      if (action.text) button.title = action.text;
      button.addEventListener('click', function () {
        send({ type: 'message', text: action.title, value: action.value });
      });
      list.appendChild(button);
    });
    log.appendChild(list);
    list.scrollIntoView({ block: 'end' });
  }

  function show(activity) {
    if (activity.type !== 'message' || !activity.from || activity.from.role !== 'bot') return;
    if (activity.locale) setLocale(activity.locale);
    clearChoices();
    // An adviser is talking: keep polling briskly so their next words arrive within seconds.
    var fromAdviser = activity.channelData && (activity.channelData.adviserMessage || activity.channelData.adviserNotice);
    if (fromAdviser) idlePolls = 0;
    addMessage(activity.text || '', activity.channelData && activity.channelData.adviserMessage ? 'bot adviser' : 'bot');
    var actions = activity.suggestedActions && activity.suggestedActions.actions;
    if (actions && actions.length) addChoices(actions);
  }

  // Tokens last an hour; a live chat with an adviser can last longer. Renewing at half-life keeps the same
  // conversation (and so the adviser's line) instead of starting a new one when the token runs out.
  function keepSession(info) {
    session = { conversationId: info.conversationId, token: info.token, renewAt: Date.now() + (info.expires_in || 3600) * 500 };
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  }

  function renewIfDue() {
    if (!session || (session.renewAt && Date.now() < session.renewAt)) return Promise.resolve();
    return request('POST', '/tokens/refresh')
      .then(keepSession)
      .catch(function () { /* the old token stays; if it has run out, the next request restarts the chat */ });
  }

  function poll() {
    clearTimeout(pollTimer);
    return renewIfDue()
      .then(function () { return request('GET', '/conversations/' + session.conversationId + '/activities?watermark=' + watermark); })
      .then(function (page) {
        idlePolls = page.activities.length ? 0 : idlePolls + 1;
        page.activities.forEach(show);
        watermark = page.watermark;
        statusLine.textContent = '';
      })
      .catch(function (error) {
        if (error.status === 403 || error.status === 404) return restart();
        statusLine.textContent = t('offline');
      })
      .then(schedule);
  }

  // Poll often right after activity, then back off: replies to the user's own messages arrive with the POST anyway.
  function schedule() {
    clearTimeout(pollTimer);
    var delay = document.hidden ? 30000 : Math.min(3000 * Math.pow(2, Math.floor(idlePolls / 5)), 30000);
    pollTimer = setTimeout(poll, delay);
  }

  function newClientId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  // Network failures, server errors and throttling are worth another try; other answers are final.
  function retryable(error) {
    return !error.status || error.status >= 500 || error.status === 429;
  }

  function backoff(then) {
    retryDelay = Math.min(retryDelay ? retryDelay * 2 : 2000, 30000);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(then, retryDelay);
  }

  // Kept in this tab's storage until sent, so a reload while the network is failing loses nothing
  // (quick exit and erasure clear it with everything else).
  function saveOutbox() {
    try {
      if (outbox.length) sessionStorage.setItem(OUTBOX_KEY, JSON.stringify(outbox.map(function (e) { return e.activity; })));
      else sessionStorage.removeItem(OUTBOX_KEY);
    } catch { /* storage full or disabled: the outbox still lives in memory */ }
  }

  function queue(activity, first) {
    var item = activity.type === 'message' ? addMessage(activity.text, 'user pending') : null;
    var entry = { activity: activity, item: item };
    // A conversation's start event goes before anything written while it was connecting.
    if (first) outbox.unshift(entry);
    else outbox.push(entry);
    saveOutbox();
  }

  function send(activity, first) {
    clearChoices();
    activity.locale = locale;
    activity.channelData = { clientActivityID: newClientId() };
    queue(activity, first);
    return flush();
  }

  function restoreOutbox() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(OUTBOX_KEY) || '[]');
      if (Array.isArray(saved)) saved.forEach(function (activity) { queue(activity, false); });
    } catch { /* unreadable: nothing to restore */ }
  }

  function flush() {
    if (sending || !outbox.length) return Promise.resolve();
    if (!session) return start();
    var entry = outbox[0];
    sending = true;
    return renewIfDue()
      .then(function () { return request('POST', '/conversations/' + session.conversationId + '/activities', entry.activity); })
      .then(function (res) {
        sending = false;
        retryDelay = 0;
        outbox.shift();
        saveOutbox();
        if (entry.item) entry.item.classList.remove('pending');
        statusLine.textContent = '';
        if (res.erased) {
          outbox = [];
          saveOutbox();
          return finishErased(res.activities || []);
        }
        idlePolls = 0;
        return poll().then(flush);
      })
      .catch(function (error) {
        sending = false;
        if (retryable(error)) {
          statusLine.textContent = t('offline');
          return backoff(flush);
        }
        // The conversation expired or is gone: carry what is waiting into a fresh one, once.
        if ((error.status === 403 || error.status === 404) && !entry.restarted) {
          entry.restarted = true;
          return restart();
        }
        outbox.shift();
        saveOutbox();
        if (entry.item) entry.item.classList.replace('pending', 'failed');
        statusLine.textContent = t('failed');
        return flush();
      });
  }

  // After "delete my data" the server kept nothing, not even this reply: show it, forget the session, stop polling.
  function finishErased(activities) {
    erased = true;
    activities.forEach(show);
    clearTimeout(pollTimer);
    sessionStorage.removeItem(SESSION_KEY);
    session = null;
  }

  function restart() {
    sessionStorage.removeItem(SESSION_KEY);
    session = null;
    return start();
  }

  // One attempt at a time; on a failed network it tries again with backoff, keeping what was written meanwhile.
  function start() {
    if (starting) return starting;
    statusLine.textContent = t('connecting');
    var params = new URLSearchParams(location.search);
    var saved = sessionStorage.getItem(SESSION_KEY);
    if (saved) {
      session = JSON.parse(saved);
      return poll().then(flush);
    }
    starting = request('POST', '/conversations').then(function (info) {
      starting = null;
      retryDelay = 0;
      keepSession(info);
      var value = {};
      if (params.get('lang')) value.language = params.get('lang');
      if (params.get('topic')) value.topic = params.get('topic');
      if (params.get('src')) value.source = params.get('src');
      return send({ type: 'event', name: 'start', value: value }, true);
    }).catch(function (error) {
      starting = null;
      if (retryable(error)) {
        statusLine.textContent = t('offline');
        return backoff(start);
      }
      statusLine.textContent = t('failed');
    });
    return starting;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    send({ type: 'message', text: text });
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  document.getElementById('exit').addEventListener('click', quickExit);
  document.addEventListener('visibilitychange', function () { if (!document.hidden && session) poll(); });
  // Back online: send what is waiting now rather than at the end of the backoff.
  window.addEventListener('online', function () {
    clearTimeout(retryTimer);
    retryDelay = 0;
    if (session) flush();
    // A conversation the person ended by erasing their data is not restarted unasked.
    else if (!erased || outbox.length) start();
  });

  var initial = new URLSearchParams(location.search).get('lang');
  setLocale(initial && strings[initial] ? initial : 'en');
  // After a reload, what was still waiting to be sent follows the conversation so far.
  if (sessionStorage.getItem(SESSION_KEY)) {
    start().then(function () {
      restoreOutbox();
      return flush();
    });
  } else {
    restoreOutbox();
    start();
  }
})();
