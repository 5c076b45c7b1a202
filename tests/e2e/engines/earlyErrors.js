// Served to engine tests as the first script of the page (WebKitWebDriver has no console log and no way
// to add a script before the page's own). Records uncaught errors, unhandled rejections and console
// errors in sessionStorage, so a reload by the page keeps them; tests read them back with a function.
// A worker's uncaught error reaches the page only as an event on its Worker object (which the game may
// handle and recover from), so every Worker is watched from birth and its errors kept apart.
(function () {
  window.__awryEngineErrorsInstalled = true;
  var PAGE = 'awry-engine-errors';
  var WORKER = 'awry-engine-worker-errors';
  function record(key, text) {
    try {
      var list = JSON.parse(sessionStorage.getItem(key) || '[]');
      list.push(String(text));
      sessionStorage.setItem(key, JSON.stringify(list));
    } catch (e) {
      var kept = (window.__awryEngineErrors = window.__awryEngineErrors || {});
      (kept[key] = kept[key] || []).push(String(text));
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
  function where(event) {
    return event.filename ? ' (' + event.filename + ':' + event.lineno + ':' + event.colno + ')' : '';
  }
  window.addEventListener('error', function (event) {
    // A resource that failed to load reaches here too (capture phase), without a message.
    record(PAGE, event.error ? describe(event.error) : (event.message || 'failed to load ' + (event.target && (event.target.src || event.target.href))) + where(event));
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    record(PAGE, 'unhandled rejection: ' + describe(event.reason));
  });
  var original = console.error;
  console.error = function () {
    record(PAGE, Array.prototype.map.call(arguments, describe).join(' '));
    return original.apply(console, arguments);
  };
  if (typeof Worker === 'function') {
    var NativeWorker = Worker;
    window.Worker = class extends NativeWorker {
      constructor(url, options) {
        super(url, options);
        var name = (options && options.name) || String(url);
        this.addEventListener('error', function (event) {
          record(WORKER, 'worker ' + name + ': ' + (event.message || 'failed to load or run') + where(event));
        });
        this.addEventListener('messageerror', function () {
          record(WORKER, 'worker ' + name + ': a message could not be deserialised');
        });
      }
    };
  }
})();
