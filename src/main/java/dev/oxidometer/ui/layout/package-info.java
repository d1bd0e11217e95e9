/** How the views fit a phone's width as well as a desktop's: columns a narrow screen does without. */
package dev.oxidometer.ui.layout;
