package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BlobCacheTest {

    private static final BlobKey RUST = new BlobKey("a".repeat(40), FileKind.RUST);
    private static final BlobFacts FACTS = new BlobFacts(new LineCounts(3, 2, 1, 0, 0), 1, 0, null, false, 0, 0);

    @Test
    void one_key_is_answered_as_the_bulk_lookup_answers_it() {
        BlobCache cache = BlobCache.inMemory();
        cache.putAll(Map.of(RUST, FACTS));

        assertThat(cache.get(RUST)).isEqualTo(FACTS);
        assertThat(cache.get(new BlobKey(RUST.blobId(), FileKind.C))).as("the same blob read as C").isNull();
        assertThat(cache.getAll(List.of(RUST, new BlobKey("b".repeat(40), FileKind.RUST))))
                .isEqualTo(Map.of(RUST, FACTS));
    }

    @Test
    void a_lazy_cache_opens_once_at_its_first_use_and_answers_single_keys_from_the_opened_one() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        BlobCache cache = BlobCache.lazy(() -> {
            opened.incrementAndGet();
            BlobCache inner = BlobCache.inMemory();
            inner.putAll(Map.of(RUST, FACTS));
            return inner;
        });
        assertThat(opened).hasValue(0);

        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Callable<BlobFacts>> lookups = List.of(() -> cache.get(RUST), () -> cache.get(RUST),
                    () -> cache.get(RUST), () -> cache.get(RUST));
            for (Future<BlobFacts> found : threads.invokeAll(lookups)) {
                assertThat(found.get()).isEqualTo(FACTS);
            }
        }
        assertThat(cache.getAll(List.of(RUST))).isEqualTo(Map.of(RUST, FACTS));
        assertThat(opened).hasValue(1);
    }

    @Test
    void a_cache_that_only_answers_single_keys_answers_bulk_lookups_through_them() {
        BlobCache inner = BlobCache.inMemory();
        inner.putAll(Map.of(RUST, FACTS));
        BlobCache singleOnly = new BlobCache() {
            @Override
            public BlobFacts get(BlobKey key) {
                return inner.get(key);
            }

            @Override
            public void putAll(Map<BlobKey, BlobFacts> facts) {
                inner.putAll(facts);
            }
        };
        assertThat(singleOnly.getAll(List.of(RUST, new BlobKey("c".repeat(40), FileKind.DOC))))
                .isEqualTo(Map.of(RUST, FACTS));
        assertThat(singleOnly.getAll(List.of())).isEmpty();
    }
}
