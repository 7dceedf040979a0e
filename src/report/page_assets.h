// The report page's inline stylesheet (screen and print) and script (table sorting and
// filtering, tooltips, and an error hook the browser test reads). Kept apart from
// html.cpp so the page's code stays about data.
#pragma once

#include <string_view>

namespace bulkhead::report {

inline constexpr std::string_view kStyle = R"CSS(
:root{--bad:#c62828;--warn:#b7791f;--good:#2e7d32;--ink:#1d2733;--muted:#5b6675;--line:#e3e7ec;--bg:#f5f6f8;--head:#14213d}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{background:var(--head);color:#fff;padding:22px 36px 18px}
header h1{margin:0;font-size:22px;font-weight:650;letter-spacing:.01em}
header .meta{color:#c3cde0;font-size:13px;margin-top:4px}
nav{background:#fff;border-bottom:1px solid var(--line);padding:8px 36px;font-size:13px;position:sticky;top:0;z-index:5}
nav a{color:#2f5597;text-decoration:none;margin-right:16px;white-space:nowrap}
nav a:hover{text-decoration:underline}
main{max-width:1320px;margin:0 auto;padding:20px 36px 48px}
.strip{display:grid;grid-template-columns:repeat(auto-fit,minmax(165px,1fr));gap:12px;margin:0 0 20px}
.tile{background:#fff;border:1px solid var(--line);border-top:4px solid #9aa3ad;border-radius:6px;padding:10px 14px}
.tile.pass{border-top-color:var(--good)}.tile.fail{border-top-color:var(--bad)}.tile.warn{border-top-color:var(--warn)}
.tile .label{font-size:11.5px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.tile .num{font-size:27px;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.tile .sub{font-size:12px;color:var(--muted)}
.tile .verdict{font-size:11px;font-weight:700;letter-spacing:.06em}
.tile.pass .verdict{color:var(--good)}.tile.fail .verdict{color:var(--bad)}.tile.warn .verdict{color:var(--warn)}.tile.info .verdict{color:var(--muted)}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 22px 20px;margin:0 0 18px}
h2{font-size:17px;margin:0 0 4px}
h3{font-size:14px;margin:16px 0 6px}
p.lead{color:var(--muted);margin:0 0 12px;max-width:980px}
.cols{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.cols>div{min-width:300px;flex:1}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#f0f2f5;font-weight:600;white-space:nowrap}
table.sortable th{cursor:pointer;user-select:none}
table.sortable th:hover{background:#e4e8ee}
th[aria-sort=ascending]::after{content:" \25B2";font-size:9px}
th[aria-sort=descending]::after{content:" \25BC";font-size:9px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
table.compact{width:auto;min-width:560px}
td.nowrap{white-space:nowrap}
td.grade{text-align:center;padding:4px 3px}
td.grade .badge{font-size:11px;padding:1px 6px}
td.cls{max-width:250px}
#exposure-classes th{font-size:12px;padding:5px 4px}
tbody tr:hover{background:#fafbfc}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:11.5px;font-weight:600;white-space:nowrap}
.g-protected{background:#e3f2e6;color:#1b5e20}.g-allowed{background:#e5edf9;color:#1f4e8c}.g-exposed{background:#fde2e1;color:#9b1c1c}
.r-critical{background:#7f1d1d;color:#fff}.r-high{background:#c62828;color:#fff}.r-medium{background:#f6b73c;color:#2b2100}.r-low{background:#fdf0b5;color:#5c4a00}.r-info,.r-none{background:#eceef1;color:#4b5563}
.s-addressed,.s-closed,.s-pass{background:#e3f2e6;color:#1b5e20}.s-partially{background:#fff1cc;color:#7a5200}.s-not-addressed,.s-open,.s-fail{background:#fde2e1;color:#9b1c1c}.s-needs-purpose,.s-not-applicable,.s-n-a{background:#eceef1;color:#4b5563}
.pct{font-weight:700}.pct.bad{color:var(--bad)}.pct.warn{color:var(--warn)}.pct.good{color:var(--good)}
.big{font-size:34px;font-weight:750;line-height:1.1}
.at{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:11.5px;color:#4b5563;white-space:nowrap}
.muted{color:var(--muted)}
.filter{font:inherit;font-size:13px;padding:5px 9px;border:1px solid #c9d0d8;border-radius:5px;width:280px;margin:4px 0 8px}
.chart{overflow-x:auto;margin:6px 0 10px}
.legend{font-size:12px;color:var(--muted);margin:4px 0 8px}
.legend span{margin-right:14px}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px;vertical-align:-1px;margin-right:4px}
details summary{cursor:pointer;color:#2f5597}
details ul{margin:6px 0 2px;padding-left:18px}
.cause{border-left:4px solid #9aa3ad;padding:6px 12px;margin:0 0 10px;background:#fafbfc;border-radius:0 6px 6px 0}
.cause.critical,.cause.high{border-left-color:var(--bad)}.cause.medium{border-left-color:#f6b73c}
.cause .title{font-weight:600}
.cause .fix{margin-top:2px}
svg text{font-family:inherit}
svg .cell:hover rect,svg .node:hover rect{stroke:#14213d}
svg .bucket:hover rect{opacity:.8}
#tip{position:absolute;display:none;max-width:460px;background:#1d2733;color:#fff;padding:6px 9px;border-radius:4px;font-size:12px;line-height:1.4;white-space:pre-line;pointer-events:none;z-index:20;box-shadow:0 2px 8px rgba(0,0,0,.25)}
footer{color:var(--muted);font-size:12px;text-align:center;padding:0 0 24px}
@media print{
  body{background:#fff;font-size:11px}
  header{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 8px}
  header .meta{color:#333}
  nav,.filter,#tip{display:none}
  main{padding:0;max-width:none}
  section{border:none;border-top:1px solid #999;border-radius:0;padding:10px 0;break-inside:auto}
  h2,h3{break-after:avoid}
  .tile,tr,.cause,svg{break-inside:avoid}
  .chart{overflow:visible}
  tbody tr:hover{background:none}
}
)CSS";

inline constexpr std::string_view kScript = R"JS(
(function () {
  var root = document.documentElement;
  window.addEventListener('error', function (ev) {
    root.setAttribute('data-js-errors', (root.getAttribute('data-js-errors') || '') + ev.message + ';');
  });
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  // Sorting: click a header; numbers compare as numbers (data-sort overrides the text).
  function key(td) {
    var v = td ? td.getAttribute('data-sort') : '';
    if (v === null) v = td.textContent.trim();
    var n = Number(v.replace(/[,%]/g, ''));
    return v !== '' && !isNaN(n) ? {n: n} : {s: String(v).toLowerCase()};
  }
  function cmp(a, b) {
    if (a.n !== undefined && b.n !== undefined) return a.n - b.n;
    if (a.n !== undefined) return -1;
    if (b.n !== undefined) return 1;
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  }
  each(document.querySelectorAll('table.sortable'), function (t) {
    if (!t.tHead || !t.tBodies.length) return;
    var ths = t.tHead.rows[0].cells;
    each(ths, function (th, i) {
      th.addEventListener('click', function () {
        var body = t.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        each(ths, function (o) { o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        rows.sort(function (a, b) { return dir * cmp(key(a.cells[i]), key(b.cells[i])); });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  // Filtering: an input.filter hides the rows of its table that do not contain its text.
  each(document.querySelectorAll('input.filter'), function (inp) {
    var t = document.getElementById(inp.getAttribute('data-table'));
    if (!t) return;
    inp.addEventListener('input', function () {
      var q = inp.value.toLowerCase();
      each(t.tBodies[0].rows, function (r) {
        r.style.display = r.textContent.toLowerCase().indexOf(q) < 0 ? 'none' : '';
      });
    });
  });
  // Tooltips: one box that follows the pointer over anything with data-tip; the SVG
  // <title> fallbacks are removed so the browser's own tooltip does not show twice.
  var tip = document.getElementById('tip');
  each(document.querySelectorAll('[data-tip] > title'), function (t) { t.parentNode.removeChild(t); });
  document.addEventListener('mouseover', function (ev) {
    var el = ev.target && ev.target.closest ? ev.target.closest('[data-tip]') : null;
    if (!el) { tip.style.display = 'none'; return; }
    tip.textContent = el.getAttribute('data-tip');
    tip.style.display = 'block';
  });
  document.addEventListener('mousemove', function (ev) {
    if (tip.style.display !== 'block') return;
    var x = ev.pageX + 14, w = tip.offsetWidth;
    if (x + w > window.scrollX + document.documentElement.clientWidth) x = ev.pageX - w - 14;
    tip.style.left = x + 'px';
    tip.style.top = (ev.pageY + 14) + 'px';
  });
  // Printing shows every detail.
  window.addEventListener('beforeprint', function () {
    each(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  root.setAttribute('data-ready', '1');
})();
)JS";

}  // namespace bulkhead::report
