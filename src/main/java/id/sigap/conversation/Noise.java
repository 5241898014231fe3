package id.sigap.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Messages that are no question at all: nothing but punctuation or symbols (a lone "?"), one letter
 * repeated ("aaaaaaa", "hahaha" counts too), keyboard mash ("asdfghjkl", "qwerty", "jfkdlsajf"). Such a
 * message is never searched: a search always finds some entry, and an entry is not an answer to it.
 * Abbreviations citizens really write ("skck", "ktp", "bpjs") stay questions: they are short, and a
 * mash is long or walks along a keyboard row.
 */
final class Noise {

    private static final List<String> ROWS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890");
    /** A chunk of two to four letters typed three times or more. */
    private static final Pattern REPEATED_CHUNK = Pattern.compile("(\\p{L}{2,4})\\1{2,}\\p{L}{0,3}");
    /** Sounds of hesitation, which say nothing to answer. */
    private static final Pattern HESITATION = Pattern.compile("h*m{2,}|hm+|e+h*m+");

    /**
     * A description of something that is not text, standing alone: "[Stiker 🐸]", "[Foto]", "<Media tidak disertakan>"
     * (copied or forwarded chats write stickers, photos and voice notes so). There is nothing in it to search.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("[\\[(<]\\s*(stiker|sticker|foto|gambar|image|photo|"
            + "picture|video|voice|vn|pesan suara|audio|file|dokumen|document|gif|emoji|lokasi|location|kontak|contact|"
            + "media)\\b[^\\])>]{0,40}[\\])>]");

    private Noise() {
    }

    static boolean is(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
        if (PLACEHOLDER.matcher(lower).matches()) {
            return true;
        }
        if (lower.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // Nothing to read; an emoji alone is small talk elsewhere, handled before this by its own rule.
            return lower.codePoints().noneMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL);
        }
        List<String> words = Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        // a stray key beside a mash ("sdfghj kkkkk ;;;l") is part of it; a letter alone is not ("p" calls, "a" may answer)
        return !words.isEmpty() && words.size() <= 3 && words.stream().anyMatch(Noise::mash)
                && words.stream().allMatch(w -> mash(w) || w.length() == 1 && Character.isLetter(w.charAt(0)));
    }

    private static boolean mash(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return false; // a number may be a choice, a date or a house number
        }
        long distinct = word.chars().distinct().count();
        if ((word.length() >= 3 && distinct == 1) || (word.length() >= 5 && distinct <= 2)
                || (word.length() == 4 && distinct == 2 && word.substring(0, 2).equals(word.substring(2)))) {
            return true; // "aaa", "hahaha", "wkwkwk", "haha"; "pbb", "kk" and "pppk" stay questions
        }
        if (word.length() >= 5 && onKeyboardRow(word) || word.length() >= 4 && alongOneRow(word)) {
            return true; // "asdfg"; "lkjh" as the second half of a mash
        }
        if (REPEATED_CHUNK.matcher(word).matches() || HESITATION.matcher(word).matches()) {
            return true; // "asdasdasd", "jkljkl"; "hmm", "emm"
        }
        long vowels = word.chars().filter(c -> "aiueo".indexOf(c) >= 0).count();
        if (word.length() >= 5 && vowels <= 1 && inOneRow(word)) {
            return true; // "asdfjkl": both hands on the home row; "salak" and "kalah" have two vowels
        }
        if (word.length() >= 6 && vowels == 0) {
            return true;
        }
        return word.length() >= 9 && vowels * 5 < word.length();
    }

    /** Most of the word is a run along one keyboard row, either way ("asdf", "lkjh"). */
    private static boolean onKeyboardRow(String word) {
        int longest = 0;
        int run = 1;
        for (int i = 1; i < word.length(); i++) {
            run = adjacent(word.charAt(i - 1), word.charAt(i)) ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        return longest >= 4 && longest * 10 >= word.length() * 6;
    }

    /** Every letter of the word is on one keyboard row ("asdfjkl"). */
    private static boolean inOneRow(String word) {
        return ROWS.stream().anyMatch(row -> word.chars().allMatch(c -> row.indexOf(c) >= 0));
    }

    /** The whole word is one run along a keyboard row ("lkjh", "vbnm"). */
    private static boolean alongOneRow(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (!adjacent(word.charAt(i - 1), word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean adjacent(char a, char b) {
        for (String row : ROWS) {
            int i = row.indexOf(a);
            int j = row.indexOf(b);
            if (i >= 0 && j >= 0 && Math.abs(i - j) == 1) {
                return true;
            }
        }
        return false;
    }
}
