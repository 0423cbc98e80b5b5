// The contact's edit page: "where did they go?" only matters once the person has left, so it shows when the
// "still with the customer" box is unticked.
(function () {
  var toggle = document.querySelector('[data-left-toggle]');
  var moved = document.querySelector('[data-moved-to]');
  if (!toggle || !moved) return;
  function sync() { moved.hidden = toggle.checked; }
  toggle.addEventListener('change', function () {
    sync();
    if (!toggle.checked) { var first = moved.querySelector('input'); if (first) first.focus(); }
  });
  sync();
})();
