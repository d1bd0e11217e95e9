/** The scanner core: counting rules, line counters and the JGit release scanner. Pure Java and JGit, no Spring. */
package dev.oxidometer.scan;
