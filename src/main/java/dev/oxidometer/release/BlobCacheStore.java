package dev.oxidometer.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import dev.oxidometer.scan.BlobCache;
import dev.oxidometer.scan.BlobFacts;
import dev.oxidometer.scan.BlobKey;
import dev.oxidometer.scan.FileKind;
import dev.oxidometer.scan.LineCounts;

/**
 * The {@code blob_counts} table: counts per blob id and rules version, so that a restart or a rescan does not
 * recount unchanged blobs. A scan {@link #open}s a cache that reads the rules version's rows once, answers from
 * memory and writes new facts through in batches.
 */
@Repository
public class BlobCacheStore {

    static final int BATCH = 1000;

    private static final String INSERT = "INSERT INTO blob_counts (rules_version, blob_id, kind, lines, code, comments,"
            + " blanks, extras) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public BlobCacheStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public BlobCache open(String rulesVersion) {
        Map<BlobKey, BlobFacts> known = new ConcurrentHashMap<>();
        jdbc.query("SELECT blob_id, kind, lines, code, comments, blanks, extras FROM blob_counts WHERE rules_version = ?",
                rs -> {
                    known.put(new BlobKey(rs.getString(1), FileKind.valueOf(rs.getString(2))),
                            BlobFacts.decode(new LineCounts(rs.getLong(3), rs.getLong(4), rs.getLong(5),
                                    rs.getLong(6)), rs.getString(7)));
                }, rulesVersion);
        return new BlobCache() {
            @Override
            public BlobFacts get(BlobKey key) {
                return known.get(key);
            }

            @Override
            public void putAll(Map<BlobKey, BlobFacts> facts) {
                List<Map.Entry<BlobKey, BlobFacts>> added = new ArrayList<>();
                facts.forEach((key, value) -> {
                    if (known.putIfAbsent(key, value) == null) {
                        added.add(Map.entry(key, value));
                    }
                });
                // in key order: the scanner hands them over in pack order, random for the primary key's B-tree,
                // where each batch then dirties a page per row and H2 rewrites the whole tree's worth of pages
                // (the 230k new rows of a kernel's first scan: 9 s, sorted 2 s)
                added.sort(BlobCacheStore::inKeyOrder);
                for (int from = 0; from < added.size(); from += BATCH) {
                    // a batch's rows at a time, not the first scan's 230k at once
                    List<Object[]> rows = new ArrayList<>(BATCH);
                    for (Map.Entry<BlobKey, BlobFacts> entry : added.subList(from, Math.min(added.size(),
                            from + BATCH))) {
                        rows.add(row(rulesVersion, entry.getKey(), entry.getValue()));
                    }
                    insert(rows);
                }
            }
        };
    }

    public long size(String rulesVersion) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM blob_counts WHERE rules_version = ?", Long.class,
                rulesVersion);
    }

    private void insert(List<Object[]> rows) {
        try {
            transactions.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rows));
        } catch (DuplicateKeyException e) {
            // another scan (of another repository sharing blobs) stored some of them meanwhile: same facts, keep theirs
            for (Object[] row : rows) {
                try {
                    jdbc.update(INSERT, row);
                } catch (DuplicateKeyException duplicate) {
                    // already there
                }
            }
        }
    }

    /** The primary key's order within one rules version: blob id, then kind, as the database compares them. */
    private static int inKeyOrder(Map.Entry<BlobKey, BlobFacts> a, Map.Entry<BlobKey, BlobFacts> b) {
        int byId = a.getKey().blobId().compareTo(b.getKey().blobId());
        return byId != 0 ? byId : a.getKey().kind().name().compareTo(b.getKey().kind().name());
    }

    private static Object[] row(String rulesVersion, BlobKey key, BlobFacts facts) {
        LineCounts c = facts.counts();
        return new Object[] {rulesVersion, key.blobId(), key.kind().name(), c.lines(), c.code(), c.comments(),
                c.blanks(), facts.encodeExtras()};
    }
}
