/** REST, CSV and JSON export endpoints. */
package dev.oxidometer.api;
