// Reassessment markers on the vendor's questionnaire: after every save the server says, per
// question, how the answer relates to last time's, and the marker beside it follows. "Confirm"
// saves a carried-over answer unchanged, which a click on an already chosen option cannot.
(function () {
  'use strict';
  var root = document.getElementById('questionnaire');
  if (!root) return;

  function showConfirm(box) {
    var btn = box.querySelector('[data-confirm]');
    if (btn) btn.hidden = box.dataset.marker !== 'carried';
  }
  root.querySelectorAll('[data-reassess]').forEach(showConfirm);

  // "Confirm every carried-over answer": one click for each answer still marked carried over;
  // respond.js gathers the changes into one save.
  var all = document.querySelector('[data-confirm-all]');
  if (all) all.addEventListener('click', function () {
    var n = 0;
    root.querySelectorAll('[data-question]:not([hidden]) [data-reassess][data-marker=carried] [data-confirm]').forEach(function (btn) {
      btn.click();
      n++;
    });
    var said = document.querySelector('[data-confirm-all-status]');
    if (said) said.textContent = n ? n + ' answer' + (n === 1 ? '' : 's') + ' confirmed.' : 'No answer is waiting to be confirmed.';
  });

  root.addEventListener('click', function (ev) {
    var btn = ev.target.closest('[data-confirm]');
    if (!btn) return;
    var input = btn.closest('[data-question]').querySelector('input, textarea');
    // respond.js saves whatever the question holds on a change event.
    if (input) input.dispatchEvent(new Event('change', { bubbles: true }));
  });

  root.addEventListener('assay:state', function (ev) {
    var re = ev.detail && ev.detail.reassessment;
    if (!re) return;
    root.querySelectorAll('[data-question]').forEach(function (el) {
      var box = el.querySelector('[data-reassess]');
      if (!box) return;
      var c = re.questions[el.dataset.question] || {};
      var label = box.querySelector('[data-marker-label]');
      box.dataset.marker = c.marker || '';
      box.hidden = !c.marker;
      label.className = 'marker marker-' + (c.marker || 'none');
      label.textContent = c.label || '';
      var prev = box.querySelector('[data-previous]');
      prev.hidden = !c.previous_text;
      prev.querySelector('[data-previous-text]').textContent = c.previous_text || '';
      showConfirm(box);
    });
  });
})();
