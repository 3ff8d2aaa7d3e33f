// crosswire UI: bring a discrepancy's words into view in every version.
// The pages work without this script; it only adds the scrolling and the
// emphasis. Loaded from /static (the Content-Security-Policy forbids
// inline scripts).
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  function marksOf(n) {
    return Array.prototype.slice.call(document.querySelectorAll('mark[data-d~="' + n + '"]'));
  }

  // firstPerVersion keeps the first mark in each version column.
  function firstPerVersion(marks) {
    var seen = {};
    var out = [];
    marks.forEach(function (m) {
      var cell = m.closest('.cell');
      var v = cell ? cell.getAttribute('data-v') : '';
      if (!seen[v]) {
        seen[v] = true;
        out.push(m);
      }
    });
    return out;
  }

  // reveal scrolls the versions container sideways and the page
  // vertically so that the given marks are all in view when they fit, or
  // the first of them when they do not.
  function reveal(marks) {
    if (!marks.length) return;
    var box = document.querySelector('.align-scroll');
    if (box) {
      var b = box.getBoundingClientRect();
      var left = Infinity, right = -Infinity;
      marks.forEach(function (m) {
        var r = m.getBoundingClientRect();
        left = Math.min(left, r.left);
        right = Math.max(right, r.right);
      });
      if (right - left <= b.width) {
        if (left < b.left || right > b.right) box.scrollLeft += (left + right) / 2 - (b.left + b.right) / 2;
      } else {
        box.scrollLeft += left - b.left - 16;
      }
    }
    var top = Infinity, bottom = -Infinity;
    marks.forEach(function (m) {
      var r = m.getBoundingClientRect();
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
    });
    var h = window.innerHeight;
    if (bottom - top <= h * 0.9) {
      window.scrollBy(0, (top + bottom) / 2 - h / 2);
    } else {
      window.scrollBy(0, top - 24);
    }
  }

  function activate(n, scroll) {
    document.querySelectorAll('mark.active').forEach(function (m) { m.classList.remove('active'); });
    document.querySelectorAll('.disc-link[aria-current]').forEach(function (a) { a.removeAttribute('aria-current'); });
    var link = document.querySelector('.disc-link[data-d="' + n + '"]');
    if (link) link.setAttribute('aria-current', 'true');
    var marks = marksOf(n);
    marks.forEach(function (m) { m.classList.add('active'); });
    if (scroll) reveal(firstPerVersion(marks));
    document.body.setAttribute('data-active-disc', String(n));
  }

  function links() {
    return Array.prototype.slice.call(document.querySelectorAll('.disc-link'));
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('.disc-link') : null;
    if (!a) return;
    e.preventDefault();
    var n = a.getAttribute('data-d');
    activate(n, true);
    if (history.replaceState) history.replaceState(null, '', '#d' + n);
  });

  // j / k step through the discrepancies, as in a mail reader.
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
    if (e.key !== 'j' && e.key !== 'k') return;
    var all = links();
    if (!all.length) return;
    var cur = document.body.getAttribute('data-active-disc');
    var i = all.findIndex(function (a) { return a.getAttribute('data-d') === cur; });
    i = e.key === 'j' ? Math.min(all.length - 1, i + 1) : Math.max(0, i - 1);
    all[i].focus();
    activate(all[i].getAttribute('data-d'), true);
  });

  // The facts table's filter: rows are hidden in place (the form's
  // submit does the same on the server without script).
  function filterFacts() {
    var form = document.getElementById('fact-filter');
    if (!form) return;
    var kind = form.querySelector('#fact-kind').value;
    var status = form.querySelector('#fact-status').value;
    var shown = 0;
    document.querySelectorAll('.fact-table tbody tr').forEach(function (tr) {
      var ok = (!kind || tr.getAttribute('data-kind') === kind) && (!status || tr.getAttribute('data-status') === status);
      tr.hidden = !ok;
      if (ok) shown++;
    });
    var n = document.getElementById('fact-shown');
    if (n) n.textContent = String(shown);
  }

  document.addEventListener('change', function (e) {
    var t = e.target;
    if (!t || (t.id !== 'fact-kind' && t.id !== 'fact-status')) return;
    var form = document.getElementById('fact-filter');
    if (form.getAttribute('data-filtered')) {
      form.submit();
      return;
    }
    filterFacts();
  });

  // When the chosen versions do not fit side by side, say which are in
  // view and offer buttons that step one column sideways (the box's own
  // scroll bar is at the foot of the texts, far below).
  function columnNav() {
    var box = document.querySelector('.align-scroll');
    var nav = document.getElementById('colnav');
    if (!box || !nav) return;
    var heads = Array.prototype.slice.call(box.querySelectorAll('.ahead .vhead'));
    if (box.scrollWidth <= box.clientWidth + 1 || !heads.length || getComputedStyle(box.querySelector('.arow')).display !== 'grid') {
      nav.hidden = true;
      return;
    }
    nav.hidden = false;
    var b = box.getBoundingClientRect();
    var inView = heads.filter(function (h) {
      var r = h.getBoundingClientRect();
      return r.left >= b.left - 2 && r.right <= b.right + 2;
    }).map(function (h) { return h.getAttribute('data-v'); });
    var pos = document.getElementById('colpos');
    pos.textContent = (inView.length ? inView.join(' ') : 'part of a version') + ' in view of ' + heads.length;
    nav.querySelector('[data-step="-1"]').disabled = box.scrollLeft <= 1;
    nav.querySelector('[data-step="1"]').disabled = box.scrollLeft + box.clientWidth >= box.scrollWidth - 1;
  }

  document.addEventListener('click', function (e) {
    var btn = e.target.closest ? e.target.closest('#colnav .step') : null;
    if (!btn) return;
    var box = document.querySelector('.align-scroll');
    var head = box.querySelector('.ahead .vhead');
    var step = head ? head.getBoundingClientRect().width : box.clientWidth / 2;
    box.scrollLeft += step * Number(btn.getAttribute('data-step'));
  });

  // The stories list re-sorts as soon as an order is chosen.
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t && t.name === 'sort' && t.form && t.form.classList.contains('filters')) t.form.submit();
  });

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('.align-scroll');
    if (box) {
      box.addEventListener('scroll', columnNav, {passive: true});
      window.addEventListener('resize', columnNav);
      columnNav();
    }
    var m = /^#d(\d+)$/.exec(location.hash);
    if (m && document.querySelector('.disc-link[data-d="' + m[1] + '"]')) activate(m[1], true);
  });
})();
