package dev.oxidometer.release;

import java.nio.file.Path;

/**
 * A kernel repository named in the configuration ({@code oxidometer.repositories[n]}); {@code name} defaults to the
 * directory name of {@code path}.
 */
public record ConfiguredRepository(String name, Path path, boolean includeRc) {

    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        Path file = path == null ? null : path.toAbsolutePath().normalize().getFileName();
        return file == null ? "linux" : file.toString();
    }
}
