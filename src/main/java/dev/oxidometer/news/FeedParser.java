package dev.oxidometer.news;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with ROME. Documents with a DOCTYPE are refused outright: that closes external
 * entities (XXE) and entity expansion (billion laughs) in one rule, and real feeds do not need a DTD.
 */
public final class FeedParser {

    static final int MAX_SUMMARY = 1000;

    private FeedParser() {
    }

    public static ParsedFeed parse(byte[] bytes) throws FeedException {
        if (bytes == null || bytes.length == 0) {
            throw new FeedException("the feed is empty");
        }
        SyndFeed feed;
        try {
            feed = build(bytes, false);
        } catch (com.rometools.rome.io.FeedException | IOException | IllegalArgumentException notWellFormed) {
            try {
                feed = build(bytes, true);
            } catch (com.rometools.rome.io.FeedException | IOException | IllegalArgumentException e) {
                throw new FeedException(reason(e), e);
            }
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            entries.add(new FeedEntry(link(e), text(e.getTitle()), summary(e), date(e), text(e.getAuthor()),
                    e.getCategories().stream().map(SyndCategory::getName).map(FeedParser::text)
                            .filter(c -> c != null && !c.isBlank()).limit(10).toList()));
        }
        return new ParsedFeed(text(feed.getTitle()), feed.getFeedType(), entries);
    }

    /**
     * One reading with ROME. Its XML healer (HTML entities such as {@code &nbsp;} made numeric, anything before the
     * XML declaration dropped) copies the whole document character by character, about half of a large feed's parse;
     * a well-formed feed, which the healer leaves as it is, is read without it, and only a feed that then fails is
     * read again with it.
     */
    private static SyndFeed build(byte[] bytes, boolean heal) throws com.rometools.rome.io.FeedException, IOException {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);   // ROME's default; stated so that nobody flips it unknowingly
            input.setXmlHealerOn(heal);
            return input.build(reader);
        }
    }

    private static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("doctype")) {
            return "the feed declares a DOCTYPE, which is refused (DTDs and external entities are not allowed)";
        }
        if (e instanceof IllegalArgumentException && lower.contains("invalid document")) {
            return "not an RSS or Atom feed";
        }
        return "not a readable RSS or Atom feed: " + m;
    }

    private static String link(SyndEntry e) {
        if (e.getLink() != null && !e.getLink().isBlank()) {
            return e.getLink().strip();
        }
        for (SyndLink l : e.getLinks()) {
            if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                return l.getHref().strip();
            }
        }
        // RSS 2.0 items may carry their URL only as a permalink guid
        return e.getUri() != null && e.getUri().startsWith("http") ? e.getUri().strip() : null;
    }

    private static Instant date(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant();
    }

    /** Feed summaries are often HTML: keep their text only, shortened to a summary's length. */
    private static String summary(SyndEntry e) {
        SyndContent c = e.getDescription();
        if (c == null && !e.getContents().isEmpty()) {
            c = e.getContents().getFirst();
        }
        if (c == null || c.getValue() == null) {
            return null;
        }
        String plain = Jsoup.parse(c.getValue()).text().strip();
        return plain.length() <= MAX_SUMMARY ? plain : plain.substring(0, MAX_SUMMARY - 1).strip() + "…";
    }

    private static String text(String s) {
        return s == null ? null : s.strip();
    }
}
