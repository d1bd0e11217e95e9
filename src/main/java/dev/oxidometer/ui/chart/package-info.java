/** A small self-contained Chart.js component for Vaadin Flow, shaped so it could be published as an add-on. */
package dev.oxidometer.ui.chart;
