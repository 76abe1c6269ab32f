/*
 * A task form's times kept with an offset (form-js's timeSerializingFormat utc_offset or
 * utc_normalized) are typed in the person's own time zone: this puts the browser's zone (an IANA id,
 * such as Europe/Bucharest) in the form's time-zone input, which the server serialises the time
 * with, and in the hint that names the zone; and it shows each time already kept (data-kept) as the
 * wall-clock time of that zone. Without this script the page says and uses UTC.
 * No dependencies, no build.
 */
(function () {
  'use strict';

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function start() {
    var zone;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
      return;
    }
    if (!zone) {
      return;
    }
    each('input[data-time-zone]', function (input) {
      input.value = zone;
    });
    each('[data-time-zone-template]', function (hint) {
      hint.textContent = hint.getAttribute('data-time-zone-template').replace('{0}', zone);
    });
    each('input[data-kept]', function (input) {
      var kept = input.getAttribute('data-kept');
      var today = new Date();
      var date = new Date(input.type === 'time'
        ? today.getFullYear() + '-' + pad(today.getMonth() + 1) + '-' + pad(today.getDate()) + 'T' + kept
        : kept);
      if (isNaN(date.getTime())) {
        return;
      }
      var time = pad(date.getHours()) + ':' + pad(date.getMinutes());
      input.value = input.type === 'time' ? time
        : date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + 'T' + time;
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
