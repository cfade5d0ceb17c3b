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
