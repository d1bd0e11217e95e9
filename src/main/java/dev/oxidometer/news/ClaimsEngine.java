package dev.oxidometer.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * Reads a text sentence by sentence and checks each claim it makes about the kernel tree against the scanned
 * releases, by the {@link ClaimRules}. Stores nothing. The same engine checks a pasted text ({@code POST
 * /api/claims}, the Articles view's "Check a text") and a stored article (its title and summary, at its date).
 */
@Service
public class ClaimsEngine {

    private final KernelInventory inventory;
    private final AliasStore aliases;

    public ClaimsEngine(KernelInventory inventory, AliasStore aliases) {
        this.inventory = inventory;
        this.aliases = aliases;
    }

    /**
     * @param text as the user sent it: plain text or HTML, at most {@link ClaimText#MAX_BYTES}
     * @param at   the date the text speaks from (size, share and minimum rustc are compared with the newest release
     *             scanned by then), or {@code null} for now
     * @throws ClaimText.Refused for an empty, too large or binary text
     */
    public List<Claim> check(String text, Instant at) {
        return check(ClaimText.of(text), at, inventory, aliases.all());
    }

    /** A stored article: its title and summary, as of its publication date. */
    public List<Claim> check(Article article) {
        return check(article, inventory, aliases.all());
    }

    static List<Claim> check(Article article, KernelInventory inventory, List<Alias> aliases) {
        String text = article.title() + (article.summary() == null || article.summary().isBlank() ? ""
                : "\n\n" + article.summary());
        return check(ClaimText.of(text), article.publishedAt(), inventory, aliases);
    }

    /** The rules, in the order they are applied to a sentence. */
    public static List<ClaimRule> rules() {
        return ClaimRules.RULES;
    }

    static List<Claim> check(ClaimText text, Instant at, KernelInventory inventory, List<Alias> aliases) {
        ClaimContext ctx = new ClaimContext(inventory, aliases, at);
        List<ClaimRules.Component> components = ClaimRules.components(ctx);
        Set<String> present = new HashSet<>();
        Set<String> pages = new HashSet<>();
        Set<String> builds = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<Claim> out = new ArrayList<>();
        for (ClaimText.Sentence s : text.sentences()) {
            List<Claim> found = new ArrayList<>();
            found.addAll(ClaimRules.landing(s, ctx, components));
            found.addAll(ClaimRules.presence(s, ctx, components, present));
            found.addAll(ClaimRules.docs(s, ctx, pages));
            found.addAll(ClaimRules.build(s, ctx, builds));
            found.addAll(ClaimRules.size(s, ctx));
            found.addAll(ClaimRules.share(s, ctx));
            if (found.isEmpty() && !ClaimRules.mentionsAny(s, components)) {
                ClaimRules.unmatched(s).ifPresent(found::add);
            }
            for (Claim c : found) {
                if (seen.add(c.kind() + "\u0000" + c.subject() + "\u0000" + c.quote())) {
                    out.add(namingReleases(c, ctx));
                }
            }
        }
        return out;
    }

    private static final Pattern RELEASE_NAME = Pattern.compile("\\bv\\d+\\.\\d+");

    /**
     * Evidence always names releases: a claim whose evidence names none (one that no rule checks, or one whose rule
     * found nothing to compare) says which releases were scanned, and which was the newest at the text's date.
     */
    static Claim namingReleases(Claim c, ClaimContext ctx) {
        if (ctx.empty() || RELEASE_NAME.matcher(c.evidence()).find()) {
            return c;
        }
        String current = ctx.current().map(r -> ", " + r.tag() + " the newest at the text's date")
                .orElse(", none of them out at the text's date");
        return new Claim(c.kind(), c.subject(), c.quote(), c.verdict(),
                c.evidence() + " (" + ctx.scannedSpan() + current + ".)", c.releases());
    }
}
