// Checkbox pickers (the touchpoint form's contacts and products, a contact's colleagues, a testimonial's products):
// typing in a filter box hides what does not match. Loaded by each page with a picker; it acts once however often.
(function () {
  if (window.prismPickers) return;
  window.prismPickers = true;
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
  // What is ticked stays in sight: the "Chosen" line above each list follows every tick, filtered out of view or not.
  document.addEventListener('change', function (event) {
    var list = event.target.closest && event.target.closest('[data-filter-list]');
    if (!list) return;
    var picker = list.closest('.picker');
    var chosen = picker && picker.querySelector('[data-chosen-for]');
    if (!chosen) return;
    var names = chosen.querySelector('[data-chosen-names]');
    names.textContent = '';
    list.querySelectorAll('[data-filter-item]').forEach(function (item) {
      if (!item.querySelector('input:checked')) return;
      var badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = item.getAttribute('data-name');
      names.appendChild(badge);
      names.appendChild(document.createTextNode(' '));
    });
    chosen.hidden = names.childElementCount === 0;
    var count = chosen.querySelector('[data-chosen-count]');
    if (count) count.textContent = String(names.childElementCount);
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
      visible[0].querySelector('input').dispatchEvent(new Event('change', { bubbles: true }));
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
})();
