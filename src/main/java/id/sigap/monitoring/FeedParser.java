package id.sigap.monitoring;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an RSS or Atom document with Rome into {@link CollectedPost}s: title and summary as plain text
 * (markup removed), the entry's link and date. Rome refuses DOCTYPE declarations by default, which keeps
 * external entities out.
 */
final class FeedParser {

    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private FeedParser() {
    }

    /** The entries, or an exception whose message says in Indonesian why the document is not a feed. */
    static List<CollectedPost> parse(byte[] body, String source, Instant now) throws MalformedFeed {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new MalformedFeed("bukan RSS/Atom yang sah: " + firstLine(e.getMessage()));
        }
        List<CollectedPost> posts = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String title = plain(entry.getTitle());
            String summary = entry.getDescription() != null ? plain(entry.getDescription().getValue()) : contents(entry);
            String text = summary.isEmpty() || summary.startsWith(title) ? (summary.isEmpty() ? title : summary)
                    : title.isEmpty() ? summary : title + ". " + summary;
            if (text.isBlank()) {
                continue;
            }
            Instant time = entry.getPublishedDate() != null ? entry.getPublishedDate().toInstant()
                    : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant() : now;
            if (time.isAfter(now)) {
                time = now; // a date in the future would sit on top of every list
            }
            String link = entry.getLink() != null ? entry.getLink().strip() : null;
            posts.add(new CollectedPost(SourceKind.FEED, source, time, web(link) ? link : null, text, null));
        }
        return posts;
    }

    private static String contents(SyndEntry entry) {
        StringBuilder text = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            text.append(plain(content.getValue())).append(' ');
        }
        return text.toString().strip();
    }

    static String plain(String markup) {
        if (markup == null) {
            return "";
        }
        String text = HtmlUtils.htmlUnescape(TAG.matcher(markup).replaceAll(" "));
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "tidak terbaca";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    /** A document that is not a readable feed. */
    static final class MalformedFeed extends Exception {
        MalformedFeed(String message) {
            super(message);
        }
    }

    /** Only web addresses are kept as links: a {@code javascript:} or {@code file:} link would be a trap in the console. */
    static boolean web(String link) {
        if (link == null) {
            return false;
        }
        String lower = link.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && link.chars().noneMatch(Character::isWhitespace);
    }
}
