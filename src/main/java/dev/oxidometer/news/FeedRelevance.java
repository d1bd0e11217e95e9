package dev.oxidometer.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which feed entries to keep: those the editable {@link KeywordFilter} keeps, and those naming a tracked component
 * (an alias of the alias table, or a scanned driver's module name) together with Rust or the kernel, even without
 * both filter words ("NOVA-Core patches ... in the Linux kernel"). Subsystem-wide names (NVMe, PHY, PWM, cpufreq,
 * QR, DRM, Asahi, null block) are kept only with Rust: on their own with "Linux" they are mostly C news.
 * <p>
 * Namesakes are masked first, for both tests: "Nova Lake" (Intel processors), "Nova Launcher", "Rust Leadership
 * Council", "Rust Foundation board"; whole-word matching already keeps "Trust" and "antitrust" apart from Rust.
 * <p>
 * Built once per import; each entry costs a few precompiled patterns (the feed import runs it on every entry).
 */
public final class FeedRelevance {

    /** Names that are also (parts of) other things' names; masked before anything is matched. */
    static final List<String> NAMESAKES = List.of("Nova Lake", "Nova Launcher", "Rust Leadership Council",
            "Rust Foundation board", "Rust Belt");

    /** Component names that stand for a whole subsystem or an out-of-tree project: kept only with Rust. */
    static final Set<String> NEEDS_RUST = Set.of("nvme", "phy", "pwm", "cpufreq", "qr", "drm", "drm panic", "asahi",
            "null block", "block");

    private static final Pattern MASK = words(NAMESAKES);
    private static final Pattern RUST = words(List.of("rust", "rust-for-linux", "rust for linux"));
    private static final Pattern KERNEL = words(List.of("kernel", "linux", "mainline", "lkml"));

    private final KeywordFilter filter;
    private final Pattern components;
    private final Pattern rustOnlyComponents;

    private FeedRelevance(KeywordFilter filter, Pattern components, Pattern rustOnlyComponents) {
        this.filter = filter;
        this.components = components;
        this.rustOnlyComponents = rustOnlyComponents;
    }

    /** @param componentNames alias names and driver module names; spelled with - or _ they also match the other */
    public static FeedRelevance of(KeywordFilter filter, List<String> componentNames) {
        Set<String> distinctive = new LinkedHashSet<>();
        Set<String> rustOnly = new LinkedHashSet<>();
        for (String name : componentNames) {
            String n = name.strip();
            if (n.length() < 3 || ClaimRules.COMMON_WORDS.contains(n.toLowerCase(Locale.ROOT))) {
                continue;
            }
            (NEEDS_RUST.contains(n.toLowerCase(Locale.ROOT)) ? rustOnly : distinctive).addAll(Mentions.spellings(n));
        }
        return new FeedRelevance(filter, distinctive.isEmpty() ? null : words(distinctive),
                rustOnly.isEmpty() ? null : words(rustOnly));
    }

    /** The filter alone, with the namesakes masked: for callers without the alias table. */
    public static FeedRelevance of(KeywordFilter filter) {
        return new FeedRelevance(filter, null, null);
    }

    public boolean keeps(String text) {
        String t = MASK.matcher(text == null ? "" : text).replaceAll(" ");
        if (filter.matches(t)) {
            return true;
        }
        boolean rust = RUST.matcher(t).find();
        if (components != null && components.matcher(t).find() && (rust || KERNEL.matcher(t).find())) {
            return true;
        }
        return rustOnlyComponents != null && rust && rustOnlyComponents.matcher(t).find();
    }

    /** One case-insensitive whole-word alternation, longest names first. */
    private static Pattern words(java.util.Collection<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String n : sorted) {
            alternation.append(alternation.isEmpty() ? "" : "|").append(Pattern.quote(n));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
