/** How the views write numbers, dates and durations: one format for every view, below ui and ui/news. */
package dev.oxidometer.ui.format;
