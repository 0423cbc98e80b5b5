// Touchpoint pickers: typing in a filter box hides the contacts or products that do not match.
(function () {
  document.addEventListener('input', function (event) {
    var box = event.target.closest('[data-filter-for]');
    if (!box) return;
    var list = box.parentElement.querySelector('[data-filter-list="' + box.getAttribute('data-filter-for') + '"]');
    if (!list) return;
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.querySelectorAll('[data-filter-item]').forEach(function (item) {
      var text = (item.getAttribute('data-filter-text') || '').toLowerCase();
      var checked = item.querySelector('input:checked');
      item.hidden = !checked && !words.every(function (w) { return text.indexOf(w) >= 0; });
    });
  });
  // Enter in a filter box ticks the only visible unticked match instead of submitting the form.
  document.addEventListener('keydown', function (event) {
    var box = event.target.closest && event.target.closest('[data-filter-for]');
    if (!box || event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    var list = box.parentElement.querySelector('[data-filter-list="' + box.getAttribute('data-filter-for') + '"]');
    var visible = Array.prototype.filter.call(list.querySelectorAll('[data-filter-item]'), function (i) {
      return !i.hidden && !i.querySelector('input').checked;
    });
    if (visible.length >= 1 && box.value.trim()) {
      visible[0].querySelector('input').checked = true;
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
})();
