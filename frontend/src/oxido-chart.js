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

function installCallbacks(config) {
  const scales = config.options?.scales ?? {};
  for (const scale of Object.values(scales)) {
    const format = TICK_FORMATS[scale.oxidoFormat];
    if (format) {
      scale.ticks = { ...(scale.ticks ?? {}), callback: format };
    }
    delete scale.oxidoFormat;
  }
  config.options = config.options ?? {};
  config.options.plugins = config.options.plugins ?? {};
  const tooltip = (config.options.plugins.tooltip = config.options.plugins.tooltip ?? {});
  // The point's label (a release tag) is what a reader wants as the tooltip title, also on a date axis.
  tooltip.callbacks = {
    ...(tooltip.callbacks ?? {}),
    title: (items) => (items.length ? items[0].chart.data.labels?.[items[0].dataIndex] ?? items[0].label : ''),
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
    if (Object.prototype.hasOwnProperty.call(this, 'configJson')) {
      const value = this.configJson;
      delete this.configJson;
      this.configJson = value;
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
    // A standard User Timing mark: scripts/bench-ui.sh reads how long after navigation start the chart was drawn.
    performance.mark(`oxido-chart-drawn:${this.id || 'chart'}`);
    this.dispatchEvent(new CustomEvent('chart-rendered'));
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
