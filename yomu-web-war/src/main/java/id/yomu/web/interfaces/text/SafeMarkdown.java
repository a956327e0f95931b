package id.yomu.web.interfaces.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simple Markdown of spec §2 (headings, emphasis, lists, links, paragraphs) rendered to HTML.
 * Everything is escaped first and only the few constructs below become tags, so raw HTML in an
 * article is shown as text and never reaches the browser as markup. Links must be http(s).
 *
 * <p>The rendering is a pure function of the text, so the HTML of the most recently read texts is kept
 * (an article is read far more often than it is edited, and an edit is a new text).
 */
public final class SafeMarkdown {

    private static final int KEPT = 256;
    private static final Map<String, String> RENDERED = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > KEPT;
                }
            });

    private static final Pattern HEADING = Pattern.compile("(#{1,3})\\s+(.+)");
    private static final Pattern BULLET = Pattern.compile("[-*]\\s+(.+)");
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}[.)]\\s+(.+)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_](?![\\s*_])(.+?)(?<![\\s*_])[*_](?![\\w*])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^\\s()\"<>]+)\\)");

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERED.computeIfAbsent(markdown == null ? "" : markdown, SafeMarkdown::render);
    }

    private static String render(String markdown) {
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String openList = null;
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            String listKind = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (line.isEmpty() || heading.matches() || listKind != null) {
                flushParagraph(html, paragraph);
            }
            if (listKind == null && openList != null) {
                html.append("</").append(openList).append('>');
                openList = null;
            }
            if (heading.matches()) {
                int level = heading.group(1).length() + 1;
                html.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h").append(level).append('>');
            } else if (listKind != null) {
                if (!listKind.equals(openList)) {
                    if (openList != null) {
                        html.append("</").append(openList).append('>');
                    }
                    html.append('<').append(listKind).append('>');
                    openList = listKind;
                }
                html.append("<li>").append(inline((bullet.matches() ? bullet : numbered).group(1))).append("</li>");
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        flushParagraph(html, paragraph);
        if (openList != null) {
            html.append("</").append(openList).append('>');
        }
        return html.toString();
    }

    /** Plain text with its line breaks kept, for comments: escaped, no Markdown at all. */
    public static String plainTextToHtml(String text) {
        return escape(text == null ? "" : text).replace("\r\n", "\n").replace("\n", "<br/>");
    }

    private static void flushParagraph(StringBuilder html, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>");
            paragraph.clear();
        }
    }

    private static String inline(String text) {
        String escaped = escape(text);
        escaped = LINK.matcher(escaped).replaceAll(link -> Matcher.quoteReplacement(
                "<a href=\"" + link.group(2) + "\" rel=\"nofollow noopener\">" + link.group(1) + "</a>"));
        escaped = STRONG.matcher(escaped).replaceAll("<strong>$1</strong>");
        return EMPHASIS.matcher(escaped).replaceAll("<em>$1</em>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
