package id.sigap.sentiment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Explicit requests for an officer or a person ("mau bicara dengan petugas", "sambungin ke admin",
 * "ada orang beneran gak?", {@code /petugas}, "talk to a human"); mere mentions of officers do not count.
 */
final class HumanRequestDetector {

    private static final String AGENT = "(?:petugas|admin|operator|cs|customer service|manusia|orang(?! tua)|humas|staf|pegawai|agen"
            + "|call center|pejabat|kepala dinas|pihak|bagian|perwakilan|atasan|pimpinan|supervisor|manajer|manager|someone|somebody|a manusia|a petugas|an petugas|the admin)\\w*";

    /** Ways of saying one wants to tell or ask someone something. */
    private static final String TELL = "(?:lapor|melapor|melaporkan|mengadu|ngadu|curhat|cerita|bercerita|bicara|berbicara|ngobrol"
            + "|mengobrol|tanya|nanya|bertanya|konsultasi|menyampaikan|sampaikan|komplain|mengeluh|chat|diskusi)";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?:^| )/(?:petugas|admin|operator|cs|manusia|human|agent|staf|humas|bantuan|hubungi)\\b"),
            Pattern.compile("\\b(?:bicara|berbicara|sambungkan|disambungkan|menyambungkan|hubungkan|dihubungkan|terhubung|menghubungi|hubungi"
                    + "|ketemu|bertemu|dilayani|panggil|panggilkan|teruskan|diteruskan|alihkan|dialihkan|eskalasi|telepon|telpon|ditelpon"
                    + "|kontak|konsultasi|connect|transfer|call|video call|tersambung)\\b(?: \\w+){0,3}? (?:dengan |sama |ke |kepada |to |with |oleh )?(?:langsung )?" + AGENT),
            Pattern.compile("\\b(?:minta|mau|ingin|butuh|cari|mencari|perlu|boleh|bisa|kasih|berikan|beri|bagi)\\b (?:\\w+ ){0,2}(?:nomor|kontak|no|wa|whatsapp|hp|telepon)\\b(?: \\w+){0,2} (?:petugas|admin|operator|cs|humas|staf|pegawai)\\b"),
            Pattern.compile("\\b(?:minta|mau|ingin|butuh|cari|perlu|tolong)\\b (?:tolong )?(?:sama |dengan |ke )?(?:admin|cs|operator|manusia|petugas|staf) (?:saja|langsung|asli|benar|manusia|tolong)\\b"),
            Pattern.compile("\\b(?:admin|petugas|operator|cs|staf)\\w* (?:yang )?(?:asli|benar|manusia|nyata|real)\\b(?! benar)"),
            Pattern.compile("\\b(?:ada|dengan|sama|ke|minta|mau|ingin|butuh) orang\\w* (?:yang )?(?:asli|benar|nyata|real)\\b(?! benar)"),
            Pattern.compile("\\b(?:real|live|actual) (?:manusia|petugas|admin|operator)\\b"),
            Pattern.compile("\\bmana (?:orang|admin|manusia|operator|cs)\\w*\\b"),
            Pattern.compile("\\b(?:bukan|jangan|selain|tanpa) (?:sama |dengan )?bot\\b"),
            Pattern.compile("\\bmanusia tolong\\b|\\btolong manusia\\b"),
            Pattern.compile("\\bbukan (?:sama |dengan )?(?:mesin|robot|mbot)\\b"),
            Pattern.compile("\\b(?:telepon|telpon|telfon|call|hubungi) saya\\b|\\bminta (?:di)?(?:telepon|telpon|hubungi|dihubungi)\\b"),
            Pattern.compile("\\b(?:nomor|kontak|no|wa|whatsapp|telepon|email|call center)\\b(?: \\w+){0,4} (?:yang )?bisa (?:saya )?(?:dihubungi|ditelepon|ditelpon|dikontak)\\b"),
            Pattern.compile("\\b(?:ada|adakah|apakah ada)\\b (?:\\w+ )?(?:admin|petugas|operator|cs|orang|manusia)\\w* (?:yang )?(?:online|jaga|aktif|standby|bisa (?:saya )?(?:dihubungi|ditelepon|ditelpon|telpon|telepon|hubungi|bantu|membantu))\\b"),
            Pattern.compile("\\b(?:sambungkan|disambungkan|hubungkan|dihubungkan|alihkan|dialihkan|teruskan|diteruskan|oper|dioper)(?: saya)? (?:ke|dengan|sama|kepada)\\b"),
            Pattern.compile("\\b(?:admin|operator|cs|petugas)\\w* (?:ada|online)\\b(?: \\S+){0,4} (?:bicara|tanya langsung|langsung)\\b"),
            Pattern.compile("\\b(?:bisa|boleh|mau|ingin|minta)\\b (?:langsung )?(?:ke|dengan|sama|oleh) (?:petugas|admin|staf|operator|cs|pegawai|humas)\\b"),
            Pattern.compile("\\b(?:sama|dengan|ke) (?:orang|manusia|petugas|admin)\\w* (?:saja|langsung|asli|benar)\\b"),
            Pattern.compile("\\blive chat\\b"),
            Pattern.compile("\\b(?:admin|operator|cs)\\w* (?:ada|online)\\b ?(?:tidak |bukan )?(?:\\||$)"),
            Pattern.compile("\\bada (?:\\w+ )?manusia\\w*\\b"),
            Pattern.compile("\\b(?:operator|manusia|cs|petugas) tolong\\s*$"),
            Pattern.compile("\\b(?:mesin|bot|robot)\\b.*\\bmana (?:petugas|admin|orang|manusia|operator|cs)|\\bmana (?:petugas|admin|orang|manusia|operator|cs)\\w*\\b.*\\b(?:mesin|bot|robot)\\b"),
            // "mau lapor ke admin", "ingin curhat langsung ke petugasnya", "pengen ngadu sama orang humas"
            Pattern.compile("\\b(?:mau|ingin|minta|butuh|perlu|bisa|boleh)\\b (?:\\w+ )?" + TELL
                    + " (?:langsung )?(?:ke|dengan|sama|kepada|pada) (?:orang |pihak )?(?:langsung )?" + AGENT),
            // "ada cs nya gak", "adakah petugas?", "admin ada?": the whole clause asks whether someone is there
            Pattern.compile("(?:^|\\|) ?(?:(?:apakah|apa) )?(?:ada|adakah) (?:admin|cs|operator|petugas|orang|manusia|humas|staf)\\w*"
                    + "(?: nya)?(?: (?:tidak|kah|enggak|gitu|di sini|disini))? ?(?:\\||$)"),
            Pattern.compile("\\b(?:atasan|pimpinan|kepala dinas|supervisor|manajer)\\w*\\b[^|]{0,20}\\b(?:bicara|hubungi|hubungkan|sambungkan|ketemu)\\b"));

    /** "sudah menghubungi petugas", "tadi bicara dengan admin": reports of contact, not requests. */
    private static final Pattern ALREADY = Pattern.compile("\\b(?:sudah|telah|pernah|tadi|kemarin)\\s+(?:\\S+\\s+)?$");

    /** Every pattern needs one of these; most messages have none, and then no pattern runs. */
    private static final List<String> CUES = List.of("/", "petugas", "admin", "operator", "cs", "manusia", "orang", "humas",
            "staf", "pegawai", "agen", "call", "pejabat", "kepala", "some", "pihak", "bagian", "perwakilan", "atasan",
            "pimpinan", "supervisor", "manajer", "manager", "bot", "mesin", "robot", "telepon", "telpon", "telfon", "hubung",
            "nomor", "kontak", "no", "wa", "hp", "email", "sambung", "alih", "terus", "oper", "live", "real", "actual");

    boolean detect(NormalisedText text) {
        String joined = " " + text.joined() + " ";
        if (CUES.stream().noneMatch(joined::contains)) {
            return false;
        }
        for (Pattern pattern : PATTERNS) {
            var matcher = pattern.matcher(joined);
            while (matcher.find()) {
                if (!ALREADY.matcher(joined.substring(0, matcher.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
