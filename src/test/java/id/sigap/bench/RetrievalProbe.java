package id.sigap.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.retrieval.IndonesianAnalysis;
import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.retrieval.RetrievalSettings;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.LocalDate;

/** Developer tool: prints how each stdin question is normalised, analysed and ranked by each side. */
public final class RetrievalProbe {

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of(args[0]), LocalDate.now());
        HybridKnowledgeRetriever retriever = HybridKnowledgeRetriever.over(kb, new AllMiniLmL6V2EmbeddingModel(),
                RetrievalSettings.defaults());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            var trace = retriever.trace(line);
            String normalized = IndonesianNormalizer.normalize(line);
            System.out.println("Q " + line + "\n  norm  " + normalized + "\n  terms " + IndonesianAnalysis.terms(normalized)
                    + "\n  bm25  " + trace.bm25Ranking().subList(0, Math.min(3, trace.bm25Ranking().size()))
                    + "\n  dense " + trace.denseRanking().subList(0, 3)
                    + "\n  fused " + trace.result().hits().stream().limit(3).map(h -> h.entryId()).toList()
                    + " conf " + trace.result().confidence() + " " + trace.features());
        }
    }
}
