package dev.oxidometer.release;

/**
 * Something that changed in the tree between two consecutive scanned releases of the timeline: it happened after
 * {@code afterTag}, at or before {@code tag} ({@link ReleaseGaps#between}; {@code exact} when no release is missing
 * between them). Kinds: {@value TreeEvents#CRATE_ADDED}, {@value TreeEvents#CRATE_REMOVED},
 * {@value TreeEvents#DRIVER_ADDED}, {@value TreeEvents#DRIVER_REMOVED}, {@value TreeEvents#DRIVER_MOVED},
 * {@value TreeEvents#RUSTC_MIN_CHANGED}, {@value TreeEvents#FIRST_RUST}, {@value TreeEvents#FIRST_DRIVER}.
 *
 * @param subject what changed: a crate ({@code rust/syn}), a driver's name, {@code rustc}
 * @param detail  what a reader needs to judge it: category and size, old and new path, old and new version
 */
public record TreeEvent(String tag, String afterTag, boolean exact, String kind, String subject, String detail) {

    /** The range the event happened in, worded by {@link ReleaseRange}. */
    public ReleaseRange range(ReleaseGaps gaps) {
        return gaps.between(afterTag, tag);
    }
}
