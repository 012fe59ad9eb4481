// The assessment page: forms that ask before doing something that cannot be undone
// (data-confirm), and ticking every answer not yet reviewed for the bulk acceptance.
document.addEventListener('submit', function (ev) {
  var form = ev.target.closest('form[data-confirm]');
  if (form && !window.confirm(form.dataset.confirm)) ev.preventDefault();
});
document.addEventListener('click', function (ev) {
  if (!ev.target.closest('[data-tick-unreviewed]')) return;
  document.querySelectorAll('input[data-unreviewed]').forEach(function (box) { box.checked = true; });
});
