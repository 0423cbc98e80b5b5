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
// The matrix side panel: opening it from a cell moves focus into it; its ✕ button or Escape closes it and gives focus
// back to the cell it was opened from.
var cellPanelOpener = null;
function closeCellPanel() {
  var panel = document.getElementById('cell-panel');
  if (!panel || panel.innerHTML === '') return;
  panel.innerHTML = '';
  if (cellPanelOpener && document.body.contains(cellPanelOpener)) cellPanelOpener.focus();
  cellPanelOpener = null;
}
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-close-panel]')) closeCellPanel();
});
document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape') closeCellPanel();
});
document.addEventListener('htmx:afterSwap', function (event) {
  if (!event.detail.target || event.detail.target.id !== 'cell-panel') return;
  var from = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (!from || !from.closest('table.matrix')) return; // a form inside the panel answered: focus stays where it is
  cellPanelOpener = from;
  var heading = event.detail.target.querySelector('[data-panel-heading]');
  if (heading) heading.focus();
});
// The matrix grid is one Tab stop: arrow keys move between its cells, Home and End to the ends of the row.
function matrixCells(row) { return Array.prototype.slice.call(row.querySelectorAll('td.cell button')); }
function focusMatrixCell(button) {
  var table = button.closest('table.matrix');
  table.querySelectorAll('td.cell button[tabindex="0"]').forEach(function (b) { b.setAttribute('tabindex', '-1'); });
  button.setAttribute('tabindex', '0');
  button.focus();
}
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('table.matrix').forEach(function (table) {
    var buttons = table.querySelectorAll('td.cell button');
    buttons.forEach(function (b, i) { b.setAttribute('tabindex', i === 0 ? '0' : '-1'); });
  });
});
document.addEventListener('focusin', function (event) {
  var button = event.target.closest && event.target.closest('table.matrix td.cell button');
  if (button && button.getAttribute('tabindex') !== '0') focusMatrixCell(button);
});
document.addEventListener('keydown', function (event) {
  var button = event.target.closest && event.target.closest('table.matrix td.cell button');
  if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
  var row = button.closest('tr');
  var cells = matrixCells(row);
  var i = cells.indexOf(button);
  var target = null;
  if (event.key === 'ArrowRight') target = cells[i + 1];
  else if (event.key === 'ArrowLeft') target = cells[i - 1];
  else if (event.key === 'Home') target = cells[0];
  else if (event.key === 'End') target = cells[cells.length - 1];
  else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
    var rows = Array.prototype.slice.call(button.closest('table').querySelectorAll('tbody tr'))
        .filter(function (r) { return r.querySelector('td.cell'); });
    var next = rows[rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) target = matrixCells(next)[i];
  } else return;
  event.preventDefault();
  if (target) focusMatrixCell(target);
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

// The search box's suggestions: ArrowDown moves into them, the arrows through them, Escape closes them.
document.addEventListener('keydown', function (event) {
  var box = document.getElementById('global-search');
  var list = document.getElementById('search-suggest');
  if (!box || !list) return;
  var links = Array.prototype.slice.call(list.querySelectorAll('a'));
  var inList = links.indexOf(document.activeElement);
  if (event.target === box && event.key === 'ArrowDown' && links.length) {
    event.preventDefault();
    links[0].focus();
  } else if (inList >= 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    event.preventDefault();
    var next = inList + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) box.focus(); else if (links[next]) links[next].focus();
  } else if ((inList >= 0 || event.target === box) && event.key === 'Escape') {
    list.innerHTML = '';
    box.focus();
  }
});
document.addEventListener('htmx:afterSwap', function (event) {
  if (event.detail.target && event.detail.target.id === 'search-suggest') {
    var box = document.getElementById('global-search');
    if (box) box.setAttribute('aria-expanded', event.detail.target.innerHTML.trim() === '' ? 'false' : 'true');
  }
});
document.addEventListener('click', function (event) {
  var list = document.getElementById('search-suggest');
  if (list && !event.target.closest('form.search')) list.innerHTML = '';
});

// On a phone the main navigation is a menu behind its button.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('[data-menu-toggle]');
  if (!toggle) return;
  var bar = toggle.closest('.topbar');
  var open = bar.classList.toggle('nav-open');
  toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
});

// A button that names what its form will do follows the field it names ("Start a plan for 2027" as 2027 is typed).
document.addEventListener('input', function (event) {
  if (!event.target.id) return;
  document.querySelectorAll('[data-label-from="' + event.target.id + '"]').forEach(function (button) {
    var value = event.target.value.trim();
    button.textContent = (button.getAttribute('data-label-prefix') || '') + (value || '…');
  });
});
