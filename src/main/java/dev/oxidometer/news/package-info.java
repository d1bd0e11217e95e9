/** News coverage: articles, feed import, links between articles and data, suggestions and claim checks. */
package dev.oxidometer.news;
