// The vendor's notes on the questionnaire page: a comment on any question, and "not
// applicable" with its reason where the questionnaire allows it. Each note saves on its own
// (PUT /respond/notes/{question}); the page's state then follows, since a question marked not
// applicable counts as answered.
(function () {
  'use strict';
  var root = document.getElementById('questionnaire');
  if (!root) return;
  var csrf = root.dataset.csrf;
  var timers = {};

  function save(box) {
    var id = box.dataset.noteFor;
    var na = box.querySelector('[data-na]');
    var status = box.querySelector('[data-note-status]');
    var body = { comment: box.querySelector('[data-comment]').value, not_applicable: !!(na && na.checked) };
    status.textContent = 'Saving…';
    fetch('/respond/notes/' + encodeURIComponent(id), {
      method: 'PUT', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body)
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (b) { return { res: res, body: b }; });
    }).then(function (r) {
      if (r.res.ok) {
        status.textContent = body.not_applicable ? 'Marked not applicable.' : (body.comment.trim() ? 'Comment saved.' : 'Removed.');
        root.dispatchEvent(new CustomEvent('assay:refresh'));
        return;
      }
      var e = r.body.error || {};
      var fields = e.fields || {};
      status.textContent = fields.comment || fields.not_applicable || e.message || ('Not saved (HTTP ' + r.res.status + ').');
    }).catch(function () { status.textContent = 'Connection problem: the note was not saved.'; });
  }

  function later(box, delay) {
    var id = box.dataset.noteFor;
    clearTimeout(timers[id]);
    timers[id] = setTimeout(function () { save(box); }, delay);
  }

  root.addEventListener('input', function (ev) {
    var box = ev.target.closest('[data-note-for]');
    if (box && ev.target.matches('[data-comment]')) later(box, 800);
  });
  root.addEventListener('change', function (ev) {
    var box = ev.target.closest('[data-note-for]');
    if (box) later(box, 50);
  });
  // A note follows its question in and out of view.
  root.addEventListener('assay:state', function (ev) {
    var visible = {};
    ev.detail.visible.forEach(function (id) { visible[id] = true; });
    root.querySelectorAll('[data-note-for]').forEach(function (box) { box.hidden = !visible[box.dataset.noteFor]; });
  });
})();
