package id.sigap.cli;

import id.sigap.knowledge.EntryStatus;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.knowledge.KnowledgeProblem;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code kb check [DIR]}: validates every entry file and prints each problem as {@code FILE:LINE: message}
 * (stdout), then a one-line summary. Runs without Spring or Redis so that editors and CI get an answer in
 * well under a second. Exit status 2 when any entry is invalid. Arguments: {@link KbCommand}.
 */
final class KbCheckVerb {

    private KbCheckVerb() {
    }

    static int run(Path dir, PrintStream out, PrintStream err) {
        KnowledgeBaseLoader.LoadReport report = KnowledgeBaseLoader.read(dir);
        for (KnowledgeProblem problem : report.problems()) {
            out.println(problem);
        }
        LocalDate today = LocalDate.now();
        long served = report.valid().stream().filter(e -> e.servableOn(today)).count();
        long expired = report.valid().stream()
                .filter(e -> e.status() == EntryStatus.APPROVED && !e.servableOn(today)).count();
        long drafts = report.valid().stream().filter(e -> e.status() == EntryStatus.DRAFT).count();
        long archived = report.valid().stream().filter(e -> e.status() == EntryStatus.ARCHIVED).count();
        String summary = "%s: %d files, %d valid entries (%d served today, %d expired, %d draft, %d archived), %d problems"
                .formatted(dir, report.files(), report.valid().size(), served, expired, drafts, archived,
                        report.problems().size());
        if (!report.ok()) {
            err.println("sigap: kb check found " + report.problems().size() + " problem(s) in " + dir);
            out.println(summary);
            return 2;
        }
        out.println(summary);
        return 0;
    }

}
