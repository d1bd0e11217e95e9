package dev.oxidometer.scan;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * One extracted kernel tree (a tarball, no git), scanned as a single snapshot named from its top-level
 * {@code Makefile}. Blob ids are computed as git would, so that the cache and the drill-down work the same way.
 */
final class DirectoryKernelSource implements KernelSource {

    private static final Pattern MAKE_VARIABLE = Pattern.compile("^(VERSION|PATCHLEVEL)\\s*=\\s*(\\d+)\\s*$");
    private static final int CHUNK = 64;

    private final Path root;
    private final ReleaseTag snapshot;
    private final int threads;

    private DirectoryKernelSource(Path root, ReleaseTag snapshot, int threads) {
        this.root = root;
        this.snapshot = snapshot;
        this.threads = threads;
    }

    /** The tree at {@code root}, or {@code null} when it has no kernel {@code Makefile}. */
    static DirectoryKernelSource openIfKernelTree(Path root, int threads) {
        Path makefile = root.resolve("Makefile");
        if (!Files.isRegularFile(makefile)) {
            return null;
        }
        Map<String, Integer> version = new HashMap<>();
        try {
            for (String line : Files.readAllLines(makefile, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                Matcher m = MAKE_VARIABLE.matcher(line);
                if (m.matches()) {
                    version.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
                }
            }
            if (!version.containsKey("VERSION") || !version.containsKey("PATCHLEVEL")) {
                return null;
            }
            int major = version.get("VERSION");
            int minor = version.get("PATCHLEVEL");
            Instant date = Files.getLastModifiedTime(makefile).toInstant();
            return new DirectoryKernelSource(root,
                    new ReleaseTag("v" + major + "." + minor, major, minor, 0, null, date, null), threads);
        } catch (IOException | NumberFormatException e) {
            throw new ScanException("cannot read " + makefile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<ReleaseTag> tags() {
        return List.of(snapshot);
    }

    @Override
    public List<TreeFile> files(ReleaseTag tag) {
        List<TreeFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {   // walkFileTree does not follow links: symlinks are not counted
                        String path = root.relativize(file).toString().replace('\\', '/');
                        FileKind kind = CountingRules.kindOf(path);
                        if (kind != null || GitKernelSource.isSpecial(path)) {
                            files.add(new TreeFile(path, null, kind));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ScanException("cannot list " + root + ": " + e.getMessage(), e);
        }
        return files;
    }

    @Override
    public Facts facts(List<TreeFile> files, BlobCache cache, IntConsumer filesDone) {
        List<TreeFile> counted = files.stream().filter(f -> f.kind() != null).toList();
        // a Formatter keeps one MessageDigest: one per thread
        Map<TreeFile, FileFacts> read = Parallel.map(counted, threads, CHUNK, ObjectInserter.Formatter::new, (hasher, file) -> {
            byte[] data = Files.readAllBytes(root.resolve(file.path()));
            String blobId = hasher.idFor(Constants.OBJ_BLOB, data).name();
            return new FileFacts(file, blobId, BlobFactsReader.read(data, data.length, file.kind()));
        }, filesDone);
        Map<BlobKey, BlobFacts> toCache = new HashMap<>();
        read.values().forEach(f -> toCache.put(new BlobKey(f.blobId(), f.file().kind()), f.facts()));
        cache.putAll(toCache);
        return new Facts(List.copyOf(read.values()), 0);
    }

    @Override
    public byte[] content(TreeFile file) {
        Path path = root.resolve(file.path());
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ScanException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public void close() {
    }
}
