package org.factline.ingest.adapter.out.html;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.factline.ingest.domain.PageReader;

/**
 * Article text out of a web page with jsoup: page chrome (navigation, headers, footers, asides,
 * forms, scripts) and blocks whose class or id marks them as comments, sharing, newsletter or
 * donation appeals, related links or ads are dropped; the rest is read paragraph by paragraph
 * from the article element (or main, or body). Title, byline and date come from the usual meta
 * tags when the page has them.
 */
@ApplicationScoped
public class JsoupPageReader implements PageReader {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_ ])(comment|comments|share|sharing|social|promo|related|recommended|newsletter|subscribe|donat\\w*"
                    + "|advert\\w*|ad|ads|sponsor\\w*|cookie\\w*|banner|breadcrumb\\w*|nav|navbar|menu|sidebar|footer|"
                    + "header|masthead|paywall|popup|modal|outbrain|taboola)($|[-_ ])");
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "svg, button, figure figcaption, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    @Override
    public Page read(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                doc.title(), doc.select("h1").text());
        String byline = firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"),
                doc.select("[rel=author], .byline, .author").text());
        String published = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=pubdate]"), meta(doc, "meta[name=publish-date]"), meta(doc, "meta[name=date]"),
                meta(doc, "meta[name=dc.date]"), meta(doc, "meta[itemprop=datePublished]"),
                doc.select("time[datetime]").attr("datetime"));
        doc.select(CHROME).remove();
        removeBoilerplateBlocks(doc);
        Element root = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"), doc.selectFirst("[role=main]"),
                doc.body());
        return new Page(blankToNull(title), root == null ? "" : text(root), blankToNull(byline), blankToNull(published));
    }

    private static void removeBoilerplateBlocks(Document doc) {
        for (Element e : doc.select("[class], [id]")) {
            if (e.parent() != null && e != doc.body() && !e.tagName().equals("article")
                    && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())) {
                e.remove();
            }
        }
    }

    private static String text(Element root) {
        Elements blocks = root.select(BLOCKS);
        StringBuilder sb = new StringBuilder();
        if (blocks.isEmpty()) {
            return root.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
        }
        for (Element block : blocks) {
            if (!block.select(BLOCKS).isEmpty() && block.select(BLOCKS).size() > 1) {
                continue; // a container of blocks: its children are read on their own
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                sb.append(t).append("\n\n");
            }
        }
        return sb.toString().strip();
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
