package id.sigap.web;

import id.sigap.account.Role;
import id.sigap.audit.AuditLog;
import id.sigap.broadcast.Area;
import id.sigap.broadcast.Broadcast;
import id.sigap.broadcast.BroadcastService;
import id.sigap.broadcast.Subscriptions;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.IncomingMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console side of official updates: an editor drafts, the author cannot send their own draft, another
 * approver sends it to the subscribers of its areas (the receipt counts them), the progress fragment shows
 * it, an approver can stop it, and an update with keywords also becomes a crisis notice in answers.
 * (No Telegram here, so nothing is delivered: the end-to-end delivery is BroadcastDeliveryTest.)
 */
class BroadcastConsoleTest extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    BroadcastService broadcasts;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    ConversationService conversation;

    @Autowired
    AuditLog audit;

    @Test
    void anEditorDraftsAnotherApproverSendsAndCanStopIt() throws Exception {
        var author = principal(account("penulis", Role.EDITOR, Role.APPROVER));
        var approver = principal(account("penyetuju", Role.APPROVER));
        Area batuSari = broadcasts.areas().stream().filter(a -> a.code().equals("kota-batu-sari")).findFirst().orElseThrow();
        Area lembah = broadcasts.areas().stream().filter(a -> a.code().equals("kabupaten-lembah-hijau")).findFirst().orElseThrow();
        subscriptions.subscribe(880_001, batuSari);
        subscriptions.subscribe(880_002, batuSari);
        subscriptions.subscribe(880_003, lembah);
        subscriptions.subscribe(880_004, Area.ALL);

        mvc.perform(post("/konsol/siaran").with(csrf()).with(user(author))
                        .param("text", "Jalan Merdeka Batu Sari ditutup sampai air surut; gunakan jalur Jalan Kenari.")
                        .param("areas", "kota-batu-sari").param("keywords", "jalan ditutup, penutupan jalan"))
                .andExpect(status().isFound()).andExpect(flash().attributeExists("notice"));
        Broadcast draft = broadcasts.recent(1).getFirst();
        assertThat(draft.state()).isEqualTo(Broadcast.State.DRAFT);
        assertThat(draft.areas()).containsExactly("kota-batu-sari");

        String page = mvc.perform(get("/konsol/siaran").with(user(author))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(draft.id()).contains("Jalan Merdeka Batu Sari").doesNotContain("kirim-" + draft.id() + "\"");

        mvc.perform(post("/konsol/siaran/" + draft.id() + "/kirim").with(csrf()).with(user(author)))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("Empat mata")));
        assertThat(broadcasts.find(draft.id()).orElseThrow().state()).isEqualTo(Broadcast.State.DRAFT);

        mvc.perform(post("/konsol/siaran/" + draft.id() + "/kirim").with(csrf()).with(user(approver)))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("3 pelanggan")));
        assertThat(broadcasts.receipt(draft.id()).targeted()).as("Batu Sari and everyone-subscribers, not Lembah Hijau")
                .isEqualTo(2 + 1);

        String progress = mvc.perform(get("/konsol/siaran/" + draft.id() + "/kemajuan").with(user(approver)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(progress).contains("sedang dikirim").contains("hx-trigger=\"every 2s\"").contains("sasaran <b>3</b>");

        // Sending it also published a crisis notice: an answer on the topic now carries it.
        ConversationResult answer = conversation.handle(IncomingMessage.text("test", 880_100, 880_100,
                "jalan mana saja yang ditutup karena banjir?"));
        assertThat(answer.replies()).anyMatch(r -> r.text().contains("Jalan Merdeka Batu Sari ditutup"));

        // Withdrawing a draft (the staff group's Batal) cannot stop an update already going out.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> broadcasts.cancelDraft("penyetuju", draft.id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sedang dikirim");
        assertThat(broadcasts.find(draft.id()).orElseThrow().state()).isEqualTo(Broadcast.State.SENDING);

        mvc.perform(post("/konsol/siaran/" + draft.id() + "/batal").with(csrf()).with(user(approver)))
                .andExpect(flash().attributeExists("notice"));
        Broadcast stopped = broadcasts.find(draft.id()).orElseThrow();
        assertThat(stopped.state()).isEqualTo(Broadcast.State.CANCELLED);
        assertThat(broadcasts.receipt(draft.id()).stopped()).isEqualTo(3);
        assertThat(audit.recent(50, draft.id())).extracting(r -> r.action())
                .contains("siaran.draf", "siaran.kirim", "siaran.hentikan", "siaran.selesai");
    }

    @Test
    void aDraftNeedsTextAndKnownAreasAndEntries() throws Exception {
        var editor = principal(account("editor", Role.EDITOR));
        mvc.perform(post("/konsol/siaran").with(csrf()).with(user(editor)).param("text", " "))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("wajib")));
        mvc.perform(post("/konsol/siaran").with(csrf()).with(user(editor)).param("text", "Kabar").param("areas", "kota-atlantis"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("tidak dikenal")));
        mvc.perform(post("/konsol/siaran").with(csrf()).with(user(editor)).param("text", "Kabar").param("entryId", "tidak-ada"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("tidak ada")));
    }
}
