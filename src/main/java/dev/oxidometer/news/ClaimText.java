package dev.oxidometer.news;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A text to check, made safe and split into sentences: at most {@link #MAX_BYTES} of UTF-8, no binary, HTML read as
 * its text (tags dropped, entities decoded, scripts and styles left out; nothing of it is ever rendered).
 */
public final class ClaimText {

    /** 100 kB of UTF-8: a long article is a tenth of it. */
    public static final int MAX_BYTES = 100 * 1024;

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?>|&[a-zA-Z]+;|&#\\d+;");
    /** A sentence ends at . ! ? followed by space and a capital, digit, quote or bracket; or at a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\\p{Lu}\\p{N}\"“‘(\\[])|\\s*\\R\\s*\\R\\s*");

    /** A sentence of the text and where it starts. */
    public record Sentence(String text, int start) {
    }

    /** The text is not acceptable; {@code tooLarge} tells a size refusal (413) from the others (400). */
    public static final class Refused extends IllegalArgumentException {
        private final boolean tooLarge;

        Refused(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    private final String text;
    private final boolean html;

    private ClaimText(String text, boolean html) {
        this.text = text;
        this.html = html;
    }

    /**
     * @throws Refused for a missing or blank text, one over {@link #MAX_BYTES}, or one that is binary (NUL bytes,
     *                 or more than 1 % control characters other than tab and line breaks)
     */
    public static ClaimText of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new Refused("text is required: the text to check, as plain text or HTML", false);
        }
        int bytes = raw.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new Refused("text is " + bytes + " bytes; at most " + MAX_BYTES + " bytes (100 kB) are checked", true);
        }
        long control = raw.chars().filter(ch -> ch == 0 || (Character.isISOControl(ch) && ch != '\t' && ch != '\n'
                && ch != '\r') || ch == 0xFFFD).count();
        if (raw.indexOf('\u0000') >= 0 || control * 100 > raw.length()) {
            throw new Refused("text looks binary (NUL or control characters): send the article as text or HTML",
                    false);
        }
        boolean html = TAG.matcher(raw).find();
        String plain = html ? htmlText(raw) : raw;
        if (plain.isBlank()) {
            throw new Refused("text has no readable words once the HTML tags are dropped", false);
        }
        return new ClaimText(plain.replace('\u00a0', ' '), html);
    }

    /** The plain text that is checked. */
    public String text() {
        return text;
    }

    /** Whether the text was HTML (its tags were dropped). */
    public boolean wasHtml() {
        return html;
    }

    public List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(out, start, m.start());
            start = m.end();
        }
        add(out, start, text.length());
        return out;
    }

    private void add(List<Sentence> out, int from, int to) {
        String s = text.substring(from, to);
        int lead = s.length() - s.stripLeading().length();
        if (!s.isBlank()) {
            out.add(new Sentence(s.strip().replaceAll("\\s+", " "), from + lead));
        }
    }

    /** Block elements end a line, so that headings and paragraphs stay sentences of their own. */
    private static String htmlText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, head").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, doc.body());
        return out.toString();
    }
}
