// Keeps what a user typed across an expired session. Every portal form posted to the server is remembered in this tab's
// sessionStorage as it is sent. When the session had expired, the post lands on the sign-in page; after signing in the
// portal returns to the page (ReturnUrl), and the form is filled in again from what was remembered, so nothing typed is
// lost. Arriving any other way (the post went through, a link) forgets it. Passwords, files and hidden fields (the
// antiforgery token, a counter form's idempotency key) are never kept: a fresh page brings fresh ones. Nor is anything
// personal (an ID number, a telephone number, an account number, a holder's name): a field marked data-private, or named
// like one, is never written to the browser's storage.
(function () {
  const prefix = 'creditloan.form:';
  const keyOf = form => {
    const handler = form.querySelector('input[name="_handler"]');
    return prefix + location.pathname + ':' + (handler ? handler.value : (form.getAttribute('action') || ''));
  };
  const personal = /id.?(number|no)|phone|mobile|account.?(number|no)|holder|credit.?code|password/i;
  const kept = el => el.name && !['hidden', 'password', 'file', 'submit', 'button'].includes(el.type)
    && !el.hasAttribute('data-private') && !personal.test(el.name) && !personal.test(el.id || '');

  document.addEventListener('submit', event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post' || form.hasAttribute('data-nokeep')) return;
    const values = {};
    for (const el of form.elements) {
      if (!kept(el)) continue;
      values[el.name] = el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value;
    }
    try { sessionStorage.setItem(keyOf(form), JSON.stringify(values)); } catch { /* storage full or disabled: nothing kept */ }
  }, true);

  function restore() {
    if (location.pathname === '/login') return;
    let fromLogin = false;
    try { fromLogin = document.referrer !== '' && new URL(document.referrer).pathname === '/login'; } catch { }
    for (const form of document.querySelectorAll('form')) {
      const key = keyOf(form);
      const raw = sessionStorage.getItem(key);
      if (raw === null) continue;
      sessionStorage.removeItem(key);
      if (!fromLogin) continue;
      const values = JSON.parse(raw);
      for (const el of form.elements) {
        if (!kept(el) || !(el.name in values)) continue;
        if (el.type === 'checkbox' || el.type === 'radio') el.checked = values[el.name];
        else el.value = values[el.name];
      }
      form.setAttribute('data-restored', '');
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', restore); else restore();
})();

// Cascading division pickers (DivisionPicker.razor): choosing a county or a township refills the lists below it from
// GET /api/divisions?within=CODE; the village list is the form's field ("the whole township" keeps the township's code).
(function () {
  document.addEventListener('change', async event => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.dataset.level) return;
    const picker = select.closest('[data-division-picker]');
    if (!picker) return;
    const lists = [...picker.querySelectorAll('select[data-level]')];
    const below = lists.slice(lists.indexOf(select) + 1);
    if (below.length === 0) return;
    for (const list of below) {
      const first = list.options[0];
      list.length = 1;
      first.value = list.dataset.whole === 'true' && list === below[0] ? select.value : '';
      first.selected = true;
    }
    if (!select.value) return;
    picker.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch('/api/divisions?within=' + encodeURIComponent(select.value) + '&limit=1000', { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      for (const d of await response.json()) below[0].add(new Option(d.name + '（' + d.code + '）', d.code));
    } finally {
      picker.removeAttribute('aria-busy');
      picker.dataset.loaded = select.value;
    }
  });
})();

// A form marked data-once sends once: its submit button is disabled (and says so) as soon as it is posted, so a double
// click or an impatient second tap cannot send it again. The server holds the line too (the form's idempotency key).
// A button marked data-print prints the page (the print stylesheet shows the content alone).
(function () {
  document.addEventListener('submit', event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-once')) return;
    if (form.dataset.sent === 'true') { event.preventDefault(); return; }
    form.dataset.sent = 'true';
    setTimeout(() => {
      for (const button of form.querySelectorAll('button[type=submit], button:not([type])')) {
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        if (button.dataset.sending) { button.dataset.label = button.textContent; button.textContent = button.dataset.sending; }
      }
    }, 0);
  });
  document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('[data-print]')) window.print();
    // a temporary password copied at once (the accounts page): the text of the element the button names
    const copy = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
    if (copy && navigator.clipboard) {
      const text = document.querySelector(copy.dataset.copy)?.textContent?.trim() ?? '';
      navigator.clipboard.writeText(text).then(() => { copy.textContent = copy.dataset.copied || copy.textContent; }, () => {});
    }
  });
  // back from the browser's cache (the back button) the form may be sent again
  window.addEventListener('pageshow', e => {
    if (!e.persisted) return;
    for (const form of document.querySelectorAll('form[data-once]')) {
      delete form.dataset.sent;
      for (const b of form.querySelectorAll('button')) {
        b.disabled = false;
        b.removeAttribute('aria-busy');
        if (b.dataset.label) b.textContent = b.dataset.label;
      }
    }
  });
})();
