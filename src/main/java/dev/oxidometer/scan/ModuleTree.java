package dev.oxidometer.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The files of a crate's module tree, by Rust's rules for out-of-line modules: the root file, and every file its
 * {@code mod name;} declarations reach, recursively.
 * <ul>
 *   <li>In the crate root, a {@code mod.rs}, {@code lib.rs} or {@code main.rs}, and in a file loaded through
 *   {@code #[path]} (which rustc treats like a {@code mod.rs}), {@code mod foo;} is {@code foo.rs} or
 *   {@code foo/mod.rs} beside the file.</li>
 *   <li>In any other file {@code bar.rs}, it is {@code bar/foo.rs} or {@code bar/foo/mod.rs}.</li>
 *   <li>{@code #[path = "…"]} names the file instead, relative to the declaring file's directory; inside inline
 *   modules relative to that directory (plus {@code bar/} for a non-mod-rs {@code bar.rs}) and the inline
 *   modules' names.</li>
 *   <li>An inline {@code mod outer { mod foo; }} nests a directory level: {@code outer/foo.rs}.</li>
 *   <li>{@code include!("file.rs")} (a string literal) makes that file, relative to the including file's
 *   directory, part of the module.</li>
 * </ul>
 * A declaration whose file the tree does not hold (a {@code cfg}'d-out platform file, a generated file) adds nothing.
 */
final class ModuleTree {

    private ModuleTree() {
    }

    /**
     * @param root   the crate root's path
     * @param decls  the module declarations of a file of the tree, by path
     * @param exists whether the tree holds a {@code .rs} file at a path
     * @return the root and every file reached, root first, then in the order they are reached
     */
    static List<String> files(String root, Function<String, List<ModDeclarations.Decl>> decls,
                              Function<String, Boolean> exists) {
        Set<String> reached = new LinkedHashSet<>();
        reached.add(root);
        record Visit(String path, boolean ownsDirectory) {
        }
        Deque<Visit> todo = new ArrayDeque<>();
        todo.add(new Visit(root, true));
        while (!todo.isEmpty()) {
            Visit file = todo.poll();
            String dir = CountingRules.dirName(file.path());
            String stem = stem(file.path());
            boolean modRs = file.ownsDirectory() || stem.equals("mod") || stem.equals("lib") || stem.equals("main");
            String base = modRs ? dir : join(dir, stem);
            for (ModDeclarations.Decl decl : decls.apply(file.path())) {
                String inline = String.join("/", decl.inline());
                List<Visit> candidates = new ArrayList<>(2);
                if (decl.include()) {
                    // include!("x.rs") is relative to the including file, and its text is part of that module
                    candidates.add(new Visit(normalize(join(dir, decl.path())), file.ownsDirectory()));
                } else if (decl.path() != null) {
                    String from = inline.isEmpty() ? dir : join(base, inline);
                    candidates.add(new Visit(normalize(join(from, decl.path())), true));
                } else {
                    String d = inline.isEmpty() ? base : join(base, inline);
                    candidates.add(new Visit(join(d, decl.name() + ".rs"), false));
                    candidates.add(new Visit(join(d, decl.name() + "/mod.rs"), true));
                }
                for (Visit candidate : candidates) {
                    if (candidate.path() != null && exists.apply(candidate.path())) {
                        if (reached.add(candidate.path())) {
                            todo.add(candidate);
                        }
                        break;
                    }
                }
            }
        }
        return List.copyOf(reached);
    }

    private static String stem(String path) {
        String base = CountingRules.baseName(path);
        return base.endsWith(".rs") ? base.substring(0, base.length() - 3) : base;
    }

    private static String join(String dir, String name) {
        return dir.isEmpty() ? name : dir + "/" + name;
    }

    /** Resolves {@code .} and {@code ..}; {@code null} when the path climbs out of the tree. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
