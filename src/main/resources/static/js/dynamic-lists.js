/*
 * Adds and removes the rows of a task form's dynamic lists on the page, without sending it.
 * Progressive enhancement: without this script the same buttons send the form and the server
 * adds or removes the row. A list takes part only when its definition allows adding and removing
 * rows (form-js's allowAddRemove); the server then renders it with data-list, a blank row in a
 * <template> whose names and ids hold ROW_INDEX, and data-remove-label with {n} for the position.
 * No dependencies, no build.
 */
(function () {
  'use strict';

  var ROW_INDEX = '__row__';

  function rowsOf(list) {
    return list.querySelector(':scope > .list-rows');
  }

  /** the index after the highest one in use, so that a new row never takes the names of another */
  function nextIndex(list) {
    var highest = -1;
    Array.prototype.forEach.call(rowsOf(list).children, function (row) {
      var match = /\[(\d+)\]$/.exec(row.getAttribute('data-row') || '');
      if (match) {
        highest = Math.max(highest, parseInt(match[1], 10));
      }
    });
    return highest + 1;
  }

  /** the remove buttons name their row by its position, which changes as rows come and go */
  function relabel(list) {
    var pattern = list.getAttribute('data-remove-label');
    Array.prototype.forEach.call(rowsOf(list).children, function (row, position) {
      var button = row.querySelector(':scope > .remove-row');
      if (button && pattern) {
        button.setAttribute('aria-label', pattern.replace('{n}', String(position + 1)));
      }
    });
  }

  function add(list) {
    var template = list.querySelector(':scope > template.list-template');
    var index = String(nextIndex(list));
    var name = list.getAttribute('data-list');
    // only this list's own placeholder: a list inside the row keeps its own for its own rows
    var html = template.innerHTML
      .split(name + '[' + ROW_INDEX + ']').join(name + '[' + index + ']')
      .split(list.id + '-' + ROW_INDEX).join(list.id + '-' + index);
    var holder = document.createElement('div');
    holder.innerHTML = html.trim();
    var row = holder.firstElementChild;
    rowsOf(list).appendChild(row);
    enhance(row);
    relabel(list);
    var first = row.querySelector('input, select, textarea');
    if (first) {
      first.focus();
    }
  }

  function remove(list, row) {
    row.parentNode.removeChild(row);
    relabel(list);
    list.querySelector(':scope > .actions > .add-row').focus();
  }

  function enhance(root) {
    Array.prototype.forEach.call(root.querySelectorAll('fieldset.list[data-list] .add-row, fieldset.list[data-list] .remove-row'),
      function (button) {
        if (button.getAttribute('data-enhanced')) {
          return;
        }
        button.setAttribute('data-enhanced', 'true');
        button.type = 'button';
        button.addEventListener('click', function () {
          var list = button.closest('fieldset.list[data-list]');
          if (button.classList.contains('add-row')) {
            add(list);
          } else {
            remove(list, button.closest('.list-row'));
          }
        });
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  } else {
    enhance(document);
  }
}());
