/** News in the dashboard: the Articles view, the article form and detail, article lists for other views. */
package dev.oxidometer.ui.news;
