package dev.oxidometer.scan;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak heap in use, sampled every 10 ms on a daemon thread, for the benchmarks: the sum of the memory pools' own
 * peaks overstates it (they peak at different times).
 */
final class HeapPeak {

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private HeapPeak() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler = Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    static HeapPeak start() {
        return new HeapPeak();
    }

    /** The peak so far, in MiB. */
    double mib() {
        return peak.get() / 1048576.0;
    }

    /** Starts over (for the next part of a benchmark). */
    void reset() {
        peak.set(0);
    }

    void stop() {
        sampler.interrupt();
    }
}
