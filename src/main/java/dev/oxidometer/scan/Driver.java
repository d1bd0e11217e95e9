package dev.oxidometer.scan;

import java.util.List;

/**
 * Rust under {@code drivers/}: a module, or a library.
 * <ul>
 *   <li>{@code module}: a file that declares a kernel module with a {@code module!}-family macro, and its module
 *   tree ({@link ModuleTree}): the files its {@code mod name;} declarations reach.</li>
 *   <li>{@code library}: Rust under {@code drivers/} in no module's tree ({@code drivers/gpu/drm/drm_panic_qr.rs},
 *   linked into C code), with its own module tree.</li>
 * </ul>
 *
 * @param name    for a module, the name from the macro's {@code name:} field, else the file stem; for a library, the
 *                file stem (the directory name for a {@code mod.rs} or {@code lib.rs}); a driver keeps its identity
 *                across moves by this name
 * @param path    the declaring (root) file
 * @param kind    {@link #MODULE} or {@link #LIBRARY}
 * @param files   the {@code .rs} files of its module tree
 * @param lines   their lines
 * @param code    their code lines; {@code null} where stored under rules version 1, which did not count them
 * @param sources the paths of those files, root first; empty where stored under rules version 1
 */
public record Driver(String name, String path, String kind, int files, long lines, Long code, List<String> sources) {

    public static final String MODULE = "module";
    public static final String LIBRARY = "library";

    public Driver {
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (!MODULE.equals(kind) && !LIBRARY.equals(kind)) {
            throw new IllegalArgumentException("a driver's kind is module or library, not " + kind);
        }
    }

    /** A module as rules version 1 stored it: no code count, no file list. */
    public Driver(String name, String path, int files, long lines) {
        this(name, path, MODULE, files, lines, null, List.of());
    }

    public boolean isLibrary() {
        return LIBRARY.equals(kind);
    }
}
