package id.sigap.sentiment;

import java.util.regex.Pattern;

/**
 * The marks the redactor leaves where a citizen's personal data was ({@code [NIK]}, {@code [TELEPON]},
 * {@code [KARTU]}, {@code [EMAIL]}; docs/privacy.md), read as what they stand for: a number as a number too long
 * to be a count or an age, as the digits it replaced were read, and an address as nothing. Read as words, the
 * marks changed the reading of a message with a phone number in it: "telepon" sounded like a request to be
 * called back, and their capitals like shouting. The conversation classifies the redacted text, so that what
 * it keeps of the reading (the words besides a request for a person) holds no personal data. Sentiment is a
 * leaf: it names the marks here instead of depending on the privacy package.
 */
final class RedactionMarks {

    private static final Pattern MARK = Pattern.compile("\\[(NIK|TELEPON|KARTU|EMAIL)]");
    /** Ten digits: a number whose value the normaliser does not keep ({@link TextNormaliser#leadingValue}). */
    private static final String NUMBER = " 0000000000 ";

    private RedactionMarks() {
    }

    static String asRead(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        return MARK.matcher(text).replaceAll(m -> "EMAIL".equals(m.group(1)) ? " " : NUMBER);
    }
}
