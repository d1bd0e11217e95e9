/**
 * Chart images for citing: the dashboard's charts drawn on the server (PNG, SVG, and the CSV of the series
 * shown), each stamped with where its numbers come from, and served at {@code /api/charts/*} by its own controller.
 * Presentation, so it lives in the ui layer (the toolbar uses the same snapshot, citation and file names); it reads
 * the release package, and neither the domain nor the api package reads it. No Vaadin here: Java2D, JFreeChart,
 * JFreeSVG.
 */
package dev.oxidometer.ui.chart.image;
