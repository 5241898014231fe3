package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Asking for the emergency numbers, whom to call or an ambulance, and 112 not connecting, against what is not. */
class NumbersAskedTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "damkar nomornya brp cepet",
            "basarnas nomernya brp??? hp sinyal putus2 ini",
            "nomer damkar / bpbd brp??",
            "ambulans nomer brp cepet!!",
            "udh ada yg telp damkar blm ya? sy gk tau nomernya",
            "sy hrs telp siapa",
            "sy gk bisa kesana cepet, hrs telp siapa??",
            "siapa yg hrs dihubungi min? dr desa blm ada yg dtg",
            "udh ditelp 112 gk nyambung2",
            "112 sibuk terus min tolong",
            "ada ambulans desa gk? pls cepet",
            "He's about 80. What's the number for SAR?",
            "who do I call? 112 is not answering",
            "I called 112 but can't get through",
    })
    void asksForTheNumbers(String text) {
        assertThat(NumbersAsked.in(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "damkar udh dtg blm sih??",
            "ambulans blm dtg udh 20 menit",
            "kami di perum bumi sangkara blok c",
            "nomor antrean sy brp ya",
            "nomor rekening donasi resmi apa",
            "polisi blm dateng, rame bgt ini org2 pd panik",
            "anak2 msh di dlm kamar",
            "makasih min, udh ditolong warga",
            "sy udh telp 112, petugas lagi jalan",
            "oke min udh sy telp nomornya, ambulans lg otw",
            "makasih, damkar udh dateng, nomornya td sy telp",
            "",
    })
    void doesNotAskForThem(String text) {
        assertThat(NumbersAsked.in(text)).isFalse();
    }
}
