package dev.oxidometer.scan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts per blob for the current {@link CountingRules#RULES_VERSION}, so that a blob shared by many tags is read once.
 * The scanner asks for a tag's keys in bulk and stores what it read in bulk; the application keeps them in its
 * database, the command line in memory.
 */
public interface BlobCache {

    /** The cached facts of those keys that are cached; missing keys are absent from the result. */
    Map<BlobKey, BlobFacts> getAll(Collection<BlobKey> keys);

    void putAll(Map<BlobKey, BlobFacts> facts);

    static BlobCache inMemory() {
        Map<BlobKey, BlobFacts> map = new ConcurrentHashMap<>();
        return new BlobCache() {
            @Override
            public Map<BlobKey, BlobFacts> getAll(Collection<BlobKey> keys) {
                Map<BlobKey, BlobFacts> hits = new HashMap<>();
                for (BlobKey key : keys) {
                    BlobFacts facts = map.get(key);
                    if (facts != null) {
                        hits.put(key, facts);
                    }
                }
                return hits;
            }

            @Override
            public void putAll(Map<BlobKey, BlobFacts> facts) {
                map.putAll(facts);
            }
        };
    }
}
