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
// Appraisal dashboard (templates/appraisal/dashboard.html): the average cut per field as an ECharts bar chart,
// read from the table rows' data-* attributes ([data-cut-chart] names the table). Without ECharts the table stays.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.querySelector('[data-cut-chart]');
    if (!element || !window.echarts) {
      return;
    }
    var codes = [], names = [], values = [];
    document.querySelectorAll(element.getAttribute('data-cut-chart') + ' tr[data-cut]').forEach(function (row) {
      codes.push(row.getAttribute('data-code'));
      names.push(row.getAttribute('data-name'));
      values.push(Number(row.getAttribute('data-value')));
    });
    var number = new Intl.NumberFormat(document.documentElement.lang || 'vi',
      { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var encode = window.echarts.format.encodeHTML;
    element.hidden = false;
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: false },
      grid: { left: 16, right: 16, top: 32, bottom: 16, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: function (params) {
          var point = params[0];
          return encode(point.name + ' – ' + names[point.dataIndex]) + '<br>' + encode(point.seriesName) + ': '
            + number.format(point.value);
        }
      },
      xAxis: { type: 'category', data: codes },
      yAxis: { type: 'value', axisLabel: { formatter: function (value) { return number.format(value); } } },
      series: [{
        name: element.getAttribute('data-series'), type: 'bar', data: values, itemStyle: { color: '#9b1c1c' },
        label: { show: true, position: 'top', formatter: function (point) { return number.format(point.value); } }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
// Results (templates/scoring/preview.html): each group's ranking as a horizontal ECharts bar chart, read from the
// table rows' data-* attributes ([data-ranking-chart] names the table). Without ECharts the table stays.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    var number = new Intl.NumberFormat(document.documentElement.lang || 'vi',
      { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    document.querySelectorAll('[data-ranking-chart]').forEach(function (element) {
      var names = [], values = [];
      document.querySelectorAll(element.getAttribute('data-ranking-chart') + ' tr[data-rank]').forEach(function (row) {
        names.push(row.getAttribute('data-name'));
        values.push(Number(row.getAttribute('data-value')));
      });
      names.reverse();
      values.reverse();
      element.hidden = false;
      element.style.height = Math.max(160, 28 * names.length + 40) + 'px';
      var chart = window.echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption({
        aria: { enabled: false },
        grid: { left: 16, right: 48, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: function (v) { return number.format(v); } } },
        yAxis: { type: 'category', data: names },
        series: [{ type: 'bar', data: values, itemStyle: { color: '#0b5394' },
          label: { show: true, position: 'right', formatter: function (p) { return number.format(p.value); } } }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  });
})();
// Portal (templates/portal/unit.html): a unit's % per field against its group's average, as grouped horizontal bars
// read from the table rows' data-* attributes ([data-field-chart] names the table). Without ECharts the table stays.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    var number = new Intl.NumberFormat(document.documentElement.lang || 'vi',
      { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    document.querySelectorAll('[data-field-chart]').forEach(function (element) {
      var names = [], values = [], averages = [];
      document.querySelectorAll(element.getAttribute('data-field-chart') + ' tr[data-field]').forEach(function (row) {
        names.push(row.getAttribute('data-name'));
        values.push(Number(row.getAttribute('data-value')));
        averages.push(row.hasAttribute('data-average') ? Number(row.getAttribute('data-average')) : null);
      });
      if (names.length === 0) {
        return;
      }
      names.reverse();
      values.reverse();
      averages.reverse();
      element.hidden = false;
      element.style.height = Math.max(180, 48 * names.length + 60) + 'px';
      var label = { show: true, position: 'right', formatter: function (p) { return number.format(p.value); } };
      var chart = window.echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption({
        aria: { enabled: false },
        legend: { top: 0 },
        grid: { left: 16, right: 56, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: function (v) { return number.format(v); } } },
        yAxis: { type: 'category', data: names, axisLabel: { width: 220, overflow: 'truncate' } },
        series: [
          { name: element.getAttribute('data-series'), type: 'bar', data: values, itemStyle: { color: '#0b5394' }, label: label },
          { name: element.getAttribute('data-average-series'), type: 'bar', data: averages, itemStyle: { color: '#8a939c' }, label: label }
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
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
