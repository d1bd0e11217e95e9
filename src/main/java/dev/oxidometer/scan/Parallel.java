package dev.oxidometer.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.eclipse.jgit.errors.MissingObjectException;

/**
 * Maps items on a few threads, each with a context of its own (a JGit {@code ObjectReader} is not thread-safe),
 * handing out consecutive chunks so that items that are near each other in the input are read by one thread in order.
 */
final class Parallel {

    /** How often the calling thread reports progress while it waits. */
    private static final long PROGRESS_MILLIS = 250;

    @FunctionalInterface
    interface Work<C, T, R> {
        R apply(C context, T item) throws IOException;
    }

    private Parallel() {
    }

    static <C extends AutoCloseable, T, R> Map<T, R> map(List<T> items, int threads, int chunk, Supplier<C> context,
                                                          Work<C, T, R> work, IntConsumer done) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Map<T, R>> results = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        int count = Math.max(1, Math.min(threads, (items.size() + chunk - 1) / chunk));
        for (int t = 0; t < count; t++) {
            Map<T, R> result = new HashMap<>();
            results.add(result);
            workers.add(Thread.ofPlatform().name("oxidometer-read-" + t).start(() -> {
                try (C ctx = context.get()) {
                    int start;
                    while (failure.get() == null && (start = next.getAndAdd(chunk)) < items.size()) {
                        int end = Math.min(items.size(), start + chunk);
                        for (int i = start; i < end; i++) {
                            T item = items.get(i);
                            result.put(item, work.apply(ctx, item));
                            finished.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread worker : workers) {
            joinReporting(worker, finished, done);
        }
        Throwable error = failure.get();
        if (error != null) {
            throw asScanException(error);
        }
        done.accept(finished.get());
        Map<T, R> all = new HashMap<>(items.size() * 2);
        results.forEach(all::putAll);
        return all;
    }

    private static void joinReporting(Thread worker, AtomicInteger finished, IntConsumer done) {
        try {
            while (!worker.join(java.time.Duration.ofMillis(PROGRESS_MILLIS))) {
                done.accept(finished.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanException("the scan was interrupted", e);
        }
    }

    private static ScanException asScanException(Throwable error) {
        if (error instanceof ScanException scan) {
            return scan;
        }
        if (error instanceof MissingObjectException missing) {
            return new ScanException("object " + missing.getObjectId().name() + " is missing from the repository",
                    missing);
        }
        if (error instanceof OutOfMemoryError oom) {
            throw oom;
        }
        return new ScanException("cannot read a file: " + error, error);
    }
}
