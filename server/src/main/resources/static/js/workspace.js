// The disclosure page as one editing surface: each section saves in place (the page is not reloaded, so what was
// typed elsewhere stays), a refused save keeps the input and marks the rows it names, unsaved sections are shown and
// leaving the page with them asks first. Without this script every form still posts and redirects as before.
(function () {
  'use strict';

  // Irreversible steps (审核通过, 公开) ask first, naming what they do.
  document.addEventListener('submit', function (event) {
    var asking = event.submitter && event.submitter.hasAttribute('data-confirm') ? event.submitter : event.target;
    var question = asking.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  });

  // A code typed or picked shows its name at once in the cell beside it (the year's catalog is the page's datalist).
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.list || !input.closest('td')) {
      return;
    }
    var cell = input.closest('td').nextElementSibling;
    if (!cell || cell.querySelector('input, select')) {
      return;
    }
    var code = input.value.trim();
    var option = Array.prototype.find.call(input.list.options, function (o) { return o.value === code; });
    cell.textContent = option ? option.textContent : (code ? '（本年度目录中没有此编码）' : '');
  });

  var parts = Array.prototype.slice.call(document.querySelectorAll('form.part'));
  if (parts.length === 0) {
    return;
  }
  var saveAll = document.getElementById('save-all');
  var dirtyCount = document.getElementById('dirty-count');

  function status(form) {
    return form.querySelector('.save-status');
  }

  function dirtyForms() {
    return parts.filter(function (form) { return form.dataset.dirty === '1'; });
  }

  function refreshBar() {
    var n = dirtyForms().length;
    if (saveAll) {
      saveAll.hidden = n === 0;
    }
    if (dirtyCount) {
      dirtyCount.textContent = String(n);
    }
  }

  function markDirty(form) {
    if (form.dataset.dirty !== '1') {
      form.dataset.dirty = '1';
      status(form).textContent = '有未保存的修改';
      status(form).className = 'save-status unsaved';
      refreshBar();
    }
  }

  function clearMarks(form) {
    Array.prototype.forEach.call(form.querySelectorAll('tr.refused'), function (row) { row.classList.remove('refused'); });
    Array.prototype.forEach.call(form.querySelectorAll('tr.row-error'), function (row) { row.remove(); });
  }

  // 「支出第 3 行：…」 names the third row of the section's table; the problem is written under that row.
  function markRows(form, problems) {
    var rows = form.querySelectorAll('tbody tr');
    (problems || []).forEach(function (problem) {
      var m = /第 (\d+) 行/.exec(problem.path);
      var row = m && rows[Number(m[1]) - 1];
      if (row) {
        row.classList.add('refused');
        var note = document.createElement('tr');
        note.className = 'row-error';
        var cell = document.createElement('td');
        cell.colSpan = row.children.length;
        cell.textContent = problem.path + '：' + problem.message;
        note.appendChild(cell);
        row.after(note);
      }
    });
  }

  function setLockVersion(value) {
    Array.prototype.forEach.call(document.querySelectorAll('input[name="lockVersion"]'), function (input) {
      input.value = String(value);
    });
  }

  // After a save the findings and the actions (whose lock versions and submit state changed) are read again from the
  // page as the server renders it now; the sections being edited are left as they are.
  function refreshReport() {
    return fetch(window.location.pathname, { credentials: 'same-origin' }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      var ids = ['report', 'actions'];
      // Notices beside the sections (drafted figures gone stale) follow the tables as they are saved.
      Array.prototype.forEach.call(document.querySelectorAll('[data-refresh][id]'), function (box) { ids.push(box.id); });
      ids.forEach(function (id) {
        var now = document.getElementById(id);
        var next = fresh.getElementById(id);
        if (now && next) {
          keepTyped(now, next);
          now.replaceWith(next);
        }
      });
    });
  }

  // What was typed in the part being replaced (the written explanation of warnings, a return comment) stays.
  function keepTyped(now, next) {
    Array.prototype.forEach.call(now.querySelectorAll('textarea[name], input[type=text][name]'), function (field) {
      var twin = next.querySelector(field.tagName.toLowerCase() + '[name="' + field.name + '"]');
      if (twin && field.value) {
        twin.value = field.value;
      }
    });
  }

  function save(form) {
    var body = new URLSearchParams(new FormData(form));
    status(form).textContent = '正在保存…';
    return fetch(form.action, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'X-Gongkai-Save': '1', 'Accept': 'application/json' }
    }).then(function (response) {
      return response.json();
    }).then(function (answer) {
      clearMarks(form);
      if (answer.saved) {
        form.dataset.dirty = '0';
        setLockVersion(answer.lockVersion);
        refreshBar();
        // 已保存 is shown once the report and the actions show the saved state too.
        var shown = function () {
          status(form).textContent = answer.notice + ' ' + new Date().toLocaleTimeString('zh-CN', { hour12: false });
          status(form).className = 'save-status saved';
          return true;
        };
        return refreshReport().then(shown, shown);
      }
      status(form).textContent = answer.error;
      status(form).className = 'save-status refused';
      status(form).setAttribute('role', 'alert');
      markRows(form, answer.problems);
      return false;
    }).catch(function () {
      status(form).textContent = '保存失败（网络或会话已过期），输入仍在页面上，请稍后再试';
      status(form).className = 'save-status refused';
      return false;
    });
  }

  parts.forEach(function (form) {
    form.addEventListener('input', function () { markDirty(form); });
    form.addEventListener('change', function () { markDirty(form); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      save(form);
    });
  });

  // One after another: each save moves the lock version the next one must carry.
  function saveDirty() {
    return dirtyForms().reduce(function (previous, form) {
      return previous.then(function (ok) { return ok ? save(form) : false; });
    }, Promise.resolve(true));
  }

  if (saveAll) {
    saveAll.querySelector('button').addEventListener('click', saveDirty);
  }

  // 「按表格数据起草」 reloads the page: what is typed elsewhere is saved first (the draft then reads the saved tables),
  // and when a save is refused nothing is drafted and the input stays where it is.
  var draftForm = document.getElementById('draft-form');
  if (draftForm) {
    draftForm.addEventListener('submit', function (event) {
      if (dirtyForms().length === 0) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      var submitter = event.submitter;
      var question = submitter && submitter.getAttribute('data-confirm');
      if (question && !window.confirm(question)) {
        return;
      }
      saveDirty().then(function (ok) {
        if (!ok) {
          window.alert('有部分未能保存（见该部分的提示），未起草；改正后再点“按表格数据起草”。');
          return;
        }
        if (submitter && submitter.name) {
          var chosen = document.createElement('input');
          chosen.type = 'hidden';
          chosen.name = submitter.name;
          chosen.value = submitter.value;
          draftForm.appendChild(chosen);
        }
        // Submitted without the submit event: the question, if any, was asked above.
        draftForm.submit();
      });
    });
  }

  // Workflow buttons (提交审核 …) act on what is saved: with unsaved sections the action waits.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList.contains('part')) {
      return;
    }
    if (dirtyForms().length > 0 && form.closest('#actions')) {
      event.preventDefault();
      window.alert('还有 ' + dirtyForms().length + ' 个部分未保存，请先保存（页面底部“保存全部修改”），再进行此操作。');
    }
  }, true);

  window.addEventListener('beforeunload', function (event) {
    if (dirtyForms().length > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  refreshBar();
}());
