package dev.oxidometer.news;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.oxidometer.release.ReleaseGaps;
import dev.oxidometer.scan.Category;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * First start: an empty article table is filled with the coverage shipped in the jar ({@value #LOCATION}), real
 * articles about Rust in the Linux kernel, each verified to exist and recorded with how, so that the news half of
 * the product shows before anyone imports a feed. Each article comes with accepted links to what it is about: a
 * kernel release it names is linked to the scanned release whose range holds it ({@link ReleaseGaps#scannedHolding},
 * never to a release that was not scanned), drivers and abstraction modules by their names in the scanned data.
 * A target the stored history does not have is left out (and logged), never stored as a dangling link.
 * <p>
 * Runs when the application is ready, that is after the bundled dataset ({@code release/BundledDataset}) was
 * loaded, so that the links find their releases. Loads only into an empty article table: a second start, or a
 * database where someone deleted the bundled articles and added others, is left alone.
 */
@Component
public class BundledCoverage {

    public static final String LOCATION = "news/bundled-coverage.json";

    /** Who created the bundled articles and their links. */
    public static final String CREATED_BY = "bundled-coverage";

    private static final Logger log = LoggerFactory.getLogger(BundledCoverage.class);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The file: {@code articles}, in any order. */
    public record Coverage(String description, List<Entry> articles) {
        public Coverage {
            articles = articles == null ? List.of() : List.copyOf(articles);
        }
    }

    /**
     * One article as published.
     *
     * @param published    the publication date the page states, {@code yyyy-mm-dd}
     * @param summary      one sentence of our own, not the article's text
     * @param about        what it is linked to
     * @param verification how its title, URL and date were verified
     */
    public record Entry(String title, String url, String outlet, String author, String published, String summary,
                        About about, Verification verification) {

        /** The publication date at noon UTC (the pages give a day, not a time), or empty when it is no date. */
        public Optional<Instant> publishedAt() {
            try {
                return Optional.of(LocalDate.parse(published == null ? "" : published).atTime(12, 0)
                        .toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * What an article is about.
     *
     * @param releases     kernel releases it is about, as tag names ({@code v6.8}), scanned or not
     * @param drivers      driver (and library) names as the scanned data has them ({@code rust_asix_phy})
     * @param abstractions abstraction module names of the kernel crate ({@code net}, {@code block})
     * @param categories   category keys ({@code drivers}, {@code abstractions}, …)
     */
    public record About(List<String> releases, List<String> drivers, List<String> abstractions,
                        List<String> categories) {
        public About {
            releases = releases == null ? List.of() : List.copyOf(releases);
            drivers = drivers == null ? List.of() : List.copyOf(drivers);
            abstractions = abstractions == null ? List.of() : List.copyOf(abstractions);
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    /**
     * How an article was verified to exist.
     *
     * @param method  {@code stored-copy} (a stored public copy of the page, or of a syndicated or mirrored copy,
     *                found with a search of stored pages) or {@code primary-source}
     * @param corpus  for a stored copy: which collection it was found in ({@code pages}, {@code docs}, …)
     * @param address the address of the copy that was read
     * @param shows   what that copy shows: the title, the date and where the date comes from
     */
    public record Verification(String method, String corpus, String address, String shows) {
    }

    /** A link the loader makes, with why. */
    public record PlannedLink(LinkKind kind, String target, String reason) {
    }

    private final CoverageSettings settings;
    private final ArticleStore articles;
    private final LinkStore links;
    private final KernelInventory inventory;
    private final TransactionTemplate transactions;
    private final Resource resource;
    private final Clock clock;

    @Autowired
    public BundledCoverage(CoverageSettings settings, ArticleStore articles, LinkStore links,
                           KernelInventory inventory, PlatformTransactionManager transactions) {
        this(settings, articles, links, inventory, transactions, new ClassPathResource(LOCATION), Clock.systemUTC());
    }

    BundledCoverage(CoverageSettings settings, ArticleStore articles, LinkStore links, KernelInventory inventory,
                    PlatformTransactionManager transactions, Resource resource, Clock clock) {
        this.settings = settings;
        this.articles = articles;
        this.links = links;
        this.inventory = inventory;
        this.transactions = new TransactionTemplate(transactions);
        this.resource = resource;
        this.clock = clock;
    }

    /** Reads a coverage file. @throws IOException for unreadable JSON or a field the format does not have */
    public static Coverage read(InputStream in) throws IOException {
        try {
            return JSON.readValue(in, Coverage.class);
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    /**
     * How the bundled article with this (canonical) URL was verified, read from the file in the jar; empty for an
     * article that is not in it.
     */
    public static Optional<Verification> verification(String url) {
        return Optional.ofNullable(Shipped.VERIFICATIONS.get(url));
    }

    /** The shipped file's verification records by canonical URL, read once. */
    private static final class Shipped {
        static final Map<String, Verification> VERIFICATIONS = read();

        private static Map<String, Verification> read() {
            Map<String, Verification> out = new LinkedHashMap<>();
            ClassPathResource file = new ClassPathResource(LOCATION);
            if (!file.exists()) {
                return out;
            }
            try (InputStream in = file.getInputStream()) {
                for (Entry e : BundledCoverage.read(in).articles()) {
                    if (CanonicalUrl.isWebUrl(e.url()) && e.verification() != null) {
                        out.put(CanonicalUrl.of(e.url()), e.verification());
                    }
                }
            } catch (IOException e) {
                log.error("Could not read the bundled coverage classpath:{}: {}", LOCATION, e.getMessage());
            }
            return Map.copyOf(out);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        loadIfEmpty();
    }

    /** Loads the bundled coverage when the setting is on and no article is stored; the number of articles loaded. */
    public int loadIfEmpty() {
        if (!settings.loadBundledNews()) {
            return 0;
        }
        if (!resource.exists()) {
            log.info("No bundled coverage at classpath:{}; starting without articles", LOCATION);
            return 0;
        }
        Coverage coverage;
        try (InputStream in = resource.getInputStream()) {
            coverage = read(in);
        } catch (IOException e) {
            // a defect of the build, not of the user's data: say so and keep the application usable
            log.error("The bundled coverage classpath:{} is unreadable and was not loaded: {}", LOCATION,
                    e.getMessage());
            return 0;
        }
        try {
            Integer loaded = transactions.execute(status -> articles.isEmpty()
                    ? store(coverage) : 0);
            return loaded == null ? 0 : loaded;
        } catch (DataAccessException e) {
            // another instance on the same database loaded it first (the URLs are unique): nothing is lost
            log.warn("The bundled coverage was not loaded: {}", e.getMostSpecificCause().getMessage());
            return 0;
        }
    }

    private int store(Coverage coverage) {
        Map<String, Entry> byUrl = new LinkedHashMap<>();
        List<ArticleDraft> drafts = new ArrayList<>();
        for (Entry e : coverage.articles()) {
            try {
                ArticleDraft draft = draft(e).validate();
                if (byUrl.putIfAbsent(draft.url(), e) == null) {
                    drafts.add(draft);
                } else {
                    log.error("Bundled coverage: {} is listed twice; the second entry was left out", draft.url());
                }
            } catch (InvalidArticleException ex) {
                log.error("Bundled coverage: the entry \"{}\" is invalid and was left out: {}", e.title(),
                        ex.getMessage());
            }
        }
        Instant now = clock.instant();
        Map<String, Long> ids = articles.insertAll(drafts, CREATED_BY, now);
        int linked = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Entry> e : byUrl.entrySet()) {
            long id = ids.get(e.getKey());
            for (PlannedLink link : plan(e.getValue().about(), inventory, missing)) {
                links.insert(id, link.kind(), link.target(), ArticleLink.MANUAL, ArticleLink.ACCEPTED, link.reason(),
                        0, CREATED_BY, now);
                linked++;
            }
        }
        log.info("Loaded the bundled coverage: {} articles, {} accepted links", ids.size(), linked);
        if (!missing.isEmpty()) {
            log.info("Bundled coverage: {} links left out, their targets are not in the stored history: {}",
                    missing.size(), String.join(", ", new LinkedHashSet<>(missing)));
        }
        return ids.size();
    }

    static ArticleDraft draft(Entry e) {
        return new ArticleDraft(e.url(), e.title(), e.outlet(), e.publishedAt().orElse(null), e.author(),
                e.summary(), List.of());
    }

    /**
     * The links for what an article is about, resolved against the stored history; targets it does not have go to
     * {@code missing} (as {@code kind:target}) instead.
     */
    public static List<PlannedLink> plan(About about, KernelInventory inventory, List<String> missing) {
        List<PlannedLink> out = new ArrayList<>();
        ReleaseGaps gaps = inventory.gaps();
        Set<String> releaseTargets = new LinkedHashSet<>();
        for (String release : about.releases()) {
            Optional<String> holding = gaps.scannedHolding(release);
            if (holding.isEmpty()) {
                missing.add("release:" + release);
            } else if (releaseTargets.add(holding.get())) {
                out.add(new PlannedLink(LinkKind.RELEASE, holding.get(), releaseReason(release, holding.get(), gaps)));
            }
        }
        Set<String> drivers = new LinkedHashSet<>();
        inventory.drivers().forEach(d -> drivers.add(d.name()));
        add(out, missing, LinkKind.DRIVER, about.drivers(), drivers::contains);
        Set<String> modules = new LinkedHashSet<>(inventory.abstractions());
        add(out, missing, LinkKind.ABSTRACTION, about.abstractions(), modules::contains);
        add(out, missing, LinkKind.CATEGORY, about.categories(),
                key -> Arrays.stream(Category.values()).anyMatch(c -> c.key().equals(key)));
        return out;
    }

    private static void add(List<PlannedLink> out, List<String> missing, LinkKind kind, List<String> targets,
                            java.util.function.Predicate<String> known) {
        for (String target : new LinkedHashSet<>(targets)) {
            if (known.test(target)) {
                out.add(new PlannedLink(kind, target, "bundled coverage: the article is about " + kind.key() + " "
                        + target));
            } else {
                missing.add(kind.key() + ":" + target);
            }
        }
    }

    private static String releaseReason(String release, String scanned, ReleaseGaps gaps) {
        if (release.equals(scanned)) {
            return "bundled coverage: the article is about " + release + ", a scanned release";
        }
        return "bundled coverage: the article is about " + release + ", which was not scanned; " + scanned
                + " is the scanned release whose range holds it (" + gaps.firstSeenIn(scanned).phrase() + ")";
    }
}
