package id.sigap.texts;

import java.util.List;

/** Lets tests of other packages read the string literals of a source file the way NoIndonesianLiteralsTest does. */
public final class NoIndonesianLiteralsTestAccess {

    private NoIndonesianLiteralsTestAccess() {
    }

    public static List<String> literals(String code) {
        return NoIndonesianLiteralsTest.literals(code).stream().map(NoIndonesianLiteralsTest.Literal::text).toList();
    }
}
