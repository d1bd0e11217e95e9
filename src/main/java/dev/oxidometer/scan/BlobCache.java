package dev.oxidometer.scan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Facts per blob for the current {@link CountingRules#RULES_VERSION}, so that a blob shared by many tags is read once.
 * The scanner asks for each file's key in turn (the caches here answer from memory) and stores what it read in bulk;
 * the application keeps them in its database, the command line in memory.
 */
public interface BlobCache {

    /** The cached facts of one key, or {@code null}. */
    BlobFacts get(BlobKey key);

    /** The cached facts of those keys that are cached; missing keys are absent from the result. */
    default Map<BlobKey, BlobFacts> getAll(Collection<BlobKey> keys) {
        Map<BlobKey, BlobFacts> hits = new HashMap<>();
        for (BlobKey key : keys) {
            BlobFacts facts = get(key);
            if (facts != null) {
                hits.put(key, facts);
            }
        }
        return hits;
    }

    void putAll(Map<BlobKey, BlobFacts> facts);

    /**
     * A cache opened on first use: a rescan that finds every tag stored never reads the stored counts (for a kernel,
     * a few hundred thousand rows).
     */
    static BlobCache lazy(Supplier<BlobCache> open) {
        return new BlobCache() {
            private volatile BlobCache cache;

            private BlobCache cache() {
                BlobCache opened = cache;
                if (opened == null) {
                    synchronized (this) {
                        if (cache == null) {
                            cache = open.get();
                        }
                        opened = cache;
                    }
                }
                return opened;
            }

            @Override
            public BlobFacts get(BlobKey key) {
                return cache().get(key);
            }

            @Override
            public void putAll(Map<BlobKey, BlobFacts> facts) {
                cache().putAll(facts);
            }
        };
    }

    static BlobCache inMemory() {
        Map<BlobKey, BlobFacts> map = new ConcurrentHashMap<>();
        return new BlobCache() {
            @Override
            public BlobFacts get(BlobKey key) {
                return map.get(key);
            }

            @Override
            public void putAll(Map<BlobKey, BlobFacts> facts) {
                map.putAll(facts);
            }
        };
    }
}
