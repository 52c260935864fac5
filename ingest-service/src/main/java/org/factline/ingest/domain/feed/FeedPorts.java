package org.factline.ingest.domain.feed;

import java.util.List;
import java.util.Optional;

/** Ports the feed poller needs: the feed store, HTTP with conditional GET, and a feed parser. */
public final class FeedPorts {

    private FeedPorts() {
    }

    public interface Store {
        void save(Feed feed);

        Optional<Feed> find(String id);

        Optional<Feed> findByUrl(String url);

        List<Feed> all();

        boolean delete(String id);
    }

    /** The answer to a (conditional) GET. */
    public record Fetch(int status, byte[] body, String etag, String lastModified, String error) {

        public boolean notModified() {
            return status == 304;
        }

        public boolean ok() {
            return error == null && status >= 200 && status < 300;
        }
    }

    public interface Http {
        Fetch get(String url, String etag, String lastModified);
    }

    public interface Parser {
        /** @throws IllegalArgumentException when the bytes are not an RSS or Atom feed */
        List<FeedItem> items(byte[] feed);
    }
}
