/** Vaadin views over the stored data. */
package dev.oxidometer.ui;
