// Draws every element with a data-chart attribute (an ECharts option as JSON written by the server). The same
// figures are in the table beside each chart, so the page reads the same without JavaScript.
(function () {
  function draw(el) {
    if (el.dataset.drawn || !window.echarts) { return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(JSON.parse(el.getAttribute('data-chart')));
    el.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var details = el.closest('details');
    if (details && !details.open) {
      details.addEventListener('toggle', function () { if (details.open) { draw(el); } });
    } else {
      draw(el);
    }
  });
})();
