package id.sigap.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Allegations, accusations and political questions about officials ("apakah benar gubernur korupsi
 * dana bantuan banjir?"). Such a question is never answered with whatever entry shares its other words
 * (the flood-aid entry is no answer to an accusation): only an approved clarification answers it, and
 * otherwise a person does. Recognised when an office or official is named together with an
 * allegation or a political matter.
 */
final class SensitiveQuestion {

    private static final Set<String> OFFICIALS = Set.of("gubernur", "wagub", "bupati", "wabup", "walikota", "wali",
            "wakil", "camat", "lurah", "kades", "pejabat", "kadis", "sekda", "dprd", "dewan", "menteri", "presiden",
            "pemprov", "pemda", "pemkab", "pemkot", "dinas", "bpbd", "kepala", "aparat", "pns", "asn",
            "governor", "mayor", "regent", "official", "officials", "minister", "government");
    private static final Set<String> ALLEGATIONS = Set.of("korupsi", "korup", "koruptor", "suap", "disuap",
            "menyuap", "sogok", "disogok", "gratifikasi", "pungli", "selingkuh", "nepotisme", "kkn", "menggelapkan",
            "penggelapan", "digelapkan", "tilap", "ditilap", "mark", "markup", "mengkorupsi", "dikorupsi", "skandal",
            "kpk", "ott", "tersangka", "ditangkap", "bohong", "berbohong", "menipu", "penipuan", "curang",
            "kecurangan", "dipecat", "mundur", "lengser", "dicopot", "ijazah", "palsu", "partai", "kampanye",
            "pilkada", "nyalon", "mencalonkan", "dukung", "oposisi", "dinasti", "corruption", "corrupt", "bribe",
            "bribery", "embezzle", "embezzled", "scandal", "resign", "arrested", "party", "campaign", "election",
            // everyday words for taking what is not one's own ("nilep dana", "ngembat beras bantuan")
            "nilep", "nilap", "ditilep", "menilep", "ngembat", "diembat", "embat", "maling", "mencuri", "dicuri", "kolusi",
            "ngorupsi", "dikorup", "bribes", "bribed", "stole", "stolen", "steal", "stealing", "embezzling", "kickback",
            "kickbacks", "nepotism", "fraud");
    /** Allegations that take two words: cutting aid, handing out projects, illegal levies. */
    private static final Pattern ALLEGATION_PHRASES = Pattern.compile("\\b(?:main proyek|bagi bagi proyek|proyek (?:untuk |buat )?keluarga"
            + "|(?:potong|motong|memotong|dipotong|potongan|nyunat|menyunat|disunat|sunat)\\w* (?:\\w+ )?(?:bansos|bantuan|dana|jatah|blt|beras)"
            + "|(?:bansos|bantuan|dana|jatah|blt)\\w* (?:\\w+ ){0,2}(?:dipotong|disunat|dimakan|diembat|ditilep|dinilep)"
            + "|pungutan liar|mark up|took bribes)\\b");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    private SensitiveQuestion() {
    }

    static boolean is(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = Set.copyOf(Arrays.asList(WORDS.split(lower)));
        return words.stream().anyMatch(OFFICIALS::contains) && (words.stream().anyMatch(ALLEGATIONS::contains)
                || ALLEGATION_PHRASES.matcher(WORDS.matcher(lower).replaceAll(" ")).find());
    }
}
