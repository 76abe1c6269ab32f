/*
 * Shows and hides a task form's conditional fields as the person answers, without sending it.
 * Progressive enhancement: without this script the server shows the fields that apply each time
 * the form comes back. The conditions (form-js's conditional.hide, in FEEL) are never evaluated
 * here: the form's values are posted, as the form posts them, to the URL in the form's
 * data-conditions, and the server answers with the names of the conditional fields it hides
 * ("hidden") and shows ("shown") under those values, decided with the FEEL engine it validates with.
 * A conditional field's wrapper carries data-conditional with its name; a hidden one is `hidden`
 * and its inputs `disabled`, so that the browser does not send what it holds, as form-js does not.
 * A text, html, image, spacer or separator with a condition takes part by '#' and its id.
 * The rows of dynamic lists take part by their names (contacts[0].email); a row just added shows
 * its fields as the server rendered the blank row until something in the form changes.
 * No dependencies, no build.
 */
(function () {
  'use strict';

  var WAIT_MS = 150;

  function enhance(form) {
    var url = form.getAttribute('data-conditions');
    var timer = null;
    var latest = 0;
    var changed = null;

    /** the form's values as the form posts them; a file is not a value a condition can see */
    function values() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value === 'string') {
          params.append(name, value);
        }
      });
      return params;
    }

    function wrappers() {
      var byName = {};
      Array.prototype.forEach.call(form.querySelectorAll('[data-conditional]'), function (wrapper) {
        byName[wrapper.getAttribute('data-conditional')] = wrapper;
      });
      return byName;
    }

    function toggle(wrapper, hide) {
      if (wrapper.hidden === hide) {
        return;
      }
      // the focus never stays in what disappears: it goes back to the answer that hid it
      var lost = hide && wrapper.contains(document.activeElement);
      wrapper.hidden = hide;
      // a disabled or read-only input (data-locked) stays disabled when its condition shows it
      if (wrapper.tagName === 'FIELDSET') {
        wrapper.disabled = hide || wrapper.hasAttribute('data-locked');
      }
      Array.prototype.forEach.call(wrapper.querySelectorAll('input, select, textarea'), function (control) {
        control.disabled = hide || control.getAttribute('data-locked') === 'disabled'
          || (control.hasAttribute('data-locked') && !control.readOnly);
      });
      if (lost && changed && !changed.disabled && document.contains(changed)) {
        changed.focus();
      }
    }

    function apply(decided) {
      var byName = wrappers();
      (decided.hidden || []).forEach(function (name) {
        if (byName[name]) {
          toggle(byName[name], true);
        }
      });
      (decided.shown || []).forEach(function (name) {
        if (byName[name]) {
          toggle(byName[name], false);
        }
      });
    }

    function decide() {
      var asked = ++latest;
      form.setAttribute('data-deciding', 'true');
      fetch(url, {
        method: 'POST',
        body: values(),
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (decided) {
        // an answer to an older question would undo a newer one
        if (decided && asked === latest) {
          apply(decided);
        }
      }).catch(function () {
        // the page stays as it is; sending the form shows the right fields
      }).then(function () {
        if (asked === latest) {
          form.removeAttribute('data-deciding');
        }
      });
    }

    function later(event) {
      if (event.target && event.target.type === 'file') {
        return;
      }
      changed = event.target;
      clearTimeout(timer);
      timer = setTimeout(decide, WAIT_MS);
    }

    form.addEventListener('input', later);
    form.addEventListener('change', later);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-conditions]'), enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
