package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.oxidometer.scan.BlobCache;
import dev.oxidometer.scan.BlobFacts;
import dev.oxidometer.scan.BlobKey;
import dev.oxidometer.scan.FileKind;
import dev.oxidometer.scan.LineCounts;
import dev.oxidometer.system.PropertiesConfig;

/**
 * The scan's blob-count cache on the embedded database. It commits a transaction per batch, as a scan does from its
 * job's thread: these tests run outside a test transaction, each under a rules version of its own.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({BlobCacheStore.class, PropertiesConfig.class})
class BlobCacheStoreTest {

    @Autowired
    BlobCacheStore store;

    private static String rules() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<BlobKey, BlobFacts> facts(int from, int count, String module) {
        Map<BlobKey, BlobFacts> facts = new HashMap<>();
        for (int i = from; i < from + count; i++) {
            // ids in no order, as the scanner's pack order hands them over
            String id = String.format("%040x", (i * 2_654_435_761L) & 0xffffffffL);
            facts.put(new BlobKey(id, FileKind.RUST), new BlobFacts(new LineCounts(i, i / 2, i / 4, 1, i % 3), 1, 2,
                    module, true, 0, 0));
        }
        return facts;
    }

    @Test
    void facts_put_in_several_batches_are_all_stored_once_and_read_back_by_the_next_scan() {
        String rules = rules();
        Map<BlobKey, BlobFacts> first = facts(0, 2 * BlobCacheStore.BATCH + 7, "m");
        Map<BlobKey, BlobFacts> second = facts(2 * BlobCacheStore.BATCH, 500, null);   // 7 of them known already
        BlobCache cache = store.open(rules);
        cache.putAll(first);
        assertThat(cache.getAll(first.keySet())).isEqualTo(first);
        cache.putAll(second);

        assertThat(store.size(rules)).isEqualTo(2 * BlobCacheStore.BATCH + 500);
        Map<BlobKey, BlobFacts> all = new HashMap<>(second);
        all.putAll(first);
        BlobCache reopened = store.open(rules);
        assertThat(reopened.getAll(all.keySet())).isEqualTo(all);
        all.forEach((key, value) -> assertThat(reopened.get(key)).as(key.blobId()).isEqualTo(value));
        assertThat(reopened.get(new BlobKey("f".repeat(40), FileKind.RUST))).isNull();
        BlobKey stored = first.keySet().iterator().next();
        assertThat(reopened.get(new BlobKey(stored.blobId(), FileKind.C))).as("the same blob as another kind").isNull();
    }

    @Test
    void a_write_that_fails_fails_the_put_and_keeps_the_batches_stored_before_it() {
        String rules = rules();
        Map<BlobKey, BlobFacts> facts = facts(0, 3 * BlobCacheStore.BATCH, null);
        // the last blob id in key order cannot be stored: its extras are longer than the column (VARCHAR(2000))
        BlobKey last = facts.keySet().stream().max((a, b) -> a.blobId().compareTo(b.blobId())).orElseThrow();
        facts.put(last, new BlobFacts(new LineCounts(1, 1, 0, 0, 0), 0, 0, "x".repeat(2500), true, 0, 0));

        assertThatThrownBy(() -> store.open(rules).putAll(facts)).isInstanceOf(DataAccessException.class);

        assertThat(store.size(rules)).as("the two whole batches before the failing one")
                .isEqualTo(2 * BlobCacheStore.BATCH);
    }
}
