// parindex: progressive enhancement only; every page works without this file.
(function () {
  'use strict';
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Buttons with data-confirm ask before submitting (no inline handlers: CSP).
  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-confirm]');
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
  // Filter forms with data-autosubmit submit when a select changes.
  document.addEventListener('change', function (event) {
    var form = event.target.closest('form[data-autosubmit]');
    if (form && event.target.tagName === 'SELECT') {
      form.requestSubmit();
    }
  });
})();
// The next-deadline countdown ([data-countdown], in the layout) counts down every minute. Without this
// script the server-rendered time left stays; the wording comes from the element's data-* attributes.
(function () {
  'use strict';
  function format(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (match, index) { return String(values[Number(index)]); });
  }
  function update() {
    document.querySelectorAll('[data-countdown]').forEach(function (element) {
      var ends = Date.parse(element.getAttribute('data-ends'));
      if (isNaN(ends)) {
        return;
      }
      var left = ends - Date.now();
      var minutes = Math.floor(left / 60000);
      var text;
      if (left <= 0) {
        text = element.getAttribute('data-over');
      } else if (minutes >= 1440) {
        text = format(element.getAttribute('data-days'), [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60)]);
      } else if (minutes >= 60) {
        text = format(element.getAttribute('data-hours'), [Math.floor(minutes / 60), minutes % 60]);
      } else {
        text = format(element.getAttribute('data-minutes'), [minutes]);
      }
      if (text) {
        element.textContent = text;
      }
    });
  }
  if (document.querySelector('[data-countdown]')) {
    update();
    window.setInterval(update, 60000);
  }
})();
// Framework editor (templates/framework): tree toggles, table rows, inline form errors, print.
(function () {
  'use strict';
  // Controls that only work with this script start hidden ([data-js-only]).
  function reveal(root) {
    root.querySelectorAll('[data-js-only]').forEach(function (element) { element.hidden = false; });
  }
  document.addEventListener('DOMContentLoaded', function () { reveal(document); });
  document.addEventListener('htmx:load', function (event) { reveal(event.detail.elt.parentNode || document); });
  // Forms with data-swap-errors show the 422 or 409 answer (the form with its errors) in place.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    var element = event.detail.requestConfig && event.detail.requestConfig.elt;
    if ((status === 422 || status === 409) && element && element.closest('[data-swap-errors]')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-details]');
    if (toggle) {
      var open = toggle.getAttribute('data-details') === 'open';
      document.querySelectorAll(toggle.getAttribute('data-details-in') + ' details:not(.fw-try)')
        .forEach(function (details) { details.open = open; });
      return;
    }
    var add = event.target.closest('[data-add-row]');
    if (add) {
      var template = document.getElementById(add.getAttribute('data-add-row'));
      var rows = document.getElementById(add.getAttribute('data-rows'));
      var next = parseInt(rows.getAttribute('data-next') || rows.rows.length, 10);
      rows.insertAdjacentHTML('beforeend', template.innerHTML.replace(/__i__/g, String(next)));
      rows.setAttribute('data-next', String(next + 1));
      reveal(rows);
      return;
    }
    var remove = event.target.closest('[data-remove-row]');
    if (remove) {
      remove.closest('tr').remove();
      return;
    }
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
// Self-assessment (templates/assessment): upload progress and refused uploads.
(function () {
  'use strict';
  function uploadForm(event) {
    var element = event.detail && event.detail.elt;
    return element && element.closest ? element.closest('form[data-upload]') : null;
  }
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = uploadForm(event);
    if (!form || !event.detail.lengthComputable) {
      return;
    }
    var bar = form.querySelector('.upload-progress');
    bar.hidden = false;
    bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
  });
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = uploadForm(event);
    if (form) {
      form.querySelector('.upload-status').textContent = '';
      form.querySelector('button[type=submit]').disabled = true;
    }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = uploadForm(event);
    if (form && document.body.contains(form)) {
      form.querySelector('button[type=submit]').disabled = false;
    }
  });
  // An upload over the server's ceiling (413) or a dropped connection: say so in the form.
  function failed(event) {
    var form = uploadForm(event);
    if (!form) {
      return;
    }
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    form.querySelector('.upload-status').textContent =
      status === 413 ? form.getAttribute('data-too-large') : form.getAttribute('data-failed');
    form.querySelector('.upload-progress').hidden = true;
  }
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:sendError', failed);
})();
// Charts: ECharts drawn from a table's rows and their data-* attributes (the chart element's data-*-chart
// attribute names the table). The table carries the data; without ECharts it stays and the chart stays hidden.
(function () {
  'use strict';
  var number;

  function format(value) {
    return number.format(value);
  }

  function label(position) {
    return { show: true, position: position, formatter: function (point) { return format(point.value); } };
  }

  // The rows of the table the element's attribute names that match the row selector, as an array.
  function rows(element, attribute, selector) {
    return Array.prototype.slice.call(
      document.querySelectorAll(element.getAttribute(attribute) + ' ' + selector));
  }

  // Shows the element, sized to the height in pixels when given, and draws the option; redraws on resize.
  function draw(element, option, height) {
    element.hidden = false;
    if (height) {
      element.style.height = height + 'px';
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // Appraisal dashboard (templates/appraisal/dashboard.html): the average cut per field as a bar chart.
  function cutChart(element) {
    var found = rows(element, 'data-cut-chart', 'tr[data-cut]');
    var names = found.map(function (row) { return row.getAttribute('data-name'); });
    var encode = window.echarts.format.encodeHTML;
    draw(element, {
      aria: { enabled: false },
      grid: { left: 16, right: 16, top: 32, bottom: 16, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: function (params) {
          var point = params[0];
          return encode(point.name + ' – ' + names[point.dataIndex]) + '<br>' + encode(point.seriesName) + ': '
            + format(point.value);
        }
      },
      xAxis: { type: 'category', data: found.map(function (row) { return row.getAttribute('data-code'); }) },
      yAxis: { type: 'value', axisLabel: { formatter: format } },
      series: [{
        name: element.getAttribute('data-series'), type: 'bar', itemStyle: { color: '#9b1c1c' }, label: label('top'),
        data: found.map(function (row) { return Number(row.getAttribute('data-value')); })
      }]
    });
  }

  // Results (templates/scoring/preview.html, templates/portal/ranking.html): each group's ranking as horizontal bars.
  function rankingChart(element) {
    var found = rows(element, 'data-ranking-chart', 'tr[data-rank]').reverse();
    draw(element, {
      aria: { enabled: false },
      grid: { left: 16, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: format } },
      yAxis: { type: 'category', data: found.map(function (row) { return row.getAttribute('data-name'); }) },
      series: [{
        type: 'bar', itemStyle: { color: '#0b5394' }, label: label('right'),
        data: found.map(function (row) { return Number(row.getAttribute('data-value')); })
      }]
    }, Math.max(160, 28 * found.length + 40));
  }

  // Portal (templates/portal/unit.html): a unit's % per field against its group's average, as grouped horizontal bars.
  function fieldChart(element) {
    var found = rows(element, 'data-field-chart', 'tr[data-field]').reverse();
    if (found.length === 0) {
      return;
    }
    draw(element, {
      aria: { enabled: false },
      legend: { top: 0 },
      grid: { left: 16, right: 56, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: format } },
      yAxis: {
        type: 'category', axisLabel: { width: 220, overflow: 'truncate' },
        data: found.map(function (row) { return row.getAttribute('data-name'); })
      },
      series: [
        {
          name: element.getAttribute('data-series'), type: 'bar', itemStyle: { color: '#0b5394' }, label: label('right'),
          data: found.map(function (row) { return Number(row.getAttribute('data-value')); })
        },
        {
          name: element.getAttribute('data-average-series'), type: 'bar', itemStyle: { color: '#8a939c' },
          label: label('right'),
          data: found.map(function (row) {
            return row.hasAttribute('data-average') ? Number(row.getAttribute('data-average')) : null;
          })
        }
      ]
    }, Math.max(180, 48 * found.length + 60));
  }

  // Portal (templates/portal/unit.html): a unit's % per published year (rows oldest first) as a line, from two years.
  function trendChart(element) {
    var found = rows(element, 'data-trend-chart', 'tr[data-year][data-value]');
    if (found.length < 2) {
      return;
    }
    draw(element, {
      aria: { enabled: false },
      grid: { left: 16, right: 32, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: format },
      xAxis: { type: 'category', data: found.map(function (row) { return row.getAttribute('data-year'); }) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: format } },
      series: [{
        name: element.getAttribute('data-series'), type: 'line', itemStyle: { color: '#0b5394' }, label: label('top'),
        data: found.map(function (row) { return Number(row.getAttribute('data-value')); })
      }]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    number = new Intl.NumberFormat(document.documentElement.lang || 'vi',
      { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var cut = document.querySelector('[data-cut-chart]');
    if (cut) {
      cutChart(cut);
    }
    document.querySelectorAll('[data-ranking-chart]').forEach(rankingChart);
    document.querySelectorAll('[data-field-chart]').forEach(fieldChart);
    document.querySelectorAll('[data-trend-chart]').forEach(trendChart);
  });
})();
// Self-assessment workspace: two leaves saved at once can answer out of order; the progress panel carries a stamp
// that grows with every save, and an older panel never replaces a newer one.
document.addEventListener('htmx:oobBeforeSwap', function (event) {
  'use strict';
  var target = event.detail.target;
  var incoming = event.detail.fragment && event.detail.fragment.firstElementChild;
  if (!target || target.id !== 'progress' || !incoming) {
    return;
  }
  var current = Number(target.getAttribute('data-stamp'));
  var next = Number(incoming.getAttribute('data-stamp'));
  if (!isNaN(current) && !isNaN(next) && next < current) {
    event.detail.shouldSwap = false;
  }
});
// Gap analysis (templates/remediation/gap-province.html): the province's points lost per leaf as horizontal bars,
// drawn from the table's rows (tr[data-loss] with data-name and data-value). Without ECharts the table stays.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.querySelector('[data-loss-chart]');
    if (!element || !window.echarts) {
      return;
    }
    var found = Array.prototype.slice.call(
      document.querySelectorAll(element.getAttribute('data-loss-chart') + ' tr[data-loss]')).reverse();
    var number = new Intl.NumberFormat(document.documentElement.lang || 'vi', { maximumFractionDigits: 2 });
    var format = function (value) { return number.format(value); };
    element.hidden = false;
    element.style.height = Math.max(160, 28 * found.length + 40) + 'px';
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: false },
      grid: { left: 16, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: format } },
      yAxis: {
        type: 'category', axisLabel: { width: 260, overflow: 'truncate' },
        data: found.map(function (row) { return row.getAttribute('data-name'); })
      },
      series: [{
        type: 'bar', itemStyle: { color: '#9b1c1c' },
        label: { show: true, position: 'right', formatter: function (point) { return format(point.value); } },
        data: found.map(function (row) { return Number(row.getAttribute('data-value')); })
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
