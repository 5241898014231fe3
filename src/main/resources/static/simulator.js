// The web simulator page (index.html): the visitor's session is an HttpOnly cookie the server sets on the
// first message, so nothing here names or guesses a session.
const log = document.getElementById('log');
function add(cls, build) {
  const div = document.createElement('div');
  div.className = 'msg ' + cls;
  build(div);
  log.appendChild(div);
  log.scrollTop = log.scrollHeight;
}
function showReply(reply) {
  add('bot', d => {
    if (reply.title) { const t = document.createElement('span'); t.className = 'title'; t.textContent = reply.title; d.appendChild(t); }
    d.appendChild(document.createTextNode(reply.text));
    if (reply.sourceUrl) { d.appendChild(document.createTextNode('\n\n' + (reply.sourceLabel || 'Sumber:') + ' ' + reply.sourceUrl)); }
    for (const row of reply.buttons) for (const b of row) {
      const button = document.createElement('button'); button.textContent = b.label; button.disabled = true; d.appendChild(button);
    }
  });
}
// Staff answer from the web console (or Telegram) arrive here: ask for them every few seconds.
async function poll() {
  try {
    const response = await fetch('api/simulator/messages');
    if (response.ok) (await response.json()).forEach(showReply);
  } catch (e) { /* the next poll tries again */ }
}
setInterval(poll, 3000);
async function send(text) {
  add('me', d => d.textContent = text);
  const response = await fetch('api/simulator/messages', {
    method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({text})
  });
  const body = await response.json();
  if (!response.ok) { add('bot', d => d.textContent = body.error || 'Gagal.'); return; }
  body.replies.forEach(showReply);
  add('bot', d => { const w = document.createElement('span'); w.className = 'why';
    w.textContent = 'keputusan: ' + body.decision.outcome + ' — ' + body.decision.reasons.join(', '); d.appendChild(w); });
}
document.getElementById('form').addEventListener('submit', e => {
  e.preventDefault();
  const input = document.getElementById('text');
  const text = input.value;
  if (!text.trim()) return;
  input.value = '';
  send(text).catch(() => add('bot', d => d.textContent = 'Server tidak dapat dihubungi.'));
});
send('/start');
