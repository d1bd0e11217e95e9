/** Cross-cutting configuration: security, properties, executors. */
package dev.oxidometer.system;
