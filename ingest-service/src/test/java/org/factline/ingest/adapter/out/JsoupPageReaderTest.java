package org.factline.ingest.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.ingest.adapter.out.html.JsoupPageReader;
import org.factline.ingest.domain.PageReader;
import org.junit.jupiter.api.Test;

class JsoupPageReaderTest {

    private static final String PAGE = """
            <html><head><title>Harbour | Example News</title>
            <meta property="og:title" content="Storm keeps twelve ships outside the harbour">
            <meta name="author" content="Jo Reporter">
            <meta property="article:published_time" content="2025-11-16T08:30:00Z">
            <script>var tracking = 1;</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header class="site-header">Example News</header>
            <article><h1>Storm keeps twelve ships outside the harbour</h1>
              <p>The harbour authority said twelve ships were held outside the port.</p>
              <div class="share-buttons"><p>Share this on social media</p></div>
              <p>Repairs will take at least a week.</p>
              <aside><p>Related: five other storms</p></aside>
              <div class="donation-appeal"><p>Support our journalism: donate today.</p></div>
            </article>
            <section id="comments"><p>Great article!</p></section>
            <footer>Copyright</footer></body></html>
            """;

    @Test
    void keeps_the_article_and_its_metadata_and_drops_page_chrome_and_appeals() {
        PageReader.Page page = new JsoupPageReader().read(PAGE);
        assertThat(page.title()).isEqualTo("Storm keeps twelve ships outside the harbour");
        assertThat(page.byline()).isEqualTo("Jo Reporter");
        assertThat(page.publishedAt()).isEqualTo("2025-11-16T08:30:00Z");
        assertThat(page.text()).contains("twelve ships were held", "at least a week")
                .doesNotContain("Home", "Share this", "Related", "donate", "Great article", "Copyright", "tracking");
    }

    @Test
    void a_page_without_paragraph_markup_still_gives_its_text() {
        assertThat(new JsoupPageReader().read("<html><body><div>Plain words only.</div></body></html>").text())
                .isEqualTo("Plain words only.");
    }
}
