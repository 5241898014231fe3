package id.sigap.editorial;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The line diff an approver reads before approving: java-diff-utils' Myers diff, shown line by line. */
public final class LineDiff {

    /** One line of a diff: {@code ' '} unchanged, {@code '-'} removed, {@code '+'} added. */
    public record Line(char op, String text) {
        public String css() {
            return op == '+' ? "tambah" : op == '-' ? "hapus" : "sama";
        }
    }

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                out.add(new Line(' ', a.get(position)));
            }
            delta.getSource().getLines().forEach(line -> out.add(new Line('-', line)));
            delta.getTarget().getLines().forEach(line -> out.add(new Line('+', line)));
            position += delta.getSource().size();
        }
        for (; position < a.size(); position++) {
            out.add(new Line(' ', a.get(position)));
        }
        return out;
    }

    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.op() != ' ');
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
