// Draws every element with a data-chart attribute (an ECharts option as JSON written by the server). The same
// figures are in the table beside each chart, so the page reads the same without JavaScript.
(function () {
  function draw(el) {
    if (el.dataset.drawn || !window.echarts) { return; }
    var option = JSON.parse(el.getAttribute('data-chart'));
    // Horizontal bars (a ranking) get room for each name, on two lines if need be.
    if (option.yAxis && option.yAxis.type === 'category') {
      el.style.height = Math.max(360, option.yAxis.data.length * 44 + 60) + 'px';
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option);
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
