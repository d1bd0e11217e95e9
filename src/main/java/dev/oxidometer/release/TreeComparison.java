package dev.oxidometer.release;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One release of a tree against a release of another tree (issue 13: Debian's 6.12.117 against another 6.12 tree):
 * the same comparison as between two releases of one tree ({@link ReleaseDiffer}: {@code .rs} files by path and
 * blob, drivers by name, modules of the kernel crate), read across repositories. "Added" in the result means only in
 * the second tree's release, "removed" only in the first's.
 */
@Service
@Transactional(readOnly = true)
public class TreeComparison {

    private final JdbcClient jdbc;
    private final ReleaseDiffer differ;

    public TreeComparison(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.differ = new ReleaseDiffer(jdbc);
    }

    /** What {@code to}'s release {@code toTag} has that {@code from}'s {@code fromTag} has not; empty when either is not stored. */
    public Optional<ReleaseDiff> diff(Repo from, String fromTag, Repo to, String toTag) {
        Optional<Long> fromId = releaseId(from, fromTag);
        Optional<Long> toId = releaseId(to, toTag);
        if (fromId.isEmpty() || toId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(differ.diff(fromTag, fromId.get(), toTag, toId.get()));
    }

    private Optional<Long> releaseId(Repo repo, String tag) {
        return jdbc.sql("SELECT id FROM release_tag WHERE repository_id = ? AND tag = ?").params(repo.id(), tag)
                .query(Long.class).optional();
    }
}
