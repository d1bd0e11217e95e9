// <oxido-chart>: a Chart.js 4 chart driven by a JSON configuration that the Java side (ChartJs) sets as the
// `configJson` property. The one copy of Chart.js is imported here and the plugins are registered once, at
// module load, so every chart on the page shares them.
import { Chart, registerables } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import zoomPlugin from 'chartjs-plugin-zoom';

Chart.register(...registerables, annotationPlugin, zoomPlugin);

// Colours arrive as `var(--lumo-...)`, optionally with an opacity (`var(--lumo-primary-color) / 0.3`), so that
// the Java side stays theme-agnostic. A canvas cannot use CSS variables, and Chart.js parses only rgb/hsl/hex,
// so each is resolved by a probe element (whatever colour syntax the theme uses) and normalised to rgba() by
// painting one pixel. Done again when the theme changes.
const COLOR_REF = /^var\((--[\w-]+)\)(?:\s*\/\s*([\d.]+))?$/;

function colorResolver(host) {
  const probe = host.shadowRoot.querySelector('span');
  const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const cache = new Map();
  return (text) => {
    if (cache.has(text)) {
      return cache.get(text);
    }
    const m = COLOR_REF.exec(text.trim());
    let result = text;
    if (m) {
      probe.style.color = `var(${m[1]})`;
      pixel.clearRect(0, 0, 1, 1);
      pixel.fillStyle = '#000';
      pixel.fillStyle = getComputedStyle(probe).color;
      pixel.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
      const alpha = (a / 255) * (m[2] !== undefined ? Number(m[2]) : 1);
      result = `rgba(${r}, ${g}, ${b}, ${alpha.toFixed(3)})`;
    }
    cache.set(text, result);
    return result;
  };
}

function resolveColors(value, resolve) {
  if (typeof value === 'string') {
    return value.startsWith('var(') ? resolve(value) : value;
  }
  if (Array.isArray(value)) {
    return value.map((v) => resolveColors(v, resolve));
  }
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = resolveColors(v, resolve);
    }
    return out;
  }
  return value;
}

// JSON cannot carry functions: a scale may ask for a named tick format instead.
const TICK_FORMATS = {
  date: (v) => new Date(v).toISOString().slice(0, 7),
  percent: (v) => `${v}%`,
};

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

// `oxidoFormat: "release-date"`: a date axis whose ticks are the releases themselves (the tag over its year and
// month), so that each release line on it is labelled; Chart.js skips ticks that would overlap.
function releaseDateTicks(scale, config) {
  scale.afterBuildTicks = (axis) => {
    const points = axis.chart.data.datasets[0]?.data ?? [];
    axis.ticks = points
      .map((p) => p?.x)
      .filter((x) => x != null && x >= axis.min && x <= axis.max)
      .map((x) => ({ value: x }));
  };
  scale.ticks = {
    ...(scale.ticks ?? {}),
    autoSkip: true,
    maxRotation: 0,
    callback: function (value) {
      const points = this.chart.data.datasets[0]?.data ?? [];
      const i = points.findIndex((p) => p?.x === value);
      const date = new Date(value).toISOString().slice(0, 7);
      return i < 0 ? date : [String(this.chart.data.labels?.[i] ?? ''), date];
    },
  };
  return config;
}

function formatValue(value, unit) {
  if (value == null || Number.isNaN(value)) {
    return 'no value';
  }
  if (unit === '%') {
    return `${NUMBER.format(value)}%`;
  }
  return unit ? `${NUMBER.format(value)} ${unit}` : NUMBER.format(value);
}

function installCallbacks(config) {
  const scales = config.options?.scales ?? {};
  for (const scale of Object.values(scales)) {
    if (scale.oxidoFormat === 'release-date') {
      releaseDateTicks(scale, config);
    } else {
      const format = TICK_FORMATS[scale.oxidoFormat];
      if (format) {
        scale.ticks = { ...(scale.ticks ?? {}), callback: format };
      }
    }
    delete scale.oxidoFormat;
  }
  config.options = config.options ?? {};
  config.options.plugins = config.options.plugins ?? {};
  const tooltip = (config.options.plugins.tooltip = config.options.plugins.tooltip ?? {});
  // `oxidoUnit` follows every value ("lines", "%"); `oxidoSums` adds footer lines, each the sum of the visible
  // series it names by index (all visible series when it names none): a stacked chart's total.
  const unit = tooltip.oxidoUnit;
  const sums = tooltip.oxidoSums ?? [];
  delete tooltip.oxidoUnit;
  delete tooltip.oxidoSums;
  // The point's label (a release tag) is what a reader wants as the tooltip title, also on a date axis.
  tooltip.callbacks = {
    ...(tooltip.callbacks ?? {}),
    title: (items) => (items.length ? items[0].chart.data.labels?.[items[0].dataIndex] ?? items[0].label : ''),
    label: (item) => `${item.dataset.label ?? ''}: ${formatValue(item.parsed.y, unit)}`,
    footer: (items) => sums
      .map((sum) => {
        const parts = items.filter((i) => !sum.datasets?.length || sum.datasets.includes(i.datasetIndex));
        if (!parts.length) {
          return null;
        }
        return `${sum.label}: ${formatValue(parts.reduce((t, i) => t + (i.parsed.y ?? 0), 0), unit)}`;
      })
      .filter((line) => line !== null),
  };
  return config;
}

class OxidoChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>:host{display:block;position:relative;min-height:200px;' +
      '--oxido-series-5:#8e5cd9;--oxido-series-6:#0f9fb0}' +
      ':host-context([theme~="dark"]){--oxido-series-5:#b18cf0;--oxido-series-6:#4cc9d8}' +
      'div{position:relative;width:100%;height:100%}span{display:none}</style>' +
      '<div><canvas role="img"></canvas></div><span></span>';
    this._canvas = this.shadowRoot.querySelector('canvas');
    this._lastHover = null;
  }

  connectedCallback() {
    // Flow may have set the property before this class was defined: re-apply it through the setter.
    for (const name of ['zoomRange', 'configJson']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._themeObserver = new MutationObserver(() => this._render());
    for (const target of [document.documentElement, document.body]) {
      this._themeObserver.observe(target, { attributes: true, attributeFilter: ['theme', 'class'] });
    }
    this._render();
  }

  disconnectedCallback() {
    this._themeObserver?.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
  }

  set configJson(json) {
    this._configJson = json;
    this._render();
  }

  get configJson() {
    return this._configJson;
  }

  set ariaLabelText(text) {
    this._canvas.setAttribute('aria-label', text ?? '');
  }

  _buildConfig() {
    const resolve = colorResolver(this);
    const config = installCallbacks(resolveColors(JSON.parse(this._configJson), resolve));
    const text = resolve('var(--lumo-secondary-text-color)');
    const grid = resolve('var(--lumo-contrast-10pct)');
    config.options.color = config.options.color ?? text;
    for (const scale of Object.values(config.options.scales ?? {})) {
      scale.ticks = { color: text, ...(scale.ticks ?? {}) };
      scale.grid = { color: grid, ...(scale.grid ?? {}) };
      if (scale.title) {
        scale.title = { color: text, ...scale.title };
      }
    }
    this._installMarkers(config);
    this._installStateHooks(config);
    config.options.onClick = (event, _active, chart) => this._onClick(event, chart);
    config.options.onHover = (event, _active, chart) => this._onHover(event, chart);
    return config;
  }

  _render() {
    if (!this.isConnected || !this._configJson) {
      return;
    }
    const config = this._buildConfig();
    if (this.chart && this.chart.config.type === config.type) {
      // Update in place: keeps the canvas and lets Chart.js animate between states.
      this.chart.data = config.data;
      this.chart.options = config.options;
      this.chart.update();
    } else {
      this.chart?.destroy();
      this.chart = new Chart(this._canvas, config);
    }
    this._applyZoomRange();
    // A standard User Timing mark: scripts/bench-ui.sh reads how long after navigation start the chart was drawn.
    performance.mark(`oxido-chart-drawn:${this.id || 'chart'}`);
    this.dispatchEvent(new CustomEvent('chart-rendered'));
  }

  // View state that lives in the page's URL: a legend click reports chart-legend {label, hidden} after Chart.js
  // toggled the series; the end of a zoom or pan reports chart-zoom {from, to} as the first and last release
  // labels in view (both null when the whole range shows again).
  _installStateHooks(config) {
    const plugins = config.options.plugins;
    plugins.legend = plugins.legend ?? {};
    plugins.legend.onClick = (event, item, legend) => {
      Chart.defaults.plugins.legend.onClick.call(legend, event, item, legend);
      const hidden = !legend.chart.isDatasetVisible(item.datasetIndex);
      this.dispatchEvent(new CustomEvent('chart-legend', { detail: { label: item.text, hidden } }));
    };
    const zoom = plugins.zoom;
    if (zoom) {
      const report = ({ chart }) => this._reportRange(chart);
      if (zoom.zoom) {
        zoom.zoom.onZoomComplete = report;
      }
      if (zoom.pan) {
        zoom.pan.onPanComplete = report;
      }
    }
  }

  // The first and last labels whose points are inside the x range shown.
  _visibleRange(chart) {
    const labels = chart.data.labels ?? [];
    const scale = chart.scales.x;
    if (!labels.length || !scale) {
      return { from: null, to: null };
    }
    if (scale.type === 'category') {
      const first = Math.max(0, Math.ceil(scale.min - 1e-9));
      const last = Math.min(labels.length - 1, Math.floor(scale.max + 1e-9));
      return { from: labels[first] ?? null, to: labels[last] ?? null };
    }
    const points = chart.data.datasets[0]?.data ?? [];
    let from = null;
    let to = null;
    points.forEach((p, i) => {
      if (p && p.x != null && p.x >= scale.min && p.x <= scale.max) {
        from = from ?? labels[i];
        to = labels[i];
      }
    });
    return { from, to };
  }

  _reportRange(chart) {
    const zoomed = typeof chart.isZoomedOrPanned === 'function' && chart.isZoomedOrPanned();
    const range = zoomed ? this._visibleRange(chart) : { from: null, to: null };
    this.dispatchEvent(new CustomEvent('chart-zoom', { detail: range }));
  }

  // `zoomRange` ("from,to" release labels, or empty) is applied as a zoom, so that "Reset zoom" returns to the
  // whole range.
  set zoomRange(value) {
    this._zoomRange = value || '';
    this._applyZoomRange();
  }

  get zoomRange() {
    return this._zoomRange;
  }

  _applyZoomRange() {
    const chart = this.chart;
    if (!chart) {
      return;
    }
    const [from, to] = (this._zoomRange || '').split(',');
    if (!from && !to) {
      if (chart.isZoomedOrPanned?.()) {
        chart.resetZoom('none');
      }
      return;
    }
    const labels = chart.data.labels ?? [];
    const i = from ? labels.indexOf(from) : 0;
    const j = to ? labels.indexOf(to) : labels.length - 1;
    if (i < 0 || j < 0 || i > j) {
      return;
    }
    const x = (k) => {
      if (chart.scales.x?.type === 'category') {
        return k;
      }
      return chart.data.datasets[0]?.data?.[k]?.x;
    };
    chart.zoomScale('x', { min: x(i), max: x(j) }, 'none');
  }

  resetZoom() {
    this._zoomRange = '';
    this.chart?.resetZoom('none');
  }

  // Saves the image or CSV at `url` as a file. "as shown" sizes (width=0) take the chart's size on screen; the
  // theme is the page's. Resolves when the file has been handed to the browser, with the time it took.
  async download(url, fileName) {
    const start = performance.now();
    const target = new URL(url, document.baseURI);
    if (target.searchParams.get('width') === '0') {
      const box = this.getBoundingClientRect();
      target.searchParams.set('width', String(Math.round(Math.min(4000, Math.max(200, box.width)))));
      target.searchParams.set('height', String(Math.round(Math.min(4000, Math.max(200, box.height)))));
    }
    if (target.searchParams.has('theme')) {
      const dark = (document.documentElement.getAttribute('theme') ?? '').split(' ').includes('dark');
      target.searchParams.set('theme', dark ? 'dark' : 'light');
    }
    const response = await fetch(target, { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`${response.status} ${await response.text()}`);
    }
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    const ms = performance.now() - start;
    performance.mark(`oxido-download:${fileName}`, { detail: { ms, url: target.toString() } });
    this.lastDownload = { url: target.toString(), fileName, ms, size: blob.size };
    return ms;
  }

  // Annotations carrying `oxidoMarker` (article markers) report pointer enter, leave and click as
  // chart-marker-hover / -leave / -click with {id}: chartjs-plugin-annotation has no tooltips, so the card is built
  // on the server. Hits are found here, on the marker's label at the foot of its line (the plugin's own events
  // need the pointer exactly on a 2 px line and ignore the chart's "index" interaction mode); the rest of the line
  // stays the release point's, so a click there still opens the release.
  _installMarkers(config) {
    const annotations = config.options.plugins?.annotation?.annotations ?? {};
    this._markers = [];
    for (const a of Object.values(annotations)) {
      if (a.oxidoMarker) {
        this._markers.push({ id: a.oxidoMarker, value: a.value });
        delete a.oxidoMarker;
      }
    }
  }

  _markerAt(event, chart) {
    if (!this._markers?.length || event.type === 'mouseout') {
      return null;
    }
    const scale = chart.scales.x;
    const area = chart.chartArea;
    if (event.y < area.bottom - 28 || event.y > area.bottom) {
      return null;
    }
    for (const m of this._markers) {
      const v = typeof m.value === 'string' ? scale.getLabels().indexOf(m.value) : m.value;
      if (v !== -1 && Math.abs(event.x - scale.getPixelForValue(v)) <= 40) {
        return m.id;
      }
    }
    return null;
  }

  _pointAt(event, chart) {
    const hits = chart.getElementsAtEventForMode(event, 'nearest', { intersect: false, axis: 'x' }, true);
    if (!hits.length) {
      return null;
    }
    const { datasetIndex, index } = hits[0];
    const labels = chart.data.labels ?? [];
    return { datasetIndex, index, label: labels[index] ?? null };
  }

  _onClick(event, chart) {
    const marker = this._markerAt(event, chart);
    if (marker) {
      this.dispatchEvent(new CustomEvent('chart-marker-click', { detail: { id: marker } }));
      return;
    }
    const point = this._pointAt(event, chart);
    if (point) {
      this.dispatchEvent(new CustomEvent('chart-click', { detail: point }));
    }
  }

  _onHover(event, chart) {
    const marker = this._markerAt(event, chart);
    if (marker !== this._overMarker) {
      if (this._overMarker) {
        this.dispatchEvent(new CustomEvent('chart-marker-leave', { detail: { id: this._overMarker } }));
      }
      if (marker) {
        this.dispatchEvent(new CustomEvent('chart-marker-hover', { detail: { id: marker } }));
      }
      this._overMarker = marker;
    }
    const point = this._pointAt(event, chart);
    const key = point ? `${point.datasetIndex}:${point.index}` : null;
    // Only changes go to the server: a mouse move over one point must not flood the connection.
    if (point && key !== this._lastHover) {
      this.dispatchEvent(new CustomEvent('chart-hover', { detail: point }));
    }
    this._lastHover = key;
  }
}

if (!customElements.get('oxido-chart')) {
  customElements.define('oxido-chart', OxidoChart);
}
