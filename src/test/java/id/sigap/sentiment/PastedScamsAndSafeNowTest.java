package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-first session (held-out wave A58-D58, read after its measurement): a kidnapping warning pasted in quotes beside
 * the writer's own words that name no danger, a chain "diteruskan berkali-kali", a call that claims a son is hurt and asks
 * for a transfer, a fire's aid said to be cut, a child swept away and found safe, a hypothetical rooftop, ash on a roof
 * "tapi sekarang masih aman" are no emergencies; chest pain told the formal way round with cold sweat, and a hot cloud
 * coming down at walkers or a friend burned who cannot walk, in English, are. The attacks keep danger told in one's own
 * words beside a pasted message, a hurt son with no caller asking for money, and English apostrophes (no quote).
 */
class PastedScamsAndSafeNowTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "Mohon bantuan segera. Suami saya usia 74 tahun mengeluh nyeri dada hebat dan keringat dingin sejak 15 menit yang lalu.",
            "HELP we are on the trail near the second post, there is a grey cloud coming down the slope FAST",
            "my friend got burned on his arms and legs he cant walk properly, what do we do?? no signal almost",
            // attacks
            "TOLONG air udh masuk rumah sepinggang!! td ada pesan \"bendungan di hulu jebol, warga segera mengungsi\"",
            "tolong anak sy kecelakaan di jalan tol barusan, sy harus transfer uang muka ke rs buat operasi, ambulans mana",
            "I'm a tourist in Pesisir, my friend got pulled out by a rip current and we can't see him anymore"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "min sy baru dpt pesan ini dr grup wali murid, merinding bacanya 😰\n\n'Hati2 ada penculikan anak pakai mobil avanza putih di sekitar SD, modus nawarin permen. Sudah 3 anak hilang minggu ini. Polisi diam saja!!'",
            "⚠️⚠️ BENDUNGAN SUDAH RETAK, DIPERKIRAKAN JEBOL MALAM INI, WARGA HILIR SEGERA MENGUNGSI KE TEMPAT TINGGI ⚠️⚠️ (diteruskan berkali-kali)",
            "MIN TOLONG ada yg nelpon bilang anak sy kecelakaan di jalan tol, harus transfer 15 juta skrg buat operasi",
            "kalian semua maling!!! bantuan korban kebakaran dipotong2 sm pak rt dan orang kelurahan, kami cuma dapet mie 5 bungkus. pemprov tidur aja bisanya. bangsat semua",
            "td malem heboh min ada anak kebawa arus di kali deket pasar, alhamdulillah udh ketemu selamat nyangkut di pohon. salut sm warga sm damkar yg cepet bgt",
            "kalo misal banjir lg trs sy kejebak di atap, nelpon kmn ya yg paling cepet?",
            "Abu di genteng rumah saya sudah tebal sekitar 5 cm. Apakah perlu dibersihkan? Saya khawatir atapnya roboh, tapi sekarang masih aman."})
    void noDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
