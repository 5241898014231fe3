package id.sigap.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Looks at the posts of the last short window for two patterns of coordinated posting: near-identical
 * texts (same item, or MinHash-estimated Jaccard of word 3-shingles above the threshold) from at least
 * the configured number of distinct accounts, and an account first seen recently posting in a burst.
 */
final class CoordinationCheck {

    private final Duration window;
    private final int minAccounts;
    private final double nearDuplicate;
    private final Duration newAccountAge;
    private final int burstPosts;

    CoordinationCheck(MonitoringSettings settings) {
        this.window = settings.coordinationWindow();
        this.minAccounts = settings.coordinationAccounts();
        this.nearDuplicate = settings.nearDuplicate();
        this.newAccountAge = settings.newAccountAge();
        this.burstPosts = settings.burstPosts();
    }

    List<CoordinationFlag> check(PostLog log, Instant now, Function<String, String> textOf) {
        List<PostLog.Post> posts = new ArrayList<>(log.between(now.minus(window), now));
        posts.sort(Comparator.comparing(PostLog.Post::time));
        List<CoordinationFlag> flags = new ArrayList<>(nearIdentical(posts, textOf));
        flags.addAll(bursts(posts, log, now, textOf));
        return flags;
    }

    private List<CoordinationFlag> nearIdentical(List<PostLog.Post> posts, Function<String, String> textOf) {
        record Group(PostLog.Post first, List<PostLog.Post> members, double[] lowest) {
        }
        List<Group> groups = new ArrayList<>();
        for (PostLog.Post post : posts) {
            Group home = null;
            double sim = 0;
            for (Group g : groups) {
                double s = g.first.itemId().equals(post.itemId()) ? 1 : TextFingerprint.similarity(g.first.signature(), post.signature());
                if (s >= nearDuplicate && s > sim) {
                    home = g;
                    sim = s;
                }
            }
            if (home == null) {
                groups.add(new Group(post, new ArrayList<>(List.of(post)), new double[]{1}));
            } else {
                home.members.add(post);
                home.lowest[0] = Math.min(home.lowest[0], sim);
            }
        }
        List<CoordinationFlag> flags = new ArrayList<>();
        for (Group g : groups) {
            Set<String> accounts = new LinkedHashSet<>();
            Set<String> items = new LinkedHashSet<>();
            g.members.forEach(p -> {
                accounts.add(p.author());
                items.add(p.itemId());
            });
            if (accounts.size() >= minAccounts) {
                flags.add(new CoordinationFlag(CoordinationFlag.Kind.NEAR_IDENTICAL, accounts.stream().limit(10).toList(),
                        accounts.size(), g.members.size(), g.first.time(), g.members.getLast().time(), List.copyOf(items),
                        textOf.apply(g.first.itemId()), g.lowest[0]));
            }
        }
        return flags;
    }

    private List<CoordinationFlag> bursts(List<PostLog.Post> posts, PostLog log, Instant now, Function<String, String> textOf) {
        Map<String, List<PostLog.Post>> byAuthor = new TreeMap<>();
        posts.forEach(p -> byAuthor.computeIfAbsent(p.author(), a -> new ArrayList<>()).add(p));
        List<CoordinationFlag> flags = new ArrayList<>();
        for (var e : byAuthor.entrySet()) {
            List<PostLog.Post> own = e.getValue();
            if (own.size() < burstPosts || e.getKey().startsWith("kanal-")) {
                continue; // channels post often by nature; a burst means something only for a person's account
            }
            Instant first = log.firstSeen(e.getKey());
            if (first == null || first.isBefore(now.minus(newAccountAge))) {
                continue;
            }
            flags.add(new CoordinationFlag(CoordinationFlag.Kind.NEW_ACCOUNT_BURST, List.of(e.getKey()), 1, own.size(),
                    own.getFirst().time(), own.getLast().time(), own.stream().map(PostLog.Post::itemId).distinct().toList(),
                    textOf.apply(own.getFirst().itemId()), 0));
        }
        return flags;
    }
}
