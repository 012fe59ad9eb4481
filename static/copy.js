// Copies the value of the field a [data-copy] button names, and says so beside the button.
document.querySelectorAll('[data-copy]').forEach(function (btn) {
  btn.addEventListener('click', function () {
    var field = document.getElementById(btn.dataset.copy);
    var said = btn.parentElement.querySelector('[data-copied]');
    field.select();
    var done = function () { if (said) said.textContent = 'Copied.'; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  });
});
