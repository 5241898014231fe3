package id.sigap.knowledge;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.Map;

/**
 * The Markdown of entry bodies, read with commonmark-java: safe HTML for the console (raw HTML escaped,
 * only http(s) and mailto links kept), and plain text for indexing, quoting in Telegram answers and staff
 * suggestions (emphasis dropped, list items as bullets, a link as "text (address)" so the citizen sees
 * where it goes).
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.putAll(Map.of("rel", "noopener noreferrer", "target", "_blank"));
                }
            })
            .build();

    private Markdown() {
    }

    /** HTML that cannot carry markup or script from the entry into an editor's or officer's browser. */
    public static String safeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return HTML.render(PARSER.parse(markdown)).strip();
    }

    /** The words of the entry without Markdown syntax. */
    public static String plain(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        PlainText text = new PlainText();
        PARSER.parse(markdown).accept(text);
        return text.out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Writes the text nodes, with a blank line between blocks. */
    private static final class PlainText extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder();

        private void block(Node node) {
            separate(node);
            visitChildren(node);
        }

        /** A blank line between blocks, one line break where the source had none (a list right under its lead-in). */
        private void separate(Node node) {
            if (out.isEmpty() || node.getParent() instanceof ListItem) {
                return;
            }
            Node previous = node.getPrevious();
            boolean adjacent = previous != null && !previous.getSourceSpans().isEmpty() && !node.getSourceSpans().isEmpty()
                    && previous.getSourceSpans().getLast().getLineIndex() + 1 == node.getSourceSpans().getFirst().getLineIndex();
            out.append(adjacent ? "\n" : "\n\n");
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            block(heading);
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            block(blockQuote);
        }

        @Override
        public void visit(BulletList list) {
            separate(list);
            int[] n = {0};
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                out.append(n[0]++ == 0 ? "" : "\n").append("• ");
                item.accept(this);
            }
        }

        @Override
        public void visit(OrderedList list) {
            separate(list);
            int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                out.append(item == list.getFirstChild() ? "" : "\n").append(number++).append(". ");
                item.accept(this);
            }
        }

        @Override
        public void visit(ListItem item) {
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child != item.getFirstChild()) {
                    out.append(' ');
                }
                if (child instanceof Paragraph) {
                    visitChildren(child);
                } else {
                    child.accept(this);
                }
            }
        }

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock code) {
            out.append(out.isEmpty() ? "" : "\n\n").append(code.getLiteral().strip());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            out.append(out.isEmpty() ? "" : "\n\n").append(code.getLiteral().strip());
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            out.append(out.isEmpty() ? "" : "\n\n").append(html.getLiteral().strip());
        }

        @Override
        public void visit(Link link) {
            int start = out.length();
            visitChildren(link);
            String label = out.substring(start);
            if (!label.equals(link.getDestination())) {
                out.append(" (").append(link.getDestination()).append(')');
            }
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            out.append(out.isEmpty() ? "" : "\n\n");
        }
    }
}
