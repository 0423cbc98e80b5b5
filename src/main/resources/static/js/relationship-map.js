// The relationship map: find a person (highlight, open their unit, scroll to them), zoom, collapse or expand every
// unit, and download the server's SVG as a PNG drawn on a canvas.
(function () {
  var canvas = document.querySelector('[data-map-canvas]');
  if (!canvas) return;
  var zoom = 1;

  function applyZoom() {
    canvas.style.transform = 'scale(' + zoom + ')';
    canvas.style.width = (100 / zoom) + '%';
    var label = document.querySelector('[data-map-zoom-level]');
    if (label) label.textContent = Math.round(zoom * 100) + '%';
  }

  document.addEventListener('click', function (event) {
    var z = event.target.closest('[data-map-zoom]');
    if (z) {
      var step = Number(z.getAttribute('data-map-zoom'));
      zoom = step === 0 ? 1 : Math.min(2, Math.max(0.3, Math.round((zoom + step * 0.15) * 100) / 100));
      applyZoom();
    }
    var all = event.target.closest('[data-map-toggle-all]');
    if (all) {
      var open = all.getAttribute('data-map-toggle-all') === 'open';
      canvas.querySelectorAll('details.map-unit').forEach(function (d) { d.open = open; });
    }
    var png = event.target.closest('[data-map-png]');
    if (png) downloadPng(png);
  });

  var search = document.querySelector('[data-map-search]');
  var found = document.querySelector('[data-map-found]');
  var hits = [];
  var at = -1;
  function find() {
    canvas.querySelectorAll('.card.hit').forEach(function (c) { c.classList.remove('hit', 'current'); });
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    hits = [];
    at = -1;
    if (words.length) {
      canvas.querySelectorAll('[data-person]').forEach(function (card) {
        var text = card.getAttribute('data-person').toLowerCase();
        if (words.every(function (w) { return text.indexOf(w) >= 0; })) { card.classList.add('hit'); hits.push(card); }
      });
    }
    found.textContent = words.length ? (hits.length ? hits.length + ' found' : 'nobody found') : '';
    next();
  }
  function next() {
    if (!hits.length) return;
    canvas.querySelectorAll('.card.current').forEach(function (c) { c.classList.remove('current'); });
    at = (at + 1) % hits.length;
    var card = hits[at];
    for (var d = card.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    card.classList.add('current');
    card.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
    if (hits.length > 1) found.textContent = (at + 1) + ' of ' + hits.length + ' (Enter: next)';
  }
  if (search) {
    search.addEventListener('input', find);
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); next(); }
    });
  }

  // PNG: the server's SVG, loaded as a data: image (the CSP allows data: images), drawn on a canvas at 2x.
  function downloadPng(button) {
    button.disabled = true;
    fetch(button.getAttribute('data-svg'), { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    }).then(function (svg) {
      var image = new Image();
      image.onload = function () {
        var c = document.createElement('canvas');
        c.width = image.naturalWidth * 2;
        c.height = image.naturalHeight * 2;
        var g = c.getContext('2d');
        g.scale(2, 2);
        g.drawImage(image, 0, 0);
        c.toBlob(function (blob) {
          var a = document.createElement('a');
          a.download = button.getAttribute('data-name');
          a.href = URL.createObjectURL(blob);
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
          button.disabled = false;
        }, 'image/png');
      };
      image.onerror = function () { button.disabled = false; alert('Could not draw the map as PNG.'); };
      image.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(svg)));
    }).catch(function (e) { button.disabled = false; alert('Could not download the map: ' + e.message); });
  }
})();
