package dev.oxidometer.news;

import java.util.List;

/**
 * One claim a text makes about the kernel tree, checked by one of the {@link ClaimRules}.
 *
 * @param kind     the rule that found it: presence, landing, docs, build, size, share or unverifiable
 * @param subject  what it is about: a component ("Binder"), "Rust support", a page ("quick-start"), "no_std", ...
 * @param quote    the part of the text it came from (a sentence, shortened around the match when long)
 * @param evidence one or more sentences naming the release(s) and the files or numbers the verdict rests on
 * @param releases the scanned releases the evidence used, oldest first
 */
public record Claim(String kind, String subject, String quote, Verdict verdict, String evidence,
                    List<String> releases) {

    public Claim {
        releases = List.copyOf(releases);
    }
}
