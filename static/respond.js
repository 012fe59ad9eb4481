// The vendor's questionnaire page: autosave with version checks, visibility from the server,
// uploads with progress. Unsaved answers are kept in this browser until the server has them,
// so an expired session, a closed tab or a lost connection loses nothing.
(function () {
  'use strict';
  var root = document.getElementById('questionnaire');
  if (!root) return;
  var csrf = root.dataset.csrf;
  var storeKey = 'assay-unsaved-' + root.dataset.assessment;
  var statusEl = document.getElementById('save-status');
  var banner = document.getElementById('banner');
  var pending = {};
  try { pending = JSON.parse(localStorage.getItem(storeKey) || '{}') || {}; } catch (e) { pending = {}; }
  var inflight = null;
  var timer = null;
  var retryDelay = 1000;

  function questions() { return root.querySelectorAll('[data-question]'); }
  function qEl(id) { return document.getElementById('q-' + id); }
  function persist() {
    try {
      if (Object.keys(pending).length) localStorage.setItem(storeKey, JSON.stringify(pending));
      else localStorage.removeItem(storeKey);
    } catch (e) { /* storage full or disabled: autosave still works while online */ }
  }
  function setStatus(text) { statusEl.textContent = text; }
  function showBanner(text) { banner.textContent = text; banner.hidden = !text; }

  function valueOf(el) {
    var type = el.dataset.type;
    var inputs = el.querySelectorAll('input, textarea');
    if (type === 'yesno' || type === 'single') {
      var checked = el.querySelector('input:checked');
      if (!checked) return null;
      if (type === 'yesno') return checked.value === 'true';
      return checked.value;
    }
    if (type === 'multi') {
      var out = [];
      el.querySelectorAll('input:checked').forEach(function (i) { out.push(i.value); });
      return out;
    }
    var v = inputs[0].value.trim();
    if (v === '') return null;
    if (type === 'number') {
      var n = Number(v);
      return isNaN(n) ? v : n;
    }
    return v;
  }

  function setValue(el, value) {
    var type = el.dataset.type;
    if (type === 'yesno' || type === 'single' || type === 'multi') {
      el.querySelectorAll('input').forEach(function (i) {
        if (type === 'multi') i.checked = Array.isArray(value) && value.indexOf(i.value) >= 0;
        else i.checked = value !== null && String(value) === i.value;
      });
      return;
    }
    var input = el.querySelector('input, textarea');
    if (input) input.value = value === null || value === undefined ? '' : String(value);
  }

  function showError(id, text) {
    var el = qEl(id);
    if (!el) return;
    var err = el.querySelector('[data-error]');
    err.textContent = text || '';
    err.hidden = !text;
    el.classList.toggle('invalid', !!text);
  }

  function apply(state) {
    var visible = {};
    state.visible.forEach(function (id) { visible[id] = true; });
    var missing = {};
    state.missing.forEach(function (id) { missing[id] = true; });
    questions().forEach(function (el) {
      var id = el.dataset.question;
      el.hidden = !visible[id];
      var req = el.querySelector('[data-required]');
      if (req && missing[id]) req.hidden = false;
    });
    Object.keys(state.answers || {}).forEach(function (id) {
      var el = qEl(id);
      if (el) el.dataset.version = state.answers[id].version;
    });
    var p = state.progress;
    var bar = document.getElementById('progress');
    bar.max = p.total; bar.value = p.answered;
    document.getElementById('progress-text').textContent = p.answered + ' of ' + p.total + ' answered';
    var left = document.getElementById('required-left');
    var first = state.missing.filter(function (id) { return qEl(id); })[0];
    left.textContent = state.missing.length ? state.missing.length + ' required left' : 'All required answered';
    if (first) {
      var next = document.createElement('a');
      next.href = '#q-' + first; next.id = 'next-missing'; next.textContent = 'next';
      left.append(' · ', next);
    }
    document.getElementById('missing-text').textContent = state.missing.length
      ? state.missing.length + ' required question(s) still need an answer.'
      : 'Every required question is answered.';
    // Returned for clarification, the page holds only the questions asked about; a changed
    // answer can call for another one, which the server opens and a reload shows.
    if (root.dataset.returned !== undefined) {
      var absent = state.missing.filter(function (id) { return !qEl(id); });
      showBanner(absent.length ? 'Your change calls for ' + absent.length +
        ' more answer(s). Reload the page to see the question(s).' : '');
    }
    root.dispatchEvent(new CustomEvent('assay:state', { detail: state }));
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  }

  function save() {
    if (inflight) return inflight;
    var ids = Object.keys(pending);
    if (!ids.length) return Promise.resolve();
    var sent = {};
    var versions = {};
    ids.forEach(function (id) {
      sent[id] = pending[id];
      var el = qEl(id);
      versions[id] = el ? Number(el.dataset.version || 0) : 0;
    });
    setStatus('Saving…');
    inflight = fetch('/respond/answers', {
      method: 'PATCH',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ answers: sent, versions: versions })
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) { return { res: res, body: body }; });
    }).then(function (r) {
      inflight = null;
      var res = r.res, body = r.body;
      function settle(id) {
        if (JSON.stringify(pending[id]) === JSON.stringify(sent[id])) delete pending[id];
      }
      if (res.ok) {
        ids.forEach(function (id) { settle(id); showError(id, ''); });
        persist();
        apply(body);
        retryDelay = 1000;
        showBanner('');
        setStatus('All changes saved at ' + new Date().toLocaleTimeString());
        if (Object.keys(pending).length) schedule(200);
        return;
      }
      var err = body.error || {};
      if (res.status === 409 && err.current) {
        Object.keys(err.current).forEach(function (id) {
          var cur = err.current[id];
          var el = qEl(id);
          var mine = pending[id];
          delete pending[id];
          if (el) {
            el.dataset.version = cur.version;
            setValue(el, cur.value);
          }
          showError(id, 'Someone else (' + (cur.updated_by || 'another person') + ') changed this answer meanwhile. ' +
            'Their answer is shown now; yours was ' + JSON.stringify(mine) + '. Change it again to keep yours.');
        });
        persist();
        setStatus('Some answers were changed by someone else; please check them.');
        if (Object.keys(pending).length) schedule(200);
        return;
      }
      if (res.status === 422 && err.fields) {
        Object.keys(err.fields).forEach(function (id) {
          showError(id, err.fields[id]);
          delete pending[id];
        });
        persist();
        setStatus('Some answers could not be saved; see the messages below.');
        if (Object.keys(pending).length) schedule(200);
        return;
      }
      if (res.status === 401) {
        showBanner('Your session has ended. Open the invitation link from your email again: ' +
          'your unsaved answers are kept in this browser and will be saved when you return.');
        setStatus('Not saved: session ended.');
        return;
      }
      if (res.status === 409) {
        showBanner(err.message || 'This questionnaire can no longer be changed.');
        setStatus('Not saved.');
        return;
      }
      throw new Error(err.message || ('HTTP ' + res.status));
    }).catch(function () {
      inflight = null;
      setStatus('Not saved yet: connection problem. Retrying…');
      retryDelay = Math.min(retryDelay * 2, 30000);
      schedule(retryDelay);
    });
    return inflight;
  }

  function changed(el, delay) {
    var id = el.dataset.question;
    pending[id] = valueOf(el);
    persist();
    setStatus('Unsaved changes…');
    schedule(delay);
  }

  root.addEventListener('change', function (ev) {
    if (ev.target.matches('[data-upload]')) return;
    var el = ev.target.closest('[data-question]');
    if (el) changed(el, 50);
  });
  root.addEventListener('input', function (ev) {
    var el = ev.target.closest('[data-question]');
    if (!el || ev.target.matches('[data-upload]')) return;
    var t = el.dataset.type;
    if (t === 'text' || t === 'number') changed(el, 800);
  });

  // Uploads: XHR rather than fetch, for upload progress events.
  root.addEventListener('change', function (ev) {
    var input = ev.target;
    if (!input.matches('[data-upload]') || !input.files.length) return;
    var el = input.closest('[data-question]');
    var id = input.dataset.upload;
    var file = input.files[0];
    var max = Number(root.dataset.maxUpload);
    if (file.size > max) {
      showError(id, 'This file is larger than the limit of ' + Math.round(max / 1048576) + ' MiB.');
      input.value = '';
      return;
    }
    var box = el.querySelector('.upload-progress');
    var bar = box.querySelector('progress');
    var label = box.querySelector('span');
    box.hidden = false; bar.value = 0; label.textContent = 'Uploading ' + file.name + '…';
    showError(id, '');
    var form = new FormData();
    form.append('question_id', id);
    form.append('file', file);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/respond/evidence?question_id=' + encodeURIComponent(id));
    xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded * 100 / e.total);
        label.textContent = bar.value + ' % of ' + file.name;
      }
    };
    xhr.onload = function () {
      input.value = '';
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = {}; }
      if (xhr.status === 201) {
        bar.value = 100;
        label.textContent = 'Uploaded ' + body.filename;
        var li = document.createElement('li');
        li.dataset.evidence = body.id;
        var name = document.createElement('span');
        name.textContent = body.filename;
        var rm = document.createElement('button');
        rm.type = 'button'; rm.className = 'link'; rm.dataset.remove = body.id; rm.textContent = 'Remove';
        li.append(name, ' ', rm);
        el.querySelector('[data-files]').append(li);
        refresh();
        return;
      }
      box.hidden = true;
      var err = body.error || {};
      if (xhr.status === 401) showBanner('Your session has ended. Open the invitation link from your email again, then upload the file.');
      showError(id, err.message || ('The upload failed (HTTP ' + xhr.status + ').'));
    };
    xhr.onerror = function () {
      box.hidden = true;
      input.value = '';
      showError(id, 'The upload was interrupted. Check your connection and choose the file again.');
    };
    xhr.send(form);
  });

  root.addEventListener('click', function (ev) {
    var btn = ev.target.closest('[data-remove]');
    if (!btn) return;
    var li = btn.closest('li');
    var id = btn.closest('[data-question]').dataset.question;
    btn.disabled = true;
    fetch('/respond/evidence/' + encodeURIComponent(btn.dataset.remove), {
      method: 'DELETE', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf, 'Accept': 'application/json' }
    }).then(function (res) {
      if (res.status === 204) { li.remove(); refresh(); return; }
      return res.json().then(function (body) {
        btn.disabled = false;
        showError(id, (body.error && body.error.message) || 'The file could not be removed.');
      });
    }).catch(function () { btn.disabled = false; showError(id, 'Connection problem: the file was not removed.'); });
  });

  root.addEventListener('assay:refresh', function () { refresh(); });

  function refresh() {
    return fetch('/respond/state', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (state) { if (state) apply(state); });
  }

  // Submitting waits for every pending answer to be saved first.
  var submitForm = document.getElementById('submit-form');
  submitForm.addEventListener('submit', function (ev) {
    if (!Object.keys(pending).length && !inflight) return;
    ev.preventDefault();
    clearTimeout(timer);
    Promise.resolve(inflight).then(save).then(function () {
      if (!Object.keys(pending).length) submitForm.submit();
      else setStatus('Some answers are not saved yet; fix them before submitting.');
    });
  });

  window.addEventListener('beforeunload', function (ev) {
    if (Object.keys(pending).length) { ev.preventDefault(); ev.returnValue = ''; }
  });

  // Answers typed before a session ended or a tab closed are put back and saved now.
  Object.keys(pending).forEach(function (id) {
    var el = qEl(id);
    if (el) setValue(el, pending[id]); else delete pending[id];
  });
  if (Object.keys(pending).length) {
    setStatus('Restoring answers that were not saved last time…');
    schedule(10);
  }
})();
