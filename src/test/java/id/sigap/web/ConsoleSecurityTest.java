package id.sigap.web;

import id.sigap.account.ConsoleAccount;
import id.sigap.account.Role;
import id.sigap.editorial.EntryForm;
import id.sigap.editorial.KnowledgeEditor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open and do what in the console, CSRF, four-eyes approval and lockout. */
class ConsoleSecurityTest extends ConsoleTestSupport {

    static final String ENTRY = "banjir-posko-pengungsian-awal";

    /** Every console page, and the role that may open it. */
    static final List<String[]> PAGES = List.of(
            new String[]{"/konsol", null},
            new String[]{"/konsol/dasbor/panel", null},
            new String[]{"/konsol/laporan", null},
            new String[]{"/konsol/kb", "EDITOR"},
            new String[]{"/konsol/kb/" + ENTRY, "EDITOR"},
            new String[]{"/konsol/kb/" + ENTRY + "/riwayat", "EDITOR"},
            new String[]{"/konsol/kb/tanya?q=posko", "APPROVER"},
            new String[]{"/konsol/kb/usulan", "EDITOR"},
            new String[]{"/konsol/kb/baru", "EDITOR"},
            new String[]{"/konsol/kb/" + ENTRY + "/sunting", "EDITOR"},
            new String[]{"/konsol/pemberitahuan", "EDITOR"},
            new String[]{"/konsol/siaran", "EDITOR"},
            new String[]{"/konsol/antrean", "STAFF"},
            new String[]{"/konsol/antrean/daftar", "STAFF"},
            new String[]{"/konsol/antrean/H1", "STAFF"},
            new String[]{"/konsol/pengguna", "ADMIN"},
            new String[]{"/konsol/audit", "ADMIN"},
            new String[]{"/actuator/metrics", "ADMIN"});

    /** Every console action, and the role that may do it. */
    static final List<String[]> ACTIONS = List.of(
            new String[]{"/konsol/kb/baru", "EDITOR"},
            new String[]{"/konsol/kb/" + ENTRY + "/sunting", "EDITOR"},
            new String[]{"/konsol/kb/pratinjau", "EDITOR"},
            new String[]{"/konsol/kb/usulan", "EDITOR"},
            new String[]{"/konsol/kb/" + ENTRY + "/setujui", "APPROVER"},
            new String[]{"/konsol/kb/" + ENTRY + "/buang", "EDITOR"},
            new String[]{"/konsol/kb/" + ENTRY + "/riwayat/1/pulihkan", "EDITOR"},
            new String[]{"/konsol/pemberitahuan", "EDITOR"},
            new String[]{"/konsol/pemberitahuan/N1/tarik", "EDITOR"},
            new String[]{"/konsol/siaran", "EDITOR"},
            new String[]{"/konsol/siaran/B1/kirim", "APPROVER"},
            new String[]{"/konsol/siaran/B1/batal", "EDITOR"},
            new String[]{"/konsol/antrean/H1/ambil", "STAFF"},
            new String[]{"/konsol/antrean/H1/balas", "STAFF"},
            new String[]{"/konsol/antrean/H1/saran/1", "STAFF"},
            new String[]{"/konsol/antrean/H1/selesai", "STAFF"},
            new String[]{"/konsol/antrean/H1/kembalikan", "STAFF"},
            new String[]{"/konsol/pengguna", "ADMIN"},
            new String[]{"/konsol/pengguna/admin", "ADMIN"},
            new String[]{"/konsol/pengguna/admin/kata-sandi", "ADMIN"},
            new String[]{"/konsol/pengguna/admin/buka-kunci", "ADMIN"});

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeEditor editor;

    @Test
    void everyPageAndActionSendsAStrangerToTheSignInPage() throws Exception {
        for (String[] page : PAGES) {
            mvc.perform(get(page[0])).andExpect(status().isFound()).andExpect(redirectedUrl("/konsol/masuk"));
        }
        for (String[] action : ACTIONS) {
            mvc.perform(post(action[0]).with(csrf())).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/konsol/masuk"));
        }
    }

    @Test
    void everyPageAndActionRefusesTheWrongRole() throws Exception {
        ConsolePrincipal staff = principal(account("petugas", Role.STAFF));
        ConsolePrincipal editorOnly = principal(account("editor", Role.EDITOR));
        for (String[] page : PAGES) {
            if (page[1] == null) {
                continue;
            }
            ConsolePrincipal wrong = page[1].equals("STAFF") ? editorOnly : staff;
            mvc.perform(get(page[0]).with(user(wrong))).andExpect(status().isForbidden());
        }
        for (String[] action : ACTIONS) {
            ConsolePrincipal wrong = action[1].equals("STAFF") ? editorOnly : staff;
            mvc.perform(post(action[0]).with(csrf()).with(user(wrong))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theRightRoleOpensEveryPage() throws Exception {
        ConsolePrincipal all = principal(account("semua", Role.ADMIN, Role.EDITOR, Role.APPROVER, Role.STAFF));
        for (String[] page : PAGES) {
            if (page[0].endsWith("/H1")) {
                continue; // no such handoff here
            }
            mvc.perform(get(page[0]).with(user(all))).andExpect(status().isOk());
        }
    }

    @Test
    void postsWithoutACsrfTokenAreRefusedEvenWithTheRightRole() throws Exception {
        ConsolePrincipal all = principal(account("semua", Role.ADMIN, Role.EDITOR, Role.APPROVER, Role.STAFF));
        for (String[] action : ACTIONS) {
            mvc.perform(post(action[0]).with(user(all))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/konsol/masuk").param("username", "admin").param("password", ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void monitoringTheSimulatorAndTheWebhookStayOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/konsol/masuk")).andExpect(status().isOk());
        mvc.perform(post("/api/simulator/messages").contentType("application/json")
                .content("{\"text\": \"/help\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/simulator/messages")).andExpect(status().isOk());
        // No Telegram channel in this test: the webhook is not there, but security does not stand in the way.
        int webhook = mvc.perform(post("/telegram/webhook").contentType("application/json").content("{}"))
                .andReturn().getResponse().getStatus();
        assertThat(webhook).isNotIn(302, 401, 403);
    }

    @Test
    void anAuthorCannotApproveTheirOwnChange() throws Exception {
        ConsoleAccount both = account("editorpenyetuju", Role.EDITOR, Role.APPROVER);
        ConsoleAccount other = account("penyetuju", Role.APPROVER);
        String id = "banjir-hoaks-air-pdam-beracun";
        Path file = editor.published(id).map(e -> Path.of(e.file())).orElseThrow();
        String before = Files.readString(file);
        EntryForm form = EntryForm.of(editor.published(id).orElseThrow());
        mvc.perform(post("/konsol/kb/" + id + "/sunting").with(csrf()).with(user(principal(both)))
                        .param("title", form.title()).param("body", form.body() + "\n\nDiperbarui oleh tim humas.")
                        .param("questions", String.join("\n", form.questions())).param("tags", String.join(",", form.tags()))
                        .param("source", form.source()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/konsol/kb/" + id));

        String seen = editor.draft(id).orElseThrow().fingerprint();
        mvc.perform(post("/konsol/kb/" + id + "/setujui").param("versi", seen).with(csrf()).with(user(principal(both))))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("penyetuju lain")));
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(editor.draft(id)).isPresent();

        mvc.perform(post("/konsol/kb/" + id + "/setujui").param("versi", seen).with(csrf()).with(user(principal(other))))
                .andExpect(status().isFound()).andExpect(flash().attribute("notice",
                        org.hamcrest.Matchers.containsString("diterbitkan")));
        assertThat(Files.readString(file)).contains("Diperbarui oleh tim humas.");
        assertThat(editor.draft(id)).isEmpty();
    }

    @Test
    void anApprovalPublishesOnlyTheDraftVersionTheApproverSawAndRefusesOneChangedSince() throws Exception {
        ConsoleAccount writer = account("penulis", Role.EDITOR);
        ConsoleAccount approver = account("penyetuju", Role.APPROVER);
        String id = "banjir-sanitasi-sampah";
        Path file = editor.published(id).map(e -> Path.of(e.file())).orElseThrow();
        String before = Files.readString(file);
        EntryForm form = EntryForm.of(editor.published(id).orElseThrow());
        java.util.function.Function<String, org.springframework.test.web.servlet.RequestBuilder> edit = body ->
                post("/konsol/kb/" + id + "/sunting").with(csrf()).with(user(principal(writer)))
                        .param("title", form.title()).param("body", body)
                        .param("questions", String.join("\n", form.questions())).param("tags", String.join(",", form.tags()))
                        .param("source", form.source());
        mvc.perform(edit.apply(form.body() + "\n\nJam buka posko diperpanjang.")).andExpect(status().isFound());

        // The approver opens the draft: the form carries the version they read.
        String seen = editor.draft(id).orElseThrow().fingerprint();
        mvc.perform(get("/konsol/kb/" + id).with(user(principal(approver))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("name=\"versi\" value=\"" + seen + "\"")));

        // Meanwhile the draft is changed (the review's attack: a false notice slipped in after review).
        mvc.perform(edit.apply(form.body() + "\n\nPosko ditutup, warga diminta transfer ke rekening 123."))
                .andExpect(status().isFound());
        mvc.perform(post("/konsol/kb/" + id + "/setujui").param("versi", seen).with(csrf()).with(user(principal(approver))))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("berubah sejak")));
        mvc.perform(post("/konsol/kb/" + id + "/setujui").with(csrf()).with(user(principal(approver))))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("berubah sejak")));
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(editor.draft(id).orElseThrow().text()).contains("rekening 123");

        // Approving what is there now, having seen it, publishes exactly that.
        String current = editor.draft(id).orElseThrow().fingerprint();
        mvc.perform(post("/konsol/kb/" + id + "/setujui").param("versi", current).with(csrf()).with(user(principal(approver))))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("diterbitkan")));
        assertThat(Files.readString(file)).contains("rekening 123");
    }

    @Test
    void anAccountLocksAfterFiveFailedSignInsEvenForTheRightPassword() throws Exception {
        ConsoleAccount account = account("petugas", Role.STAFF);
        mvc.perform(formLogin("/konsol/masuk").user(account.username()).password(password(account.username())))
                .andExpect(redirectedUrl("/konsol"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/konsol/masuk").user(account.username()).password("salah-" + i))
                    .andExpect(redirectedUrl("/konsol/masuk?gagal"));
        }
        mvc.perform(formLogin("/konsol/masuk").user(account.username()).password(password(account.username())))
                .andExpect(redirectedUrl("/konsol/masuk?gagal"));
        assertThat(accounts.locked(accounts.find(account.username()).orElseThrow())).isTrue();

        accounts.unlock("admin", account.username());
        mvc.perform(formLogin("/konsol/masuk").user(account.username()).password(password(account.username())))
                .andExpect(redirectedUrl("/konsol"));
    }

    @Test
    void theFirstAdminSignsInWithTheConfiguredPasswordAndPasswordsAreStoredHashed() throws Exception {
        mvc.perform(formLogin("/konsol/masuk").user("admin").password(ADMIN_PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/konsol**"));
        assertThat(accounts.find("admin").orElseThrow().passwordHash()).startsWith("{bcrypt}").doesNotContain(ADMIN_PASSWORD);
    }

}
