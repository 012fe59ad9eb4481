// Reassessment markers on the vendor's questionnaire: after every save the server says, per
// question, how the answer relates to last time's, and the marker beside it follows.
(function () {
  'use strict';
  var root = document.getElementById('questionnaire');
  if (!root) return;
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
    });
  });
})();
