// Draws the charts whose data the server put in data- attributes (no inline script: the CSP forbids it).
// Each kind of chart is one function from (element, data) to an ECharts option; drawing, resizing and redrawing after
// an htmx swap are done once for all of them below.
(function () {
  var kinds = {};

  // The Overview: units per country, doing business with us and not yet.
  kinds['units-by-country'] = function (el, data) {
    return {
      grid: { left: 36, right: 12, top: 28, bottom: 24 },
      legend: { top: 0, data: ['Doing business', 'Not yet'] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: data.countries },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'Doing business', type: 'bar', stack: 'units', data: data.doing, itemStyle: { color: '#2e9e56' } },
        { name: 'Not yet', type: 'bar', stack: 'units', data: data.notYet, itemStyle: { color: '#e8a317' },
          label: { show: false } }
      ]
    };
  };

  // The portfolio: x strength, y attractiveness, bubble size TTM revenue, colour the segment, lines at the threshold.
  var SEGMENTS = [['STRATEGIC', '#2e9e56'], ['DEVELOP', '#2f6fde'], ['MAINTAIN', '#e8a317'], ['OPPORTUNISTIC', '#8a8f98']];
  kinds['portfolio'] = function (el, data) {
    var max = 0;
    data.points.forEach(function (p) { max = Math.max(max, Number(p.revenue)); });
    function size(p) { return max <= 0 ? 14 : 10 + 40 * Math.sqrt(Math.max(0, Number(p.revenue)) / max); }
    var t = Number(data.threshold);
    return {
      grid: { left: 48, right: 16, top: 36, bottom: 44 },
      legend: { top: 0 },
      // On a phone the four segment names take two lines: the plot starts below them instead of under them.
      media: [{ query: { maxWidth: 480 }, option: { grid: { top: 64 }, legend: { itemGap: 8 } } }],
      tooltip: { trigger: 'item', formatter: function (i) {
        var p = i.data.point;
        return '<strong>' + echarts.format.encodeHTML(p.name) + '</strong><br>' + p.segment
          + '<br>Attractiveness ' + p.y + ' · strength ' + p.x + '<br>TTM revenue ' + echarts.format.encodeHTML(p.revenueText)
          + '<br>Managed by ' + echarts.format.encodeHTML(p.owner);
      } },
      xAxis: { type: 'value', min: 0, max: 10, name: 'Strength', nameLocation: 'middle', nameGap: 28, interval: 1 },
      yAxis: { type: 'value', min: 0, max: 10, name: 'Attractiveness', nameLocation: 'middle', nameGap: 30, interval: 1 },
      series: SEGMENTS.map(function (s, i) {
        return {
          name: s[0], type: 'scatter', itemStyle: { color: s[1], opacity: 0.8, borderColor: '#fff', borderWidth: 1 },
          // names are placed after the first drawing (placePortfolioLabels): none until then
          label: { show: false, fontSize: LABEL_FONT, color: '#344054', formatter: function (i) {
            return shortName(i.data.name);
          } },
          data: data.points.filter(function (p) { return p.segment === s[0]; }).slice().sort(function (a, b) {
            return Number(b.revenue) - Number(a.revenue);
          }).map(function (p) {
            return { value: [Number(p.x), Number(p.y)], name: p.name, point: p, symbolSize: size(p) };
          }),
          markLine: i === 0 ? { silent: true, symbol: 'none', lineStyle: { color: '#98a2b3', type: 'dashed' },
            label: { show: false }, data: [{ xAxis: t }, { yAxis: t }] } : undefined
        };
      })
    };
  };
  var LABEL_FONT = 11;
  function shortName(n) {
    n = n || '';
    return n.length > 22 ? n.slice(0, 21) + '…' : n;
  }

  // Each bubble names its account beside it — right, left, above or below, the first place that overlaps no name
  // placed before, no other bubble and stays inside the plot; the largest accounts are placed first, and a name with
  // no free place is left out (the tooltip and the table still name it).
  function placePortfolioLabels(chart) {
    var series = chart.getOption().series;
    var all = [];
    series.forEach(function (s, si) {
      s.data.forEach(function (d, di) {
        var p = chart.convertToPixel({ seriesIndex: si }, d.value);
        all.push({ si: si, di: di, d: d, x: p[0], y: p[1], r: d.symbolSize / 2 });
      });
    });
    all.sort(function (a, b) { return Number(b.d.point.revenue) - Number(a.d.point.revenue); });
    var low = chart.convertToPixel({ seriesIndex: 0 }, [0, 0]), high = chart.convertToPixel({ seriesIndex: 0 }, [10, 10]);
    var grid = { x: low[0], y: high[1], width: high[0] - low[0], height: low[1] - high[1] };
    var measure = document.createElement('canvas').getContext('2d');
    measure.font = LABEL_FONT + 'px sans-serif';
    var placed = [];
    function overlaps(a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; }
    function free(box, self) {
      if (box.x1 < grid.x || box.x2 > grid.x + grid.width || box.y1 < grid.y || box.y2 > grid.y + grid.height) return false;
      for (var i = 0; i < placed.length; i++) if (overlaps(box, placed[i])) return false;
      for (var j = 0; j < all.length; j++) {
        var o = all[j];
        if (o === self) continue;
        var core = o.r * 0.7;
        if (overlaps(box, { x1: o.x - core, y1: o.y - core, x2: o.x + core, y2: o.y + core })) return false;
      }
      return true;
    }
    var labels = series.map(function (s) { return s.data.map(function () { return { show: false }; }); });
    all.forEach(function (e) {
      var w = measure.measureText(shortName(e.d.name)).width + 2, h = LABEL_FONT + 3, gap = 4;
      var options = [
        ['right', e.x + e.r + gap, e.y - h / 2], ['left', e.x - e.r - gap - w, e.y - h / 2],
        ['top', e.x - w / 2, e.y - e.r - gap - h], ['bottom', e.x - w / 2, e.y + e.r + gap]];
      for (var k = 0; k < options.length; k++) {
        var box = { x1: options[k][1], y1: options[k][2], x2: options[k][1] + w, y2: options[k][2] + h };
        if (free(box, e)) {
          placed.push(box);
          labels[e.si][e.di] = { show: true, position: options[k][0], distance: gap };
          return;
        }
      }
    });
    chart.setOption({ series: series.map(function (s, si) {
      return { data: s.data.map(function (d, di) { return Object.assign({}, d, { label: labels[si][di] }); }) };
    }) });
  }

  function openPortfolioPoint(chart) {
    chart.on('click', function (i) { if (i.data && i.data.point) window.location.href = i.data.point.url; });
  }

  // A month ("2026-05" or a day in it) as the reader's locale writes it: "May 2026", "Mai 2026".
  function monthText(iso) {
    var d = new Date(Date.UTC(+iso.substring(0, 4), +iso.substring(5, 7) - 1, 1));
    return isNaN(d) ? iso : d.toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  // The Exposure tab: awareness at the end of each of the last twelve months.
  kinds['awareness-trend'] = function (el, data) {
    return {
      grid: { left: 44, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
      xAxis: { type: 'category', data: data.dates.map(monthText) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{ name: 'Awareness', type: 'line', data: data.awareness, connectNulls: false, symbolSize: 7,
        areaStyle: { opacity: 0.12 }, itemStyle: { color: '#2563eb' } }]
    };
  };

  // Reports: value (bars) and number (line) of orders lost because the customer was unaware, per month.
  kinds['unaware-by-month'] = function (el, data) {
    var currency = el.getAttribute('data-currency') || '';
    return {
      grid: { left: 64, right: 40, top: 28, bottom: 28 },
      legend: { top: 0, data: ['Value', 'Orders'] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.months.map(monthText) },
      yAxis: [{ type: 'value', name: currency, axisLabel: { formatter: function (v) { return v.toLocaleString(); } } },
              { type: 'value', minInterval: 1, splitLine: { show: false } }],
      series: [
        { name: 'Value', type: 'bar', data: data.values, itemStyle: { color: '#cf3b2c' } },
        { name: 'Orders', type: 'line', yAxisIndex: 1, data: data.counts, itemStyle: { color: '#1d2430' } }
      ]
    };
  };

  // The Plan tab: a yearly figure with its yearly target as a dashed line.
  function yearly(name, values, targets, type, colour, unit) {
    return function (el, data) {
      return {
        grid: { left: 70, right: 16, top: 28, bottom: 28 },
        legend: { top: 0, data: [name, 'Target'] },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: data.years },
        yAxis: { type: 'value', axisLabel: { formatter: function (v) { return v.toLocaleString() + unit; } } },
        series: [
          { name: name, type: type, data: data[values], itemStyle: { color: colour }, connectNulls: false },
          { name: 'Target', type: 'line', data: data[targets], lineStyle: { type: 'dashed', color: '#cf3b2c' },
            itemStyle: { color: '#cf3b2c' }, symbol: 'diamond', symbolSize: 9, connectNulls: true }
        ]
      };
    };
  }
  kinds['performance-revenue'] = yearly('Revenue', 'revenue', 'revenueTarget', 'bar', '#2e9e56', '');
  kinds['performance-margin'] = yearly('Gross margin', 'margin', 'marginTarget', 'line', '#2563eb', '%');

  function draw(root) {
    if (!window.echarts) return;
    (root || document).querySelectorAll('[data-chart]:not([data-drawn])').forEach(function (el) {
      var kind = el.getAttribute('data-chart');
      if (!kinds[kind]) return;
      el.setAttribute('data-drawn', '1');
      var option = kinds[kind](el, JSON.parse(el.getAttribute('data-series')));
      option.animation = false;
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option);
      if (kind === 'portfolio') {
        openPortfolioPoint(chart);
        placePortfolioLabels(chart);
      }
      window.addEventListener('resize', function () {
        chart.resize();
        if (kind === 'portfolio') placePortfolioLabels(chart);
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function (e) { draw(e.target); });
})();
