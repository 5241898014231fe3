package id.sigap.web;

import id.sigap.transcript.TranscriptReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** The dashboard (every signed-in role) and the transcript report, built on request. */
@Controller
class DashboardController {

    private final DashboardFigures figures;
    private final Path dataDir;
    private final ZoneId zone;

    DashboardController(DashboardFigures figures, @Value("${sigap.data-dir:./data}") Path dataDir,
                        @Value("${sigap.transcript.zone:${sigap.zone:Asia/Jakarta}}") ZoneId zone) {
        this.figures = figures;
        this.dataDir = dataDir;
        this.zone = zone;
    }

    @GetMapping("/konsol")
    String dashboard(Model model) {
        model.addAttribute("f", figures.today());
        return "konsol/dasbor";
    }

    @GetMapping("/konsol/dasbor/panel")
    String panel(Model model) {
        model.addAttribute("f", figures.today());
        return "konsol/dasbor :: panel";
    }

    /** The same report as the {@code report} verb, for the last {@code hari} days, written under the data directory. */
    @GetMapping(value = "/konsol/laporan", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> report(@RequestParam(name = "hari", defaultValue = "7") int days) throws IOException {
        int span = Math.max(1, Math.min(days, 90));
        LocalDate to = LocalDate.now(zone);
        Path out = dataDir.resolve("reports").resolve("konsol");
        TranscriptReport.Summary summary = TranscriptReport.write(dataDir, to.minusDays(span - 1L), to, zone, out);
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(Files.readString(summary.file(), StandardCharsets.UTF_8));
    }
}
