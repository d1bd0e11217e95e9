/** Stored release history: scan results in the database, background rescans and their progress. */
package dev.oxidometer.release;
