// Adds another empty row to the services or contacts fieldset, renumbering its field names.
document.addEventListener('click', function (ev) {
  var btn = ev.target.closest('[data-add-row]');
  if (!btn) return;
  var set = document.getElementById(btn.dataset.addRow);
  var rows = set.querySelectorAll('[data-row]');
  var last = rows[rows.length - 1];
  var copy = last.cloneNode(true);
  var n = rows.length;
  copy.querySelectorAll('input').forEach(function (input) {
    input.name = input.name.replace(/\[\d+\]/, '[' + n + ']');
    input.value = '';
    input.removeAttribute('aria-invalid');
  });
  copy.querySelectorAll('.error').forEach(function (e) { e.remove(); });
  last.after(copy);
  copy.querySelector('input').focus();
});
