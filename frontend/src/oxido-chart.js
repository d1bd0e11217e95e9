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
    const values = points.map((p) => p?.x).filter((x) => x != null && x >= axis.min && x <= axis.max);
    // Two releases closer than a tick label's width keep the newer one's tick (the tooltip names the other).
    const minGap = ((axis.max - axis.min) * 56) / Math.max(120, (axis.chart.width || 600) - 90);
    const kept = [];
    for (let i = values.length - 1; i >= 0; i--) {
      if (!kept.length || kept[kept.length - 1] - values[i] >= minGap) {
        kept.push(values[i]);
      }
    }
    axis.ticks = kept.reverse().map((x) => ({ value: x }));
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

// Labels of vertical lines (tree events at the top, article markers at the foot, gap marks) never overlap each
// other nor cross another line: each is put beside its own line, right or left, in the first free row; when its
// text does not fit, a shorter form (`oxidoShort`, then `oxidoTiny`) is tried, and a label that fits nowhere is
// left off (the list under the chart says it all). Positions are estimated from the element's width before the
// chart is drawn, so the chart is drawn once.
const LABEL_FONT = '11px sans-serif';
const LABEL_ROW = 30;
let measureContext;

function textWidth(text) {
  measureContext = measureContext ?? document.createElement('canvas').getContext('2d');
  measureContext.font = LABEL_FONT;
  return measureContext.measureText(text).width + 12;
}

function layoutLabels(config, width) {
  const annotations = config.options?.plugins?.annotation?.annotations ?? {};
  const lines = Object.values(annotations).filter((a) => a.type === 'line' && a.scaleID === 'x');
  if (!lines.length) {
    return;
  }
  const labels = config.data?.labels ?? [];
  const xs = (config.data?.datasets?.[0]?.data ?? []).map((p) => (p && typeof p === 'object' ? p.x : null))
    .filter((x) => x != null);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const left = 64;
  const right = Math.max(left + 50, width - 16);
  const frac = (value) => {
    if (typeof value === 'string') {
      const i = labels.indexOf(value);
      return labels.length > 1 ? i / (labels.length - 1) : 0.5;
    }
    if (xs.length && max > min) {
      return (value - min) / (max - min);
    }
    return labels.length > 1 ? value / (labels.length - 1) : 0.5;
  };
  const px = (value) => left + frac(value) * (right - left);
  const positions = lines.map((a) => px(a.value));
  const placed = { start: [], end: [] };
  const rows = { start: 4, end: 2 };
  const order = lines.map((a, i) => i).sort((i, j) => positions[i] - positions[j]);
  for (const i of order) {
    const a = lines[i];
    const label = a.label;
    if (!label || label.display === false) {
      continue;
    }
    const side = label.position === 'end' ? 'end' : 'start';
    const texts = [label.content, label.oxidoShort, label.oxidoTiny].filter((t) => t);
    delete label.oxidoShort;
    delete label.oxidoTiny;
    const x = positions[i];
    const others = positions.filter((_, j) => j !== i && Math.abs(positions[j] - x) > 0.5);
    let done = false;
    for (const text of texts) {
      const w = textWidth(text);
      for (let row = 0; row < rows[side] && !done; row++) {
        for (const dir of [1, -1]) {
          const from = dir > 0 ? x + 2 : x - 2 - w;
          const to = from + w;
          const free = from >= left - 60 && to <= right + 10
            && !others.some((o) => o > from - 10 && o < to + 10)
            && !placed[side].some((p) => p.row === row && p.from < to + 4 && from < p.to + 4);
          if (free) {
            placed[side].push({ row, from, to });
            label.content = text;
            label.xAdjust = dir * (w / 2 + 2);
            label.yAdjust = (side === 'start' ? 1 : -1) * row * LABEL_ROW;
            done = true;
            break;
          }
        }
      }
      if (done) {
        break;
      }
    }
    if (!done) {
      label.display = false;
    }
  }
}

class OxidoChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>:host{display:block;position:relative;min-height:200px;' +
      '--oxido-series-5:#8e5cd9;--oxido-series-6:#0f9fb0}' +
      ':host-context([theme~="dark"]){--oxido-series-5:#b18cf0;--oxido-series-6:#4cc9d8}' +
      'div{position:relative;width:100%;height:100%}span{display:none}' +
      'canvas:focus-visible{outline:2px solid var(--lumo-primary-color);outline-offset:2px}</style>' +
      '<div><canvas role="img" tabindex="0"></canvas></div><span></span>';
    this._canvas = this.shadowRoot.querySelector('canvas');
    // The keyboard path: Tab reaches the chart, the arrow keys (Home, End) move from release to release with the
    // tooltip and the page's values following, Enter opens the release, Escape leaves the selection.
    this._canvas.addEventListener('keydown', (event) => this._onKey(event));
    this._canvas.addEventListener('blur', () => this._select(null));
    this._lastHover = null;
  }

  connectedCallback() {
    // Flow may have set the properties before this class was defined: take them over without drawing, then draw
    // once (a setter per property drew the chart twice on load).
    for (const name of ['zoomRange', 'configJson']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[`_${name}`] = name === 'zoomRange' ? value || '' : value;
      }
    }
    // Drawn again only when the colours really changed (setting the same scheme again changes an attribute) or
    // the width changed enough to move the line labels.
    this._themeObserver = new MutationObserver(() => {
      if (this.chart && this._themeKey() !== this._drawnTheme) {
        this._reason = 'theme';
        this._render();
      }
    });
    for (const target of [document.documentElement, document.body]) {
      this._themeObserver.observe(target, { attributes: true, attributeFilter: ['theme', 'class', 'style'] });
    }
    // the OS switching between light and dark while the page is open
    this._schemeQuery = matchMedia('(prefers-color-scheme: dark)');
    this._onScheme = () => {
      if (this.chart && this._themeKey() !== this._drawnTheme) {
        this._reason = 'scheme';
        this._render();
      }
    };
    this._schemeQuery.addEventListener('change', this._onScheme);
    this._resizeObserver = new ResizeObserver(() => {
      if (this._waitingForWidth && this.clientWidth) {
        this._render();
      } else if (this.chart && Math.abs((this.clientWidth || 0) - this._drawnWidth) > 40) {
        this._reason = `resize ${this._drawnWidth} -> ${this.clientWidth}`;
        this._render();
      }
    });
    this._resizeObserver.observe(this);
    this._render();
  }

  _themeKey() {
    const probe = this.shadowRoot.querySelector('span');
    probe.style.color = 'var(--lumo-body-text-color)';
    return getComputedStyle(probe).color;
  }

  disconnectedCallback() {
    this._themeObserver?.disconnect();
    this._resizeObserver?.disconnect();
    this._schemeQuery?.removeEventListener('change', this._onScheme);
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
    this._ariaText = `${text ?? ''}. Arrow keys move between releases, Enter opens one.`;
    this._canvas.setAttribute('aria-label', this._ariaText);
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
    layoutLabels(config, this.clientWidth || 600);
    this._installStateHooks(config);
    config.options.onClick = (event, _active, chart) => this._onClick(event, chart);
    config.options.onHover = (event, _active, chart) => this._onHover(event, chart);
    return config;
  }

  _render() {
    if (!this.isConnected || !this._configJson) {
      return;
    }
    if (!this.clientWidth) {
      // connected but not laid out yet (Flow attaches before layout): drawn once it has a width, not twice
      this._waitingForWidth = true;
      return;
    }
    this._waitingForWidth = false;
    const reason = this._reason ?? 'config';
    this._reason = undefined;
    this._drawnTheme = this._themeKey();
    this._drawnWidth = this.clientWidth || 0;
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
    performance.mark(`oxido-chart-drawn:${this.id || 'chart'}`, { detail: { reason } });
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
      // A tap (touch or pen) only selects: the tooltip stays and the page offers an explicit "Open" action, so
      // a value can be read in place; a mouse click opens the release at once.
      const pointerType = event.native?.pointerType || 'mouse';
      this.dispatchEvent(new CustomEvent('chart-click', { detail: { ...point, pointerType } }));
    }
  }

  _onKey(event) {
    const chart = this.chart;
    const count = chart?.data.labels?.length ?? 0;
    if (!count) {
      return;
    }
    const current = this._keyIndex ?? -1;
    let next = null;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = Math.min(count - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = current < 0 ? count - 1 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        if (current >= 0) {
          event.preventDefault();
          this.dispatchEvent(new CustomEvent('chart-click', {
            detail: { datasetIndex: 0, index: current, label: chart.data.labels[current], pointerType: 'keyboard' },
          }));
        }
        return;
      case 'Escape':
        this._select(null);
        return;
      default:
        return;
    }
    event.preventDefault();
    this._select(next);
  }

  // Shows the tooltip at release `index` (null: none) as a pointer would, and reports it like a hover.
  _select(index) {
    const chart = this.chart;
    if (!chart) {
      return;
    }
    this._keyIndex = index;
    if (index === null) {
      chart.setActiveElements([]);
      chart.tooltip.setActiveElements([], { x: 0, y: 0 });
      chart.update('none');
      return;
    }
    const active = chart.data.datasets
      .map((d, datasetIndex) => ({ datasetIndex, index }))
      .filter(({ datasetIndex }) => chart.isDatasetVisible(datasetIndex));
    const point = chart.getDatasetMeta(active[0]?.datasetIndex ?? 0).data[index];
    chart.setActiveElements(active);
    chart.tooltip.setActiveElements(active, { x: point?.x ?? 0, y: point?.y ?? 0 });
    chart.update('none');
    const label = chart.data.labels[index] ?? null;
    this._canvas.setAttribute('aria-label', `${this._ariaText ?? ''}. Selected: ${label}. Enter opens it.`);
    this.dispatchEvent(new CustomEvent('chart-hover', { detail: { datasetIndex: 0, index, label } }));
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
