// The local WhatsApp simulator: you are a WhatsApp user; the server signs and posts real webhook
// payloads, and the bot's Cloud API messages are drawn roughly the way WhatsApp lays them out.
(function () {
  'use strict';
  var log = document.getElementById('log');
  var from = document.getElementById('from');
  var after = 0;

  function bubble(cls) {
    var li = document.createElement('li');
    li.className = 'msg ' + cls;
    li.setAttribute('dir', 'auto');
    log.appendChild(li);
    return li;
  }

  function post(input) {
    return fetch('/dev/whatsapp/send', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: from.value, input: input }) })
      .then(function () { setTimeout(poll, 150); });
  }

  function reply(kind, id, title) {
    var b = bubble('out');
    b.textContent = title;
    post({ reply: { kind: kind, id: id, title: title } });
  }

  function render(message, preview) {
    var b = bubble('in');
    if (message.type === 'text') { b.textContent = message.text.body; return; }
    if (message.type === 'template') { renderTemplate(b, message, preview); return; }
    if (message.type !== 'interactive') { b.textContent = '[' + message.type + ']'; return; }
    var i = message.interactive;
    var body = document.createElement('div');
    body.textContent = i.body.text;
    b.appendChild(body);
    var box = document.createElement('div');
    box.className = 'btns';
    if (i.type === 'button') {
      i.action.buttons.forEach(function (btn) {
        var el = document.createElement('button');
        el.type = 'button';
        el.textContent = btn.reply.title;
        el.setAttribute('data-id', btn.reply.id);
        el.addEventListener('click', function () { reply('button', btn.reply.id, btn.reply.title); });
        box.appendChild(el);
      });
    } else {
      var open = document.createElement('button');
      open.type = 'button';
      open.className = 'listopen';
      open.textContent = '☰ ' + i.action.button;
      var rows = document.createElement('ul');
      rows.className = 'rows';
      rows.hidden = true;
      i.action.sections.forEach(function (section) {
        section.rows.forEach(function (row) {
          var li = document.createElement('li');
          var el = document.createElement('button');
          el.type = 'button';
          el.setAttribute('data-id', row.id);
          el.textContent = row.title;
          if (row.description) { var d = document.createElement('small'); d.textContent = row.description; el.appendChild(d); }
          el.addEventListener('click', function () { rows.hidden = true; reply('list', row.id, row.title); });
          li.appendChild(el);
          rows.appendChild(li);
        });
      });
      open.addEventListener('click', function () { rows.hidden = !rows.hidden; });
      box.appendChild(open);
      box.appendChild(rows);
    }
    b.appendChild(box);
  }

  // A template shows its approved text (the server fills it in from content); its quick-reply button answers with the payload.
  function renderTemplate(b, message, preview) {
    b.classList.add('template');
    var body = document.createElement('div');
    body.textContent = preview ? preview.body : '[template ' + message.template.name + ']';
    b.appendChild(body);
    if (!preview) return;
    var box = document.createElement('div');
    box.className = 'btns';
    var el = document.createElement('button');
    el.type = 'button';
    el.textContent = preview.button;
    el.setAttribute('data-payload', preview.payload);
    el.addEventListener('click', function () {
      bubble('out').textContent = preview.button;
      post({ button: { payload: preview.payload, text: preview.button } });
    });
    box.appendChild(el);
    b.appendChild(box);
  }

  function showWindow(open) {
    var state = document.getElementById('window');
    state.textContent = open ? '24-hour window open' : '24-hour window closed';
    state.className = open ? 'open' : 'closed';
  }

  function poll() {
    return fetch('/dev/whatsapp/messages?to=' + encodeURIComponent(from.value) + '&after=' + after)
      .then(function (r) { return r.json(); })
      .then(function (data) {
        data.messages.forEach(function (m) { after = m.seq; render(m.message, m.preview); });
        showWindow(data.windowOpen);
        if (data.messages.length) log.lastChild.scrollIntoView({ block: 'end' });
      });
  }

  document.getElementById('composer').addEventListener('submit', function (e) {
    e.preventDefault();
    var text = document.getElementById('text');
    if (!text.value.trim()) return;
    bubble('out').textContent = text.value;
    post({ text: text.value });
    text.value = '';
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-media]'), function (b) {
    b.addEventListener('click', function () { bubble('out').textContent = '[' + b.getAttribute('data-media') + ']'; post({ media: b.getAttribute('data-media') }); });
  });
  document.getElementById('later').addEventListener('click', function () {
    fetch('/dev/whatsapp/later', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: from.value }) })
      .then(function (r) { return r.json(); })
      .then(function (data) { bubble('note').textContent = '… 25 hours later …'; showWindow(data.windowOpen); });
  });
  from.addEventListener('change', function () { log.innerHTML = ''; after = 0; poll(); });
  setInterval(poll, 1500);
  poll();
})();
