package dev.oxidometer.scan;

/**
 * A Rust driver: a file under {@code drivers/} that declares a module with a {@code module!}-family macro.
 *
 * @param name  the module name from the macro's {@code name:} field, else the file stem; a driver keeps its
 *              identity across moves by this name
 * @param path  the declaring file
 * @param files the {@code .rs} files under the declaring file's directory (recursively)
 * @param lines their lines
 */
public record Driver(String name, String path, int files, long lines) {
}
