package org.factline.ingest.adapter.out.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.factline.ingest.domain.feed.FeedItem;
import org.factline.ingest.domain.feed.FeedPorts;
import org.xml.sax.InputSource;

/** RSS 0.9x/1.0/2.0 and Atom through ROME, with DOCTYPEs refused (no XML entity tricks from a feed). */
@ApplicationScoped
public class RomeFeedParser implements FeedPorts.Parser {

    @Override
    public List<FeedItem> items(byte[] feed) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try {
            List<FeedItem> items = new ArrayList<>();
            for (SyndEntry e : input.build(new InputSource(new ByteArrayInputStream(feed))).getEntries()) {
                String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : e.getLink();
                if (key == null) {
                    continue; // nothing stable to remember it by
                }
                items.add(new FeedItem(key, e.getLink(), e.getTitle(), summary(e), iso(e.getPublishedDate(), e.getUpdatedDate()),
                        e.getAuthor() == null || e.getAuthor().isBlank() ? null : e.getAuthor()));
            }
            return items;
        } catch (FeedException | IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String summary(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return c.getValue();
            }
        }
        return e.getDescription() == null ? null : e.getDescription().getValue();
    }

    private static String iso(Date published, Date updated) {
        Date d = published != null ? published : updated;
        return d == null ? null : d.toInstant().toString();
    }

}
