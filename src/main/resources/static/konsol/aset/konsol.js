// When the session has expired, a live refresh lands on the sign-in page: go there instead of
// swapping the sign-in form into a panel. (A file, not an inline script: the CSP allows scripts from 'self' only.)
document.addEventListener('htmx:beforeSwap', function (e) {
  if (e.detail.xhr.responseURL && e.detail.xhr.responseURL.indexOf('/konsol/masuk') >= 0) {
    e.detail.shouldSwap = false;
    window.location.href = '/konsol/masuk';
  }
});
