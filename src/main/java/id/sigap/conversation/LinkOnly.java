package id.sigap.conversation;

import java.util.regex.Pattern;

/**
 * A message that is nothing but a web address ("https://bit.ly/3xKq9Pz"): often a link forwarded to be checked, with
 * no question. It went to staff as an unanswerable question; it gets a request to say what the citizen wants to know,
 * with the warning never to give personal data to a link that is not official.
 */
final class LinkOnly {

    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|id|ly|co|net|org|io|me|info|xyz|link|site|gl|to)(?:/\\S*)?");

    private LinkOnly() {
    }

    static boolean is(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String rest = LINK.matcher(text).replaceAll(" ");
        return !rest.equals(text) && rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
