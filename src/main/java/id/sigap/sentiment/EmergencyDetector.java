package id.sigap.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Threats to life and safety happening now: people trapped by water, injured, missing or swept away,
 * fire, electrocution, collapsing buildings, violence, medical emergencies, suicide hints. Scary words
 * used casually ("harga mati", "mati lampu", "asuransi kebakaran"), hypotheticals, rumours about
 * events that are over and a death or injury asked about for its paperwork ("santunan", "akta kematian") do not count.
 */
final class EmergencyDetector {

    /** A rule; its cheap {@code trigger} (when set) must match before the costly pattern is tried. */
    private record Rule(String signal, Pattern pattern, Pattern trigger) {
    }

    private static final String PERSON = "(?:anak|adik|adek|kakak|kakakku|bapak|ayah|ibu|emak|mama|papa|suami|istri|nenek|kakek|mbah"
            + "|warga|orang|tetangga|balita|bayi|keluarga|teman|kawan|saudara|pemuda|remaja|lansia|korban|nelayan|pendaki"
            + "|pengendara|pemotor|pengemudi|sopir|supir|ojol|tukang|penumpang|pekerja|santri|siswa|murid|seseorang|keponakan|ponakan|cucu|pasien|ortu|bocah|jiwa|kami|berdua|bertiga|berempat|berlima|man|woman|child|people|someone)\\w*";
    /** People who cannot be expected to find their own way home: children and elders. */
    private static final String VULNERABLE = "(?:anak|adik|adek|balita|bayi|bocah|nenek|kakek|mbah|lansia|cucu|keponakan|ponakan|siswa|murid|santri|child)\\w*";
    private static final String URGENT = "(?:tolong|segera|cepat|darurat|sos|urgent|bantu|help|butuh bantuan|minta bantuan|bahaya|gawat)";

    private static final List<Rule> STRONG = List.of(
            rule("trapped", "\\b(?:terjebak|terkurung|terperangkap|tidak bisa keluar|belum bisa keluar|tidak bisa turun"
                    + "|tidak bisa mengungsi|belum bisa dievakuasi|belum dievakuasi|belum diselamatkan)\\b"),
            rule("trapped", "\\b(?:naik|mengungsi|bertahan|di) (?:ke )?(?:atap|plafon|loteng)\\b"),
            rule("trapped", "\\bair\\b[^|]*\\b(?:sampai|setinggi|sebatas|se) (?:atap|leher|dada|plafon)\\b"),
            rule("trapped", "\\b(?:seleher|sedada|seatap)\\b"),
            rule("trapped", "\\b(?:butuh|minta|perlu|tolong|mohon|kirim|kirimkan|mana) (?:\\w+ )?(?:di)?(?:evakuasi|perahu|perahu karet|tim sar|basarnas|pelampung|helikopter)\\b"),
            rule("trapped", "\\b(?:selamatkan|tolong kami|tolong selamatkan)\\b"),
            rule("injured", "\\b(?:terluka|luka parah|luka berat|luka luka|berdarah|pendarahan|perdarahan|patah tulang|pingsan"
                    + "|tidak sadar|tidak sadarkan diri|kejang|sesak napas|sesak nafas|susah napas|susah nafas|susah bernapas"
                    + "|tidak bisa napas|tidak bisa bernapas|tertimpa|terjepit|tertimbun|terkubur"
                    + "|tergeletak|kritis|sekarat|keracunan|digigit ular|overdosis|tidak bernapas|tidak bernafas|muntah darah"
                    + "|kecelakaan|tabrakan|ditabrak|tertabrak|terguling|terlindas)\\b"),
            rule("injured", "\\bmenimpa\\b[^|]{0,20}\\b" + PERSON),
            // "pohon tumbang menimpa motor, pengendaranya masih di bawah": someone still pinned under something
            rule("injured", "\\b" + PERSON + "[^|]{0,30}\\b(?:masih (?:di )?(?:bawah|kolong)\\w*(?! (?:umur|usia|standar|rata|garis))"
                    + "|masih tertimpa|masih terjepit|tertindih|ketindihan)\\b"),
            ruleWhen("hanyut|terseret|terbawa|diseret|tercebur|terpeleset", "swept-away", "\\b(?:" + PERSON + "|yang|ada yang|seseorang)\\b[^|]{0,30}\\b(?:hanyut|terseret|terbawa arus|terbawa air|terbawa banjir|diseret arus|tercebur|terpeleset ke)\\b"),
            rule("swept-away", "\\b(?:hanyut|terseret|terbawa arus|tercebur)\\b[^|]{0,20}\\b" + PERSON),
            ruleWhen("tenggelam", "drowning", "\\b" + PERSON + "[^|]{0,30}\\btenggelam\\b"),
            rule("drowning", "\\btenggelam\\b[^|]{0,20}\\b" + PERSON),
            ruleWhen("hilang|ketemu|ditemukan|terpisah", "missing", "\\b" + PERSON + "[^|]{0,40}\\b(?:hilang|belum ketemu|belum ditemukan|tidak ditemukan|terpisah dari)\\b"),
            // a child or an elder not home is missing at once; an adult only with danger or a long silence (MISSING_CONTEXT)
            ruleWhen("pulang|kembali|muncul", "missing", "\\b" + VULNERABLE + "[^|]{0,40}\\b(?:belum pulang|tidak pulang|belum kembali|tidak kembali|tidak muncul)\\b"),
            rule("missing", "\\bterpisah dari\\b[^|]{0,20}\\b" + PERSON),
            rule("missing", "\\b(?:hilang|belum ditemukan)\\b[^|]{0,15}\\b(?:anak|adik|bapak|ibu|suami|istri|nenek|kakek|warga|orang|balita|bayi)\\b"),
            rule("fire", "\\b(?:kebakaran|terbakar|dilalap api|ledakan|meledak|asap hitam|asap tebal|gas bocor|bau gas|kebocoran gas)\\b"),
            rule("fire", "\\b(?:ada )?api\\w*\\b[^|]{0,15}\\b(?:merambat|membesar|menyala|berkobar|menjalar|masih|keluar)\\b"),
            rule("electrocution", "\\b(?:tersetrum|menyetrum|tersengat listrik|tersambar petir|tersambar)\\b"),
            rule("electrocution", "\\bkabel\\w*\\b[^|]{0,25}\\b(?:putus|jatuh|menjuntai|terjatuh)\\b[^|]{0,40}\\b(?:air|genangan|banjir|bahaya|anak|orang)\\b"),
            rule("collapse", "\\b(?:roboh|ambruk|runtuh|ambles|amblas|longsor|jebol|retak)\\b[^|]{0,40}\\b(?:masih ada orang|di dalam|di dalamnya|menimpa|tertimbun|tinggal|" + PERSON + ")"),
            ruleWhen("roboh|ambruk|runtuh", "collapse", "\\b" + PERSON + "[^|]{0,30}\\b(?:di dalam|di dalamnya)\\b[^|]{0,30}\\b(?:roboh|ambruk|runtuh)"),
            rule("collapse", "\\b(?:mau|akan|hampir|nyaris|bisa) (?:roboh|ambruk|runtuh|jebol|longsor)\\b"),
            rule("collapse", "\\b(?:tanah|dinding|tembok|tanggul|fondasi)\\w* (?:\\w+ )?(?:bergerak|retak|ambles|amblas|bergeser)\\b[^|]*\\b(?:takut|bahaya|makin|semakin|tolong)\\b"),
            rule("violence", "\\b(?:dibacok|membacok|ditusuk|menusuk|dianiaya|penganiayaan|dipukul(?! rata)|dipukuli|dihajar|digebuki|dikeroyok"
                    + "|pengeroyokan|diserang|ditembak|dibegal|begal|dirampok|perampokan|penjarahan|menjarah|dilecehkan|melecehkan"
                    + "|pelecehan|diperkosa|pemerkosaan|diculik|penculikan|kdrt|tawuran|bentrok|bentrokan|kerusuhan|senjata tajam"
                    + "|sajam|celurit|dibunuh|pembunuhan|mengamuk|ngamuk|ditodong|dicekik|penikaman|penusukan)\\b"),
            rule("violence", "\\b(?:bawa|membawa|mengacungkan|acungkan|menghunus|ngamuk|mengamuk)\\b[^|]{0,15}\\b(?:golok|parang|pisau|senjata|pistol|senapan|kapak)\\b"),
            rule("violence", "\\b(?:mengancam|ancam|ancaman) (?:\\w+ )?(?:akan |mau )?(?:membunuh|bunuh|bacok|bakar|membakar|menusuk|tusuk)\\b"),
            rule("medical", "\\b(?:melahirkan|mau lahiran|pecah ketuban|ketuban pecah|serangan jantung|stroke|demam tinggi"
                    + "|gawat darurat|kehabisan oksigen|oksigen habis|sakit parah|sakit keras)\\b"),
            rule("medical", "\\b(?:butuh|perlu|minta|panggil|panggilkan|kirim|tidak ada|belum ada|tunggu|tolong) (?:mobil )?(?:ambulans|ambulan|ambulance|dokter|tenaga medis|bidan|perawat)\\b"),
            rule("suicide", "\\b(?:bunuh diri|mengakhiri hidup|akhiri hidup|akhiri semua\\w*|mengakhiri semua\\w*|ingin mati|mau mati saja|mati saja"
                    + "|lebih baik mati|mending mati|gantung diri|tidak ingin hidup|tidak mau hidup|capek hidup|lelah hidup"
                    + "|tidak kuat hidup|tidak sanggup hidup|gunanya hidup|tidak ingin bangun lagi|lompat dari|loncat dari|terjun dari"
                    + "|minum racun|sayat)\\b"),
            rule("injured", "\\b(?:jatuh dari|terjatuh dari) (?:atap|pohon|motor|tangga|lantai|jembatan|tebing)\\b|\\bkepala\\w* bocor\\b"),
            ruleWhen("luka", "injured", "\\b(?:yang|yg|ada yang|orang|warga|anak|korban) (?:\\w+ )?luka\\b|\\bluka\\b[^|]{0,10}\\b(?:parah|berat|serius|robek)\\b"),
            rule("injured", "\\b(?:meninggal|tewas|korban jiwa|tidak bernyawa)\\b"),
            rule("trapped", "\\btidak bisa (?:jalan|berjalan|bergerak|naik|lari)\\b[^|]*\\b(?:air|banjir|api|naik)\\b"),
            rule("fire", "\\b(?:korslet|konslet|korsleting|konsleting)\\b.{0,40}\\b(?:api|asap|terbakar|percikan)\\b"),
            rule("electrocution", "\\b(?:kena setrum|setrum)\\b"),
            rule("suicide", "\\btidak (?:kuat|sanggup|mau|ingin) (?:lagi )?(?:hidup|menjalani hidup)\\b|\\bhidup\\w* (?:tidak ada artinya|tidak berarti|sia sia)\\b|\\bselamat tinggal semua"),
            rule("trapped", "\\b(?:terkepung|dikepung) (?:air|api|banjir)\\b|\\btersesat\\b"),
            rule("swept-away", "\\b(?:perahu|kapal|sampan|speedboat|rakit)\\w* (?:\\w+ )?(?:terbalik|karam|tenggelam)\\b"),
            rule("injured", "\\b(?:terperosok|terjatuh ke|jatuh ke) (?:\\w+ )?(?:sungai|jurang|sumur|lubang|got|selokan|kali|laut)\\b"),
            rule("injured", "\\b(?:mayat|jenazah|jasad)\\b"),
            rule("medical", "\\b(?:dehidrasi|kontraksi|sesak)\\b"),
            rule("medical", "\\b(?:tersengal|napas\\w* (?:berat|sesak|tersengal|berhenti))\\b"),
            rule("english", "\\b(?:drowning|drowned|trapped|stranded|injured|bleeding|unconscious|collapsed|not breathing|heart attack"
                    + "|on fire|burning|electrocuted|swept away|missing child|need (?:medical|urgent) help|need rescue|call an ambulance|suicide|kill myself)\\b"),
            rule("sos", "\\bsos\\b"),
            // signs of a stroke: a face drooping, speech lost or slurred, one side weak, suddenly
            rule("medical", "\\b(?:mulut|wajah|muka|bibir)\\w* (?:\\w+ )?(?:miring|mencong|merot|perot)\\b|\\bbicara\\w* pelo\\b"
                    + "|\\blumpuh (?:sebelah|separuh)\\b|\\btiba (?:tidak bisa (?:bicara|berbicara|bergerak|berdiri|melihat)|lumpuh|ambruk)\\b"),
            // water or fire in one clause, someone who cannot get away in the next
            rule("trapped", "\\b(?:air|banjir|api|asap)\\b.{0,60}\\b" + PERSON + "\\b.{0,30}\\btidak bisa (?:jalan|berjalan|bergerak|lari|turun|bangun|keluar)\\b"),
            // a building smoking, or the smell of wiring burning
            rule("fire", "\\basap\\w* (?:\\w+ ){0,2}(?:keluar|mengepul|membubung) (?:\\w+ ){0,3}(?:rumah|gedung|kamar|dapur|toko|gudang|kios|warung|atap|jendela|pabrik)\\w*"
                    + "|\\bbau\\w* (?:\\w+ ){0,3}(?:kabel|listrik|plastik)\\w* (?:terbakar|kebakar|gosong|hangus)\\b"),
            // a vehicle gone into water or off the road, someone still inside
            rule("swept-away", "\\b(?:mobil|motor|truk|bus|angkot|kendaraan|pikap|pickup)\\w* (?:\\w+ )?(?:nyemplung|tercebur|terjun|terjatuh|jatuh|terperosok|masuk) (?:ke )?(?:dalam )?(?:kali|sungai|jurang|laut|danau|waduk|kanal|irigasi|sumur)\\b"),
            ruleWhen("masih di dalam", "trapped", "\\b(?:retak|longsor|ambles|amblas|api|asap|air|banjir|nyemplung|tercebur|tenggelam|roboh|ambruk|terbakar)\\b.{0,80}\\b" + PERSON + "\\b[^|]{0,20}\\bmasih di dalam\\b"),
            // a slope or wall moving with people below it
            rule("collapse", "\\b(?:tanah|tebing|lereng|bukit|dinding|tembok|tanggul)\\w* (?:\\w+ ){0,3}(?:retak|bergerak|bergeser|ambles|amblas|mulai turun|turun)\\b.{0,80}\\b(?:takut|tolong|bahaya|masih di dalam|mengungsi ke mana)\\b"),
            // a child or an elder not found, the search in the next clause
            rule("missing", "\\b(?:anak|adik|adek|balita|bocah|bayi|nenek|kakek|lansia|mbah|ponakan|keponakan|cucu)\\w*\\b.{0,60}\\b(?:belum ketemu|belum ditemukan|tidak ketemu|tidak ditemukan)\\b"));
    /** An adult not home: missing when danger is about, the silence is long or they cannot be reached. */
    private static final Pattern ADULT_NOT_HOME = Pattern.compile("\\b" + PERSON + "[^|]{0,40}\\b(?:belum pulang|tidak pulang|belum kembali|tidak kembali|tidak muncul)\\b");
    private static final Pattern MISSING_CONTEXT = Pattern.compile("\\b(?:banjir|badai|arus|ombak|laut|melaut|sungai|gunung|mendaki|hutan|longsor|gempa"
            + "|hanyut|erupsi|air (?:\\w+ ){0,2}naik|sejak kemarin|dari kemarin|semalam|kemarin sore|kemarin malam|<num> hari|berhari|tidak aktif"
            + "|tidak bisa dihubungi|tidak bisa ditelepon|tidak ada kabar|hilang kontak|tidak bisa dikontak)\\b");
    /** "darurat" counts when shouted or with a plea, not in "status tanggap darurat". */
    private static final Pattern PLEA_EMERGENCY = Pattern.compile("\\b(?:darurat|gawat|urgent|emergency)\\b");

    /** Danger that is under way: with a person at risk it is an emergency. */
    private static final Pattern DANGER_NOW = Pattern.compile("\\b(?:air (?:\\w+ ){0,3}(?:terus|makin|semakin|cepat|mulai|masih)? ?(?:naik|deras)"
            + "|air naik|air deras|arus deras|sepinggang|sepusar|sedada|banjir bandang|longsor susulan|tanggul jebol|tanggul bocor|terisolir|terisolasi|jembatan putus)\\b");
    /** Danger that needs a person at risk and urgency before it counts. */
    private static final Pattern DANGER = Pattern.compile("\\b(?:banjir|kebanjiran|air|arus|longsor|api|listrik|runtuh|gempa|tsunami|lahar|awan panas|puting beliung|angin kencang)\\b");
    private static final Pattern PERSON_AT_RISK = Pattern.compile("\\b" + PERSON + "\\b");
    private static final Pattern URGENCY = Pattern.compile("\\b" + URGENT + "\\b");

    private static final Pattern CASUAL = Pattern.compile("\\b(?:asuransi|simulasi|latihan|pelatihan|sosialisasi|edukasi|tips|kursus|film"
            + "|sinetron|game|novel|lagu|pencegahan|mencegah|menghindari|antisipasi|alat pemadam|apar|nomor darurat|nomor telepon darurat"
            + "|jika terjadi|kalau terjadi|apabila terjadi|bagaimana jika|seandainya|biar tidak|agar tidak|supaya tidak|papan peringatan"
            + "|prosedur|cara lapor|cara melapor|syarat|video|tv|televisi|youtube|tiktok)\\b");
    private static final Pattern RUMOUR = Pattern.compile("\\b(?:hoax|hoaks|rumor|isu|kabar burung|beredar|viral|benarkah|apa benar|apakah benar|benar tidak|benar bukan)\\b");
    /** A death already in the paperwork: benefits, heirs, certificates ("korban meninggal dapat santunan?"). */
    private static final Pattern PAPERWORK = Pattern.compile("\\b(?:santunan|ahli waris|warisan|akta kematian|surat kematian"
            + "|keterangan kematian|pensiun\\w*|klaim|jasa raharja|tunjangan)\\b");
    /** "gak ada yang luka", "belum ada korban", "demam berdarah": an injury word that reports none. */
    private static final Pattern NOT_AN_INJURY = Pattern.compile("\\b(?:tidak ada|belum ada|tanpa) (?:yang |orang yang )?(?:luka|terluka|korban jiwa|korban)\\b"
            + "|\\bdemam berdarah\\b|\\bterjebak (?:macet|kemacetan|antre\\w*|antri\\w*|hujan|lampu merah)\\b");
    private static final Pattern DEATH = Pattern.compile("\\b(?:meninggal|tewas|wafat|korban jiwa|tidak bernyawa|kematian)\\b");
    private static final Pattern PAST = Pattern.compile("\\b(?:tahun lalu|bulan lalu|minggu lalu|waktu dulu|zaman dulu|dulu pernah|waktu itu|tahun <num>|kemarin|semalam)\\b");
    private static final Pattern RESOLVED = Pattern.compile("\\b(?:sudah|telah|berhasil) (?:padam|dipadamkan|ditangani|ditemukan|selamat|dievakuasi|aman|surut|diatasi|dibawa ke)\\b|\\bpadam\\b");
    private static final Pattern STILL = Pattern.compile("\\b(?:masih|belum|sekarang|tolong|segera|cepat|sos|darurat|barusan|sedang|sejak)\\b");

    private static List<String> strongSignals(String joined) {
        List<String> found = new ArrayList<>();
        for (Rule rule : STRONG) {
            if (rule.trigger() != null && !rule.trigger().matcher(joined).find()) {
                continue;
            }
            if (rule.pattern().matcher(joined).find() && !found.contains("emergency:" + rule.signal())) {
                found.add("emergency:" + rule.signal());
            }
        }
        return found;
    }

    private static Rule rule(String signal, String regex) {
        return new Rule(signal, Pattern.compile(regex), null);
    }

    private static Rule ruleWhen(String trigger, String signal, String regex) {
        return new Rule(signal, Pattern.compile(regex), Pattern.compile(trigger));
    }

    /** The emergency signals found, empty when there is no emergency. */
    List<String> detect(NormalisedText text) {
        String joined = " " + text.joined() + " ";
        List<String> found = strongSignals(NOT_AN_INJURY.matcher(joined).replaceAll(" "));
        if (found.isEmpty() && ADULT_NOT_HOME.matcher(joined).find() && MISSING_CONTEXT.matcher(joined).find()) {
            found.add("emergency:missing");
        }
        if (found.isEmpty() && (DANGER_NOW.matcher(joined).find() || DANGER.matcher(joined).find()
                && (URGENCY.matcher(joined).find() || text.exclamations() >= 2)) && PERSON_AT_RISK.matcher(joined).find()) {
            found.add("emergency:people-at-risk");
        }
        if (found.isEmpty() && PLEA_EMERGENCY.matcher(joined).find() && !joined.contains("tanggap darurat")
                && (text.exclamations() >= 1 || joined.contains(" tolong "))) {
            found.add("emergency:plea");
        }
        if (found.isEmpty()) {
            return found;
        }
        boolean still = STILL.matcher(joined).find() || text.exclamations() >= 2;
        if (CASUAL.matcher(joined).find() && !joined.contains(" tolong ")) {
            return List.of();
        }
        if (PAPERWORK.matcher(joined).find() && !still
                && strongSignals(DEATH.matcher(joined).replaceAll(" ")).isEmpty()) {
            // only the death itself was found, and it is asked about for its paperwork; an injury stays
            return List.of();
        }
        if (RUMOUR.matcher(joined).find() && !still) {
            return List.of();
        }
        if ((RESOLVED.matcher(joined).find() || PAST.matcher(joined).find()) && !still) {
            return List.of();
        }
        return found;
    }
}
