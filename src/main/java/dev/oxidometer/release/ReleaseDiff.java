package dev.oxidometer.release;

import java.util.List;

/** What changed in Rust between two releases. */
public record ReleaseDiff(String fromTag, String toTag, List<FileChange> files, List<DriverChange> drivers,
                          List<String> abstractionsAdded, List<String> abstractionsRemoved) {
}
