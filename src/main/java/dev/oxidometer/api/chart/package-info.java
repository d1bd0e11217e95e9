/**
 * Chart images for citing: the dashboard's charts drawn on the server (PNG, SVG, and the CSV of the series
 * shown), each stamped with where its numbers come from. Presentation only: it reads the release package, and
 * the domain never reads it.
 */
package dev.oxidometer.api.chart;
