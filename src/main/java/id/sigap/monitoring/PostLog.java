package id.sigap.monitoring;

import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every post by an account (channel or group member), duplicates included, for the recent period the
 * coordination check looks at: who (pseudonym), when, which item, and the text's MinHash signature.
 * Also when each account was first seen, which is all Telegram lets a bot know of an account's age.
 */
final class PostLog {

    static final String POSTS = ItemStore.PREFIX + "posts";
    static final String FIRST_SEEN = ItemStore.PREFIX + "first-seen";

    /** One logged post. */
    record Post(Instant time, String author, String source, String itemId, int[] signature) {
    }

    private final StringRedisTemplate redis;
    private final Duration keep;
    private final Duration remember;

    /** {@code keep}: how long posts stay in the log; {@code remember}: how long an account that stops posting is remembered. */
    PostLog(StringRedisTemplate redis, Duration keep, Duration remember) {
        this.redis = redis;
        this.keep = keep;
        this.remember = remember;
    }

    void add(Post post) {
        String member = post.time().toEpochMilli() + "|" + post.author() + "|" + post.source() + "|" + post.itemId()
                + "|" + TextFingerprint.encode(post.signature());
        redis.opsForZSet().add(POSTS, member, post.time().toEpochMilli());
        redis.opsForZSet().removeRangeByScore(POSTS, Double.NEGATIVE_INFINITY, post.time().minus(keep).toEpochMilli());
        // One key per account, kept while it posts and forgotten a retention period after it stops.
        String key = FIRST_SEEN + ":" + post.author();
        redis.opsForValue().setIfAbsent(key, Long.toString(post.time().toEpochMilli()));
        redis.expire(key, remember);
    }

    List<Post> between(Instant from, Instant to) {
        Set<String> members = redis.opsForZSet().rangeByScore(POSTS, from.toEpochMilli(), to.toEpochMilli());
        List<Post> posts = new ArrayList<>();
        if (members == null) {
            return posts;
        }
        for (String m : members) {
            String[] f = m.split("\\|", 5);
            posts.add(new Post(Instant.ofEpochMilli(Long.parseLong(f[0])), f[1], f[2], f[3], TextFingerprint.decode(f[4])));
        }
        return posts;
    }

    Instant firstSeen(String author) {
        Object millis = redis.opsForValue().get(FIRST_SEEN + ":" + author);
        return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis.toString()));
    }

    void forgetAuthor(String author) {
        Set<String> members = redis.opsForZSet().range(POSTS, 0, -1);
        if (members != null) {
            members.stream().filter(m -> m.split("\\|", 3)[1].equals(author))
                    .forEach(m -> redis.opsForZSet().remove(POSTS, m));
        }
        redis.delete(FIRST_SEEN + ":" + author);
    }
}
