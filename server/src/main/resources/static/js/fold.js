// Folds a long table or list (an element with data-fold="N") to its first N items behind 「展开全部」, so that a
// department page is not tens of thousands of pixels tall on a phone. data-fold-items selects the items inside it,
// data-fold-unit names them. Without JavaScript, and in print, everything shows. A link to a folded item (a search
// hit, #t1-23 or #project-7) opens its fold, and any closed details around it, so a reader always lands on it.
(function () {
  var folds = [];

  function fold(box) {
    var limit = parseInt(box.getAttribute('data-fold'), 10);
    var items = box.querySelectorAll(box.getAttribute('data-fold-items'));
    // Folding away one or two items saves nothing and costs a tap.
    if (items.length <= limit + 2) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary expand';
    var closed = '展开全部（共 ' + items.length + ' ' + (box.getAttribute('data-fold-unit') || '项') + '）';
    function show(open) {
      for (var i = limit; i < items.length; i++) { items[i].classList.toggle('folded', !open); }
      button.textContent = open ? '收起' : closed;
      button.setAttribute('aria-expanded', String(open));
    }
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      show(open);
      if (!open) { box.scrollIntoView({ block: 'start' }); }
    });
    box.insertAdjacentElement('afterend', button);
    folds.push({ box: box, show: show });
    show(false);
  }

  // Opens the fold holding the address's target and brings the target into view.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) { return; }
    folds.forEach(function (f) {
      if (f.box.contains(target)) { f.show(true); }
    });
    for (var d = target.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) { d.open = true; }
    target.scrollIntoView({ block: 'start' });
  }

  document.querySelectorAll('[data-fold]').forEach(fold);
  if (location.hash) { reveal(); }
  window.addEventListener('hashchange', reveal);
})();
