// Prism's only script besides htmx: send the CSRF token with htmx requests and keep keyboard submit everywhere.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) event.detail.headers[header.content] = token.content;
});
// Ctrl/Cmd+Enter submits the form you are typing in (textareas included).
document.addEventListener('keydown', function (event) {
  if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && event.target.form) {
    event.preventDefault();
    event.target.form.requestSubmit();
  }
  // "/" focuses the global search box, as in most web apps.
  if (event.key === '/' && !/INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName)) {
    var box = document.getElementById('global-search');
    if (box) { event.preventDefault(); box.focus(); }
  }
});
// A <details> menu closes when you click elsewhere or press Escape.
document.addEventListener('click', function (event) {
  document.querySelectorAll('details[data-menu][open]').forEach(function (d) {
    if (!d.contains(event.target)) d.removeAttribute('open');
  });
});
document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape') document.querySelectorAll('details[open]').forEach(function (d) { d.removeAttribute('open'); });
});
// The matrix side panel closes with its ✕ button or Escape.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-close-panel]')) {
    var panel = document.getElementById('cell-panel');
    if (panel) panel.innerHTML = '';
  }
});
document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape') {
    var panel = document.getElementById('cell-panel');
    if (panel) panel.innerHTML = '';
  }
});
// A quick in-place edit (a table row become a form) is left with Escape, as with its Cancel button.
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape') return;
  var form = event.target.closest && event.target.closest('form[data-escape-cancels]');
  if (!form) return;
  var cancel = form.querySelector('button[type="button"]');
  if (cancel) cancel.click();
});

// A form that wants its first field ready for typing (the guided rating form) marks it data-autofocus: focused without
// scrolling, so a phone opens the page at its top rather than mid-table.
document.addEventListener('DOMContentLoaded', function () {
  var first = document.querySelector('[data-autofocus]');
  if (first) first.focus({ preventScroll: true });
});
