package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class InventorySnapshotTest {

    /** Counts every read, as the stored catalog would cost one query each. */
    private static final class CountingInventory implements KernelInventory {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public List<Release> releases() {
            reads.incrementAndGet();
            return List.of(new Release("v6.1", Instant.parse("2022-12-11T00:00:00Z"), false),
                    new Release("v6.12", Instant.parse("2024-11-17T00:00:00Z"), false));
        }

        @Override
        public List<String> rustPaths(String tag) {
            reads.incrementAndGet();
            return List.of("rust/kernel/lib.rs");
        }

        @Override
        public List<DriverRef> drivers() {
            reads.incrementAndGet();
            return List.of(new DriverRef("rnull_mod", "drivers/block/rnull.rs"));
        }

        @Override
        public List<String> abstractions() {
            reads.incrementAndGet();
            return List.of("block", "net");
        }

        @Override
        public Map<String, Object> metrics(String tag) {
            reads.incrementAndGet();
            return Map.of("rust.files", 1);
        }
    }

    @Test
    void each_answer_is_read_once_and_then_kept() {
        CountingInventory source = new CountingInventory();
        KernelInventory once = InventorySnapshot.of(source);

        for (int i = 0; i < 3; i++) {
            assertThat(once.releases()).extracting(KernelInventory.Release::tag).containsExactly("v6.1", "v6.12");
            assertThat(once.drivers()).extracting(KernelInventory.DriverRef::name).containsExactly("rnull_mod");
            assertThat(once.abstractions()).containsExactly("block", "net");
            assertThat(once.rustPaths("v6.12")).containsExactly("rust/kernel/lib.rs");
            assertThat(once.metrics("v6.12")).containsEntry("rust.files", 1);
            assertThat(once.gaps().scanned()).containsExactly("v6.1", "v6.12");
        }
        // releases, drivers, abstractions, rust paths of v6.12, its metrics; the gaps read the releases once more
        assertThat(source.reads).hasValue(6);
    }

    @Test
    void a_snapshot_of_a_snapshot_is_itself() {
        KernelInventory once = InventorySnapshot.of(new CountingInventory());

        assertThat(InventorySnapshot.of(once)).isSameAs(once);
    }

    @Test
    void suggestions_for_a_batch_read_the_inventory_once_not_once_per_article() {
        CountingInventory source = new CountingInventory();
        KernelInventory once = InventorySnapshot.of(source);
        List<Article> batch = List.of(article(1, "Rust null block driver rnull_mod"), article(2, "Linux 6.12 and Rust"),
                article(3, "The net abstractions in Rust"));

        List<List<Suggestion>> made = batch.stream().map(a -> LinkSuggester.suggest(a, once, List.of())).toList();

        assertThat(made.get(0)).extracting(Suggestion::target).contains("rnull_mod");
        assertThat(made.get(2)).extracting(Suggestion::target).contains("net");
        assertThat(source.reads.get()).isLessThanOrEqualTo(4);
    }

    private static Article article(long id, String title) {
        Instant date = Instant.parse("2025-01-10T00:00:00Z");
        return new Article(id, "https://example.org/" + id, title, "Example", date, null, null, List.of(), null, date);
    }
}
