package org.factline.ingest.adapter.out.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.factline.ingest.config.IngestConfig;
import org.factline.ingest.domain.feed.FeedPorts;

/**
 * Conditional GET with the JDK client: sends If-None-Match / If-Modified-Since from the last
 * answer, follows redirects, stops reading past the size limit. Transport errors become a failed
 * fetch (with the reason), never an exception.
 */
@ApplicationScoped
public class JdkFeedHttp implements FeedPorts.Http {

    private final HttpClient client;
    private final IngestConfig.Feeds config;

    JdkFeedHttp(IngestConfig config) {
        this.config = config.feeds();
        this.client = HttpClient.newBuilder().connectTimeout(this.config.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public FeedPorts.Fetch get(String url, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(config.fetchTimeout())
                .header("User-Agent", "Factline/0.1 (+feed poller)")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        try {
            HttpResponse<InputStream> r = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                byte[] bytes = body.readNBytes(config.maxBodyBytes() + 1);
                if (bytes.length > config.maxBodyBytes()) {
                    return new FeedPorts.Fetch(r.statusCode(), new byte[0], null, null,
                            "body larger than " + config.maxBodyBytes() + " bytes");
                }
                return new FeedPorts.Fetch(r.statusCode(), bytes, r.headers().firstValue("ETag").orElse(null),
                        r.headers().firstValue("Last-Modified").orElse(null), null);
            }
        } catch (IOException | IllegalArgumentException e) {
            return new FeedPorts.Fetch(0, new byte[0], null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FeedPorts.Fetch(0, new byte[0], null, null, "interrupted");
        }
    }
}
