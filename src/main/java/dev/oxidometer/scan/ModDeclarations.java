package dev.oxidometer.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The out-of-line module declarations of one Rust file ({@code mod foo;}), with what decides which file each one
 * loads: a {@code #[path = "…"]} attribute, and the inline modules ({@code mod outer { … }}) it sits in. Comments,
 * strings, char literals and other attributes are read past, so a brace or a {@code mod} inside them changes nothing.
 */
final class ModDeclarations {

    /**
     * One {@code mod name;} declaration, or an {@code include!("file.rs")} of Rust text.
     *
     * @param path    the {@code #[path = "…"]} value (or the included file), or {@code null}
     * @param inline  the names of the inline modules it is declared in, outermost first
     * @param include an {@code include!}: the file's text is part of the declaring file, relative to its directory
     */
    record Decl(String name, String path, List<String> inline, boolean include) {
        Decl {
            inline = List.copyOf(inline);
        }

        Decl(String name, String path, List<String> inline) {
            this(name, path, inline, false);
        }
    }

    private enum Kind { IDENT, STRING, PUNCT }

    private record Token(Kind kind, String text) {
        boolean is(String s) {
            return kind != Kind.STRING && text.equals(s);
        }
    }

    private ModDeclarations() {
    }

    static List<Decl> of(byte[] source) {
        return source == null ? List.of() : parse(tokens(new String(source, StandardCharsets.UTF_8)));
    }

    static List<Decl> of(String source) {
        return parse(tokens(source));
    }

    private static List<Decl> parse(List<Token> tokens) {
        List<Decl> decls = new ArrayList<>();
        Deque<String> inline = new ArrayDeque<>();      // names of the open inline modules, innermost first
        Deque<Integer> inlineDepth = new ArrayDeque<>(); // the brace depth each one opened at
        int depth = 0;
        String pendingPath = null;
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.is("#")) {
                int j = i + 1;
                if (j < tokens.size() && tokens.get(j).is("!")) {
                    j++;
                }
                if (j < tokens.size() && tokens.get(j).is("[")) {
                    int end = closing(tokens, j, "[", "]");
                    if (end - j == 4 && tokens.get(j + 1).is("path") && tokens.get(j + 2).is("=")
                            && tokens.get(j + 3).kind() == Kind.STRING) {
                        pendingPath = tokens.get(j + 3).text();
                    }
                    i = end + 1;
                    continue;
                }
            }
            if (t.is("include") && i + 4 < tokens.size() && tokens.get(i + 1).is("!") && tokens.get(i + 2).is("(")
                    && tokens.get(i + 3).kind() == Kind.STRING && tokens.get(i + 4).is(")")) {
                decls.add(new Decl("include!", tokens.get(i + 3).text(), List.of(), true));
                i += 5;
                continue;
            }
            if (t.is("mod") && i + 2 < tokens.size() && tokens.get(i + 1).kind() == Kind.IDENT) {
                String name = tokens.get(i + 1).text();
                Token after = tokens.get(i + 2);
                if (after.is(";")) {
                    List<String> outer = new ArrayList<>(inline);
                    java.util.Collections.reverse(outer);
                    decls.add(new Decl(name, pendingPath, outer));
                    pendingPath = null;
                    i += 3;
                    continue;
                }
                if (after.is("{")) {
                    inline.push(name);
                    inlineDepth.push(depth);
                    depth++;
                    pendingPath = null;
                    i += 3;
                    continue;
                }
            }
            if (t.is("{")) {
                depth++;
                pendingPath = null;
            } else if (t.is("}")) {
                depth--;
                if (!inlineDepth.isEmpty() && inlineDepth.peek() == depth) {
                    inlineDepth.pop();
                    inline.pop();
                }
                pendingPath = null;
            } else if (t.is(";")) {
                pendingPath = null;
            }
            i++;
        }
        return decls;
    }

    /** The index of the token closing the bracket opened at {@code open}, or the last index. */
    private static int closing(List<Token> tokens, int open, String opener, String closer) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).is(opener)) {
                depth++;
            } else if (tokens.get(k).is(closer) && --depth == 0) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    /** Identifiers, string literal values and single punctuation characters; comments and the rest dropped. */
    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int depth = 1;
                i += 2;
                while (i < n && depth > 0) {
                    if (s.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (s.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else {
                        i++;
                    }
                }
            } else if (c == '"') {
                i = string(s, i + 1, out);
            } else if (c == '\'') {
                i = charOrLifetime(s, i);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                String word = s.substring(start, i);
                int raw = (word.equals("r") || word.equals("br") || word.equals("cr")) ? rawHashes(s, i) : -1;
                if (raw >= 0) {
                    i = rawString(s, i, raw, out);
                } else if ((word.equals("b") || word.equals("c")) && i < n && s.charAt(i) == '"') {
                    i = string(s, i + 1, out);
                } else if (word.equals("r") && i + 1 < n && s.charAt(i) == '#' && isIdentStart(s.charAt(i + 1))) {
                    int start2 = ++i;   // a raw identifier, r#type
                    while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                        i++;
                    }
                    out.add(new Token(Kind.IDENT, s.substring(start2, i)));
                } else {
                    out.add(new Token(Kind.IDENT, word));
                }
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
            } else {
                out.add(new Token(Kind.PUNCT, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static int string(String s, int i, List<Token> out) {
        StringBuilder value = new StringBuilder();
        while (i < s.length() && s.charAt(i) != '"') {
            if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                value.append(s.charAt(i + 1));
                i += 2;
            } else {
                value.append(s.charAt(i++));
            }
        }
        out.add(new Token(Kind.STRING, value.toString()));
        return i + 1;
    }

    /** The number of {@code #} before the quote of a raw string starting at {@code i}, or -1 when none starts. */
    private static int rawHashes(String s, int i) {
        int h = 0;
        while (i + h < s.length() && s.charAt(i + h) == '#') {
            h++;
        }
        return i + h < s.length() && s.charAt(i + h) == '"' ? h : -1;
    }

    private static int rawString(String s, int i, int hashes, List<Token> out) {
        int start = i + hashes + 1;
        String close = "\"" + "#".repeat(hashes);
        int end = s.indexOf(close, start);
        if (end < 0) {
            out.add(new Token(Kind.STRING, s.substring(start)));
            return s.length();
        }
        out.add(new Token(Kind.STRING, s.substring(start, end)));
        return end + close.length();
    }

    /** Skips a char literal ({@code 'x'}, {@code '\n'}, {@code '{'}) or the quote of a lifetime ({@code 'a}). */
    private static int charOrLifetime(String s, int i) {
        int n = s.length();
        if (i + 1 < n && s.charAt(i + 1) == '\\') {
            int j = i + 2;
            while (j < n && s.charAt(j) != '\'' && s.charAt(j) != '\n') {
                j++;
            }
            return j + 1;
        }
        int width = i + 1 < n && Character.isHighSurrogate(s.charAt(i + 1)) ? 2 : 1;
        if (i + 1 + width < n && s.charAt(i + 1 + width) == '\'') {
            return i + 2 + width;
        }
        return i + 1;   // a lifetime or label: its name is read as an identifier next
    }
}
