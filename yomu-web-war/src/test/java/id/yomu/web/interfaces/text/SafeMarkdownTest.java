package id.yomu.web.interfaces.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void paragraphsHeadingsAndLists() {
        String html = SafeMarkdown.toHtml("## Air\nAir itu\npenting.\n\n- satu\n- dua\n\n1. pertama\n2. kedua\nAkhir.");
        assertEquals("<h3>Air</h3><p>Air itu penting.</p><ul><li>satu</li><li>dua</li></ul>"
                + "<ol><li>pertama</li><li>kedua</li></ol><p>Akhir.</p>", html);
    }

    @Test
    void emphasisStrongAndHttpLinks() {
        assertEquals("<p><strong>kuat</strong> dan <em>miring</em> dan <a href=\"https://contoh.id/a?b=1\" "
                        + "rel=\"nofollow noopener\">tautan</a></p>",
                SafeMarkdown.toHtml("**kuat** dan *miring* dan [tautan](https://contoh.id/a?b=1)"));
    }

    @Test
    void rawHtmlIsShownAsText() {
        String html = SafeMarkdown.toHtml("<script>alert('x')</script> <img src=x onerror=alert(1)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>", html);
    }

    @Test
    void onlyHttpLinksBecomeLinks() {
        String html = SafeMarkdown.toHtml("[klik](javascript:alert(1)) [data](data:text/html,x)");
        assertFalse(html.contains("<a"), html);
    }

    @Test
    void aLinkCannotBreakOutOfItsAttribute() {
        String html = SafeMarkdown.toHtml("[x](https://a.id/\"onmouseover=\"alert(1))");
        assertFalse(html.contains("onmouseover=\""), html);
    }

    @Test
    void arithmeticIsNotEmphasis() {
        assertEquals("<p>2 * 3 * 4 = 24</p>", SafeMarkdown.toHtml("2 * 3 * 4 = 24"));
    }

    @Test
    void plainTextKeepsLineBreaksAndEscapes() {
        assertEquals("a &lt;b&gt;<br/>c", SafeMarkdown.plainTextToHtml("a <b>\nc"));
    }
}
