// Served to engine tests as the first script of the page (WebKitWebDriver has no console log and no way
// to add a script before the page's own). Records uncaught errors, unhandled rejections and console
// errors in sessionStorage, so a reload by the page keeps them; tests read them back with a function.
(function () {
  window.__awryEngineErrorsInstalled = true;
  var KEY = 'awry-engine-errors';
  function record(text) {
    try {
      var list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(String(text));
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {
      (window.__awryEngineErrors = window.__awryEngineErrors || []).push(String(text));
    }
  }
  function describe(value) {
    if (value && value.stack) return String(value.message || value) + '\n' + value.stack;
    try {
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch (e) {
      return String(value);
    }
  }
  window.addEventListener('error', function (event) {
    // A resource that failed to load reaches here too (capture phase), without a message.
    var where = event.filename ? ' (' + event.filename + ':' + event.lineno + ':' + event.colno + ')' : '';
    record(event.error ? describe(event.error) : (event.message || 'failed to load ' + (event.target && (event.target.src || event.target.href))) + where);
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    record('unhandled rejection: ' + describe(event.reason));
  });
  var original = console.error;
  console.error = function () {
    record(Array.prototype.map.call(arguments, describe).join(' '));
    return original.apply(console, arguments);
  };
})();
